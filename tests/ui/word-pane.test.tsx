import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWordHost } from "../../src/hosts/word/word-host";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeWord } from "../fakes/word-fake";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";

/** A button of the open dialog, once Fluent's opening transition has made it accessible. */
async function dialogButton(name: string) {
  // Fluent keeps the surface aria-hidden for a moment while its open transition runs; the button is real.
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    {
      timeout: 3000,
    },
  );
}

function setup(paragraphs: string[] = ["正文"], { comments = true, notice = {}, newDocument = true } = {}) {
  const word = new FakeWord(paragraphs);
  const host = createWordHost(word.run as never, (_set, version) =>
    version === "1.3" ? newDocument : version === "1.4" ? comments : true,
  );
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPaneView host={host} initialNotice={notice} />
    </FluentProvider>,
  );
  return { word, user };
}

describe("the Word pane", () => {
  it("a click on 插入到文档 before the form is checked waits for the check: errors are asked about, nothing goes in", async () => {
    const word = new FakeWord(["正文"]);
    const host = createWordHost(word.run as never, () => true);
    render(
      <FluentProvider theme={webLightTheme}>
        <WordPaneView host={host} initialNotice={{}} />
      </FluentProvider>,
    );
    // At once, before the check engine has loaded.
    screen.getByRole("button", { name: "插入到文档" }).click();
    expect(await dialogButton("返回修改")).toBeInTheDocument();
    expect(word.doc.paragraphs).toEqual(["正文"]);
  });

  it("shows each field's findings as the user types", async () => {
    const { user } = setup(undefined, { notice: SAMPLE_NOTICE });
    const place = screen.getByRole("textbox", { name: /会议地点/ });
    await user.clear(place);
    await user.type(place, "县政府");
    expect(await screen.findByText("会议地点“县政府”未具体到楼层、房间")).toBeInTheDocument();
    await user.type(place, "三楼第一会议室");
    await waitFor(() => expect(screen.queryByText(/未具体到楼层/)).not.toBeInTheDocument());
    expect(screen.getByTestId("draft-preview")).toHaveTextContent("县政府三楼第一会议室。");
  });

  it("says what a notice lacks once the user leaves a field or tries to insert, not on a fresh form", async () => {
    const { user } = setup();
    expect(screen.queryByText("通知缺少“会议地点”")).not.toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: /会议地点/ }));
    await user.tab();
    expect(await screen.findByText("通知缺少“会议地点”")).toBeInTheDocument();
    expect(screen.queryByText("通知缺少“成文日期”")).not.toBeInTheDocument();
    // Errors are asked about before inserting, every one shown under its field; nothing is inserted until confirmed.
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    expect(await screen.findByText("通知缺少“成文日期”")).toBeInTheDocument();
    const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
    expect(within(dialog).getByText(/^有 \d+ 个错误，仍要插入？$/)).toBeInTheDocument();
    await user.click(await dialogButton("返回修改"));
    expect(screen.queryByText(/已插入/)).not.toBeInTheDocument();
  });

  it("takes dates typed as a clerk writes them and says how the notice will write them", async () => {
    const { user } = setup(undefined, { notice: { ...SAMPLE_NOTICE, start: undefined } });
    const start = screen.getByRole("textbox", { name: "会议开始时间" });
    await user.type(start, "2026年12月3日 下午2:30");
    expect(await screen.findByText("将写作：2026年12月3日（星期四）下午2:30")).toBeInTheDocument();
    expect(screen.getByTestId("draft-preview")).toHaveTextContent("2026年12月3日（星期四）下午2:30");
    await user.clear(start);
    await user.type(start, "12月3日上午9点");
    await user.tab();
    expect(await screen.findByText(/缺少年份|未写年份|年份/)).toBeInTheDocument();
  });

  it("shows every error of an empty minutes form beside a field, and the empty preview says so", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("tab", { name: "起草纪要" }));
    expect(screen.getByTestId("draft-preview")).toHaveTextContent("填写上面的表单后");
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
    const summary = within(dialog).getByText(/有 (\d+) 个错误，仍要插入？/);
    const errors = Number(/有 (\d+) 个错误/.exec(summary.textContent ?? "")![1]);
    const form = screen.getByRole("form", { name: "起草纪要" });
    const shown = within(form).getAllByText(/^纪要(缺少|没有)/);
    expect(shown.length).toBeGreaterThanOrEqual(errors);
    expect(within(form).getByText("纪要缺少“议定事项”")).toBeInTheDocument();
  });

  it("inserts the draft, then replaces it only after the user confirms", async () => {
    const { word, user } = setup(undefined, { notice: SAMPLE_NOTICE });
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    expect(await screen.findByText(/已插入到光标处/)).toBeInTheDocument();
    expect(word.doc.controls).toHaveLength(1);
    const first = word.doc.controls[0].ooxml;
    expect(first).toContain("县政府三楼第一会议室");

    await user.clear(screen.getByRole("textbox", { name: /会议地点/ }));
    await user.type(screen.getByRole("textbox", { name: /会议地点/ }), "县行政中心305室");
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
    expect(within(dialog).getByText("替换上次的草稿？")).toBeInTheDocument();
    await user.click(await dialogButton("取消"));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(word.doc.controls[0].ooxml).toBe(first);

    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    await user.click(await dialogButton("替换"));
    expect(await screen.findByText("已替换上次插入的草稿。")).toBeInTheDocument();
    expect(word.doc.controls).toHaveLength(1);
    expect(word.doc.controls[0].ooxml).toContain("县行政中心305室");
    expect(word.doc.paragraphs).toEqual(["正文"]);
  });

  it("checks the open document, selects a finding's text, and fixes on confirmation", async () => {
    const { word, user } = setup(FAULTY_NOTICE.split("\n"));
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "检查本文档" }));
    expect(await screen.findByText("按会议通知检查")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /“明天”容易产生混淆/ }));
    await waitFor(() => expect(word.doc.selected).toBe("明天"));

    const item = screen.getByRole("button", { name: /成文日期“二〇二六年十二月一日”应使用阿拉伯数字/ }).closest("li")!;
    await user.click(within(item).getByRole("button", { name: "修正" }));
    const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
    expect(within(dialog).getByText("把“二〇二六年十二月一日”改为“2026年12月1日”？")).toBeInTheDocument();
    await user.click(await dialogButton("修正"));
    await waitFor(() => expect(word.doc.paragraphs.at(-1)).toBe("2026年12月1日"));
    expect(word.doc.paragraphs.slice(0, -1)).toEqual(FAULTY_NOTICE.split("\n").slice(0, -1));
  });

  it("says when it cannot tell a notice from minutes, and checks again as the kind the user picks", async () => {
    const report = [
      "我县召开防汛工作推进会",
      "6月12日上午，县委副书记李文新主持召开防汛工作推进会，县直有关单位负责人参加会议。",
      "会上，各单位汇报了汛前准备情况。李文新强调，要压实责任，确保安全度汛。",
    ];
    const { user } = setup(report);
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "检查本文档" }));
    expect(await screen.findByText("看不出是通知还是纪要，只做了通用检查")).toBeInTheDocument();
    expect(screen.queryByText(/纪要缺少/)).not.toBeInTheDocument();
    const kinds = screen.getByRole("group", { name: "文档类型" });
    await user.click(within(kinds).getByRole("button", { name: "纪要" }));
    expect(await screen.findByText("按会议纪要检查")).toBeInTheDocument();
    expect(within(kinds).getByRole("button", { name: "纪要" })).toHaveAttribute("aria-pressed", "true");
    // Read as minutes, 李文新强调，要… is the meeting's requirement (RULES.md §7) — with no one named to carry it out.
    expect(screen.getByRole("button", { name: /纪要缺少“会议地点”/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /未明确责任部门/ })).toBeInTheDocument();
  }, 20000);

  it("adds comments where supported and says so where not", async () => {
    const supported = setup(FAULTY_NOTICE.split("\n"));
    await supported.user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await supported.user.click(await screen.findByRole("button", { name: "检查本文档" }));
    await supported.user.click(await screen.findByRole("button", { name: "添加批注" }));
    expect(await screen.findByText(/已添加 \d+ 条批注/)).toBeInTheDocument();
    expect(supported.word.doc.comments.length).toBeGreaterThan(5);
  });

  it("disables comments on a Word without WordApi 1.4", async () => {
    const { user, word } = setup(FAULTY_NOTICE.split("\n"), { comments: false });
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "检查本文档" }));
    expect(await screen.findByRole("button", { name: "添加批注" })).toBeDisabled();
    expect(
      screen.getByText(
        /不支持把问题作为批注加到文档中（需要 WordApi 1\.4：Office 2024 及以上、Microsoft 365、Office 网页版）/,
      ),
    ).toBeInTheDocument();
    expect(word.doc.comments).toEqual([]);
  });

  it("opens the draft as a new .docx document where Word can", async () => {
    const { word, user } = setup(undefined, { notice: SAMPLE_NOTICE });
    await user.click(screen.getByRole("button", { name: "新建文档" }));
    expect(await screen.findByText(/已在新文档中打开草稿/)).toBeInTheDocument();
    expect(word.doc.opened).toHaveLength(1);
    const paragraphs = await readDocxParagraphs(Uint8Array.from(Buffer.from(word.doc.opened[0], "base64")), "new.docx");
    expect(paragraphs).toContain("X政办发〔2026〕45号");
  });

  it("imports 出席/请假/列席 from a sign-in workbook the user picks", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("tab", { name: "起草纪要" }));
    const bytes = await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids);
    const file = new File([bytes.slice().buffer as ArrayBuffer], "签到表.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    Object.defineProperty(file, "arrayBuffer", {
      value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    await user.upload(screen.getByLabelText("从签到表导入出席名单…", { selector: "input" }), file);
    // The sheet's order by default (its 名单 is in rank order), and a proxy signer named for the clerk to confirm.
    expect(
      await screen.findByText(
        /已从签到表导入 8 位出席人员（按签到表中的顺序）。其中 刘洋 的签到为他人代签/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /出席/ })).toHaveValue(
      "王建国、李娜、张伟、陈晓东、刘洋、周敏、孙丽、黄海",
    );
    expect(screen.getByRole("textbox", { name: /列席/ })).toHaveValue("吴刚");
    await user.click(screen.getByRole("radio", { name: "按姓氏笔画" }));
    expect(await screen.findByText(/（按姓氏笔画排序）/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /出席/ })).toHaveValue(
      "王建国、刘洋、孙丽、李娜、张伟、陈晓东、周敏、黄海",
    );
  });

  it("lays the document out in GB/T 9704 after a preview, every word kept, and restores the original", async () => {
    const original = FAULTY_NOTICE.split("\n");
    const { word, user } = setup(original);
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "排版本文档" }));
    const preview = await screen.findByTestId("layout-preview");
    expect(screen.getByText("排版预览（按会议通知，GB/T 9704）")).toBeInTheDocument();
    expect(preview).toHaveTextContent("如有变动，明天另行通知。");
    expect(word.doc.paragraphs).toEqual(original);

    await user.click(screen.getByRole("button", { name: "替换正文" }));
    expect(await screen.findByText(/^已按 GB\/T 9704 排版，原文一字未改/)).toBeInTheDocument();
    expect(word.doc.bodyOoxml).toBeDefined();
    const squeeze = (lines: string[]) => lines.join("").replace(/\s/g, "");
    expect(squeeze(word.doc.paragraphs)).toBe(squeeze(original));
    expect(word.doc.pageSetup.paperSize).toBe("A4");
    // The laid-out text is checked again: its certain fixes are offered as before.
    expect(
      await screen.findByRole("button", { name: /成文日期“二〇二六年十二月一日”应使用阿拉伯数字/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "恢复原文" }));
    expect(await screen.findByText("已恢复排版前的正文。")).toBeInTheDocument();
    expect(word.doc.paragraphs).toEqual(original);
    expect(screen.queryByRole("button", { name: "恢复原文" })).not.toBeInTheDocument();
  }, 60000);
});
