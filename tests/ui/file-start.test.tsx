import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { minutesDocx } from "../../src/core/render";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { ROSTER_SHEET, SIGNIN_SHEET } from "../../src/samples/signin-workbook";
import FilePane from "../../src/taskpane/panes/FilePane";
import { pickedFile } from "./picked-file";

function setup() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FilePane />
    </FluentProvider>,
  );
  return { user };
}

/**
 * Puts text in a field as one paste: the form checks itself again on every change, so typing a long string key by
 * key spent seconds on checks of half-typed text that nothing here asserts.
 */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const TASKS = ["检查登记表", "座次图与桌签", "起草通知", "汇总回执", "起草纪要", "检查通知/纪要", "督办台账"];

describe("file mode's start screen", () => {
  it("names every task, each opening on its own picker", async () => {
    const { user } = setup();
    const menu = screen.getByRole("navigation", { name: "任务" });
    for (const task of TASKS) expect(within(menu).getByRole("button", { name: new RegExp(`^${task}`) })).toBeVisible();
    await user.click(within(menu).getByRole("button", { name: /^座次图与桌签/ }));
    expect(screen.getByRole("tab", { name: "座次图与桌签" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "打开参会名单…" })).toBeVisible();
    await user.click(screen.getByRole("tab", { name: "督办台账" }));
    expect(screen.getByRole("button", { name: "打开纪要，生成督办台账…" })).toBeVisible();
    expect(screen.getByRole("button", { name: "打开已有督办台账…" })).toBeVisible();
    expect(screen.queryByText(/命令行/)).not.toBeInTheDocument();
  });

  it("a .docx dropped on 检查登记表 opens in 检查通知/纪要, with a line saying so", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: /^检查登记表/ }));
    const docx = pickedFile("纪要.docx", await zipDocx(minutesDocx(SAMPLE_MINUTES)));
    const drop = screen.getByText(/或把 \.xlsx/).parentElement!;
    fireEvent.drop(drop, { dataTransfer: { files: [docx] } });
    expect(await screen.findByText("“纪要.docx”是 Word 文档，已在“检查通知/纪要”中打开。")).toBeVisible();
    expect(screen.getByRole("tab", { name: "检查通知/纪要" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("article", { name: "纪要.docx" })).toBeVisible();
    // The minutes' 督办台账 note offers the pane's own 追加, never the command line.
    expect(screen.getByText(/在“督办台账”中打开台账，点“追加纪要中的议定事项…”/)).toBeVisible();
    expect(screen.queryByText(/命令行/)).not.toBeInTheDocument();
  });

  it("a workbook opened on 检查通知/纪要 is checked in 检查登记表, with a line saying so", async () => {
    // The chooser's filter (.docx, .txt) is only a suggestion: a clerk can still pick a workbook there.
    const user = userEvent.setup({ applyAccept: false });
    render(
      <FluentProvider theme={webLightTheme}>
        <FilePane />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^检查通知\/纪要/ }));
    const sheet = pickedFile("签到表.xlsx", await gridsToXlsx([SIGNIN_SHEET]));
    await user.upload(screen.getByLabelText("打开 .docx 或 .txt…", { selector: "input" }), sheet);
    expect(await screen.findByText("“签到表.xlsx”是表格，已在“检查登记表”中打开。")).toBeVisible();
    expect(screen.getByRole("tab", { name: "检查登记表" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("article", { name: "签到表.xlsx" }, { timeout: 20_000 })).toBeVisible();
  });

  it("a 参会名单 opened to check goes to 座次图与桌签", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: /^检查登记表/ }));
    const roster = pickedFile("参会名单.xlsx", await gridsToXlsx([ROSTER_SHEET]));
    await user.upload(screen.getByLabelText("打开登记表…", { selector: "input" }), roster);
    expect(await screen.findByText("“参会名单.xlsx”是参会名单，已转到“座次图与桌签”。")).toBeVisible();
    expect(screen.getByRole("tab", { name: "座次图与桌签" })).toHaveAttribute("aria-selected", "true");
    // The 座次图 comes first, before the check's download.
    const article = screen.getByRole("article", { name: "参会名单.xlsx" });
    const seating = within(article).getByRole("region", { name: "座次图与桌签" });
    const download = within(article).getByRole("button", { name: "下载核对结果" });
    expect(seating.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe("file mode's notice form", () => {
  async function noticeForm() {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: /^起草通知/ }));
    return { user, form: screen.getByRole("form", { name: "起草通知" }) };
  }

  it("says a phone's warning under 联系电话, and offers its certain fixes as buttons", async () => {
    const { user, form } = await noticeForm();
    await fill(user, within(form).getByRole("textbox", { name: "联系人" }), "张三");
    const phone = within(form).getByRole("textbox", { name: "联系电话" });
    await fill(user, phone, "138123456");
    await user.tab();
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/联系电话“138123456”不是有效的手机号/));
    expect(within(form).getByRole("textbox", { name: "联系人" })).not.toHaveAccessibleDescription(/联系电话/);
    await user.clear(phone);
    await fill(user, phone, "0571 8888 1234");
    await user.click(await within(form).findByRole("button", { name: "改为“0571-88881234”" }));
    expect(phone).toHaveValue("0571-88881234");

    const number = within(form).getByRole("textbox", { name: "发文字号" });
    await fill(user, number, "县政办发[2026]3号");
    await user.click(await within(form).findByRole("button", { name: "改为“县政办发〔2026〕3号”" }));
    expect(number).toHaveValue("县政办发〔2026〕3号");
    expect(within(form.parentElement!).getByTestId("draft-preview")).toHaveTextContent("县政办发〔2026〕3号");
  });

  it("offers the date form's fix as a button, and one click writes it in the field", async () => {
    const { user, form } = await noticeForm();
    const issued = within(form).getByRole("textbox", { name: "成文日期" });
    await fill(user, issued, "二〇二六年十一月二十日");
    await user.tab();
    await waitFor(() => expect(issued).toHaveAccessibleDescription(/成文日期“二〇二六年十一月二十日”应使用阿拉伯数字/));
    await user.click(await within(form).findByRole("button", { name: "改为“2026年11月20日”" }));
    expect(issued).toHaveValue("2026年11月20日");
    expect(issued).not.toHaveAccessibleDescription(/应使用阿拉伯数字/);
    expect(within(form).queryByRole("button", { name: /^改为“2026年11月20日”/ })).not.toBeInTheDocument();
    expect(within(form.parentElement!).getByTestId("draft-preview")).toHaveTextContent("2026年11月20日");
  });

  it("writes a typed time as it reads it, or says what is wrong with it", async () => {
    const { user, form } = await noticeForm();
    const start = within(form).getByRole("textbox", { name: "会议开始时间" });
    await fill(user, start, "下午两点半");
    await user.tab();
    expect(await within(form).findByText(/“下午两点半”只有时间，没有日期/)).toBeVisible();
    await user.clear(start);
    await fill(user, start, "2026年12月3日 下午两点半");
    expect(await within(form).findByText("将写作：2026年12月3日（星期四）下午2:30")).toBeVisible();
    await user.clear(start);
    await fill(user, start, "2026年12月3日下午");
    await user.tab();
    expect(await within(form).findByText(/只写了“下午”，没写几点/)).toBeVisible();
  });

  it("phrases 会议目的 with 为, and asks about errors before downloading", async () => {
    const { user, form } = await noticeForm();
    const purpose = within(form).getByRole("textbox", { name: "会议目的" });
    expect(purpose).toHaveAccessibleDescription(/写成一句话/);
    await fill(user, within(form).getByRole("textbox", { name: "会议名称" }), "全县防汛工作会议");
    await fill(user, purpose, "总结今年防汛工作");
    expect(
      await within(form).findByText("将写作：为总结今年防汛工作，决定召开全县防汛工作会议。现将有关事项通知如下："),
    ).toBeVisible();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    URL.createObjectURL = jest.fn(() => "blob:notice");
    URL.revokeObjectURL = jest.fn();
    try {
      await user.click(screen.getByRole("button", { name: "下载 Word 文档" }));
      const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
      expect(within(dialog).getByText(/^有 \d+ 个错误，仍要下载？$/)).toBeInTheDocument();
      expect(click).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole("button", { name: "仍要下载", hidden: true }));
      expect(await screen.findByText(/^已下载 全县防汛工作会议\.docx/)).toBeVisible();
      expect(click).toHaveBeenCalledTimes(1);
    } finally {
      click.mockRestore();
    }
  });
});
