import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SIGNIN_HEADER } from "../../src/core/replies/signin-sheet";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { sampleNoticeFile, sampleReplyFiles } from "../../src/hosts/files/sample-reply-files";
import { byStrokes } from "../../src/core/meeting/name-order";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { REPLY_NOTICE_FILE, SAMPLE_REPLIES } from "../../src/samples/replies";
import { ExcelPaneView } from "../../src/taskpane/panes/ExcelPane";
import { FakeExcel } from "../fakes/excel-fake";
import { pickedFile } from "./picked-file";

function setup(sheets = [SEATING_ROSTER_SHEET]) {
  const excel = new FakeExcel();
  for (const grid of sheets) excel.addSheet(grid.sheet, grid.rows);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPaneView host={createExcelHost(excel.run as never, () => true, excel.documentSettings)} />
    </FluentProvider>,
  );
  return { excel, user };
}

async function sampleReplies(replies = SAMPLE_REPLIES): Promise<File[]> {
  return (await sampleReplyFiles(replies)).map((f) => pickedFile(f.name, f.bytes, f.lastModified));
}

/** The values of a sheet's row, left to right. */
function rowOf(excel: FakeExcel, sheet: string, row: number): unknown[] {
  return [...excel.sheet(sheet).values]
    .filter(([k]) => Number(k.split(",")[0]) === row)
    .sort(([a], [b]) => Number(a.split(",")[1]) - Number(b.split(",")[1]))
    .map(([, v]) => v);
}

async function confirm(user: ReturnType<typeof userEvent.setup>, says = "不改动已有的工作表", button = "生成") {
  // Tabster marks a just-opened Fluent dialog aria-hidden until focus reaches it, which jsdom on a loaded
  // machine may not do in time (the other pane tests look the same way).
  const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
  expect(dialog).toHaveTextContent(says);
  await user.click(within(dialog).getByRole("button", { name: button, hidden: true }));
}

/** The picked notice, checked against; then the card, once its buttons can be used. */
async function checkedCard(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
  const card = await screen.findByRole("region", { name: "回执与签到表" });
  const notice = (await sampleNoticeFile()).bytes;
  const noticeInput = within(card).getByLabelText("选择会议通知（可选）…", { selector: "input" });
  await waitFor(() => expect(noticeInput).toBeEnabled());
  await user.upload(noticeInput, pickedFile(REPLY_NOTICE_FILE, notice));
  await within(card).findByText(`通知：${REPLY_NOTICE_FILE}（按它核对缺报、名额和截止日期）`);
  return card;
}

/** The values of one column of a sheet below its header row (the row whose first cell is 序号), top to bottom. */
function columnBelowHeader(excel: FakeExcel, sheet: string, header: string): string[] {
  const rows = Math.max(...[...excel.sheet(sheet).values.keys()].map((k) => Number(k.split(",")[0])));
  const headerRow = [...Array(rows + 1).keys()].find((r) => rowOf(excel, sheet, r)[0] === "序号")!;
  const col = rowOf(excel, sheet, headerRow).indexOf(header);
  return [...Array(rows - headerRow).keys()].map((i) => String(rowOf(excel, sheet, headerRow + 1 + i)[col] ?? ""));
}

describe("the Excel pane's 回执与签到表", () => {
  it("生成签到表 writes the 参会名单's pre-printed 签到表 to a new sheet and says so", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const card = await screen.findByRole("region", { name: "回执与签到表" });
    // The card shows with the results; its buttons wait for the pane's follow-up reads to finish.
    const signin = within(card).getByRole("button", { name: "生成签到表" });
    await waitFor(() => expect(signin).toBeEnabled());
    await user.click(signin);
    await confirm(user);
    expect(
      await screen.findByText(/已生成工作表“签到表”：\d+ 人待签名/, undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    const header = [0, 1, 2, 3].find((r) => rowOf(excel, "签到表", r)[0] === "序号")!;
    expect(rowOf(excel, "签到表", header)).toEqual([...SIGNIN_HEADER]);
    expect(rowOf(excel, "签到表", header + 1).slice(0, 4)).toEqual(["1", "县委", "王建国", "书记"]);
    expect(excel.sheet("签到表").layout?.printTitleRows).toBe(`$${header + 1}:$${header + 1}`);
    // Nothing is written over the 名单.
    expect(rowOf(excel, SEATING_ROSTER_SHEET.sheet, 0)).toEqual([SEATING_ROSTER_SHEET.rows[0][0]]);
  });

  it("汇总回执 merges the picked 回执 against the notice into a new 参会名单, shows the findings, and checks again", async () => {
    const { excel, user } = setup();
    const card = await checkedCard(user);
    await user.upload(within(card).getByLabelText("汇总回执…", { selector: "input" }), await sampleReplies());
    // A 名单 kept by hand is not added to unless asked.
    expect(within(card).getByRole("checkbox", { name: /加到工作表“参会名单”/ })).not.toBeChecked();
    await user.click(await within(card).findByRole("button", { name: "写入参会名单…" }));
    await confirm(user);
    expect(
      await screen.findByText(/已把 5 份回执汇总到工作表“参会名单\(2\)”，共 11 人。已重新检查/, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    const findings = within(card).getByRole("list", { name: "回执核对结果" });
    const items = within(findings)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^错误吴刚（县交通运输局）已在本回执前面中报名/);
    expect(items.some((text) => text?.includes("县教育局 未报送回执"))).toBe(true);
    expect(items.some((text) => text?.includes("超过通知规定的 2 人"))).toBe(true);
    const names = [...excel.sheet("参会名单(2)").values.values()];
    expect(names).toContain("吴刚");
    expect(names.filter((v) => v === "吴刚")).toHaveLength(1);
    // The old 名单 is as it was, and the pane still offers the 签到表.
    expect(rowOf(excel, SEATING_ROSTER_SHEET.sheet, 0)).toEqual([SEATING_ROSTER_SHEET.rows[0][0]]);
    await waitFor(() => expect(within(card).getByRole("button", { name: "生成签到表" })).toBeEnabled());
  });

  it("lists by 姓氏笔画 when asked, and a second run adds under the 参会名单 only who is new", async () => {
    const signinOnly = SAMPLE_WORKBOOKS[0].grids.filter((g) => g.sheet !== "参会名单");
    const { excel, user } = setup(signinOnly);
    const card = await checkedCard(user);
    const replies = within(card).getByLabelText("汇总回执…", { selector: "input" });
    await user.upload(replies, await sampleReplies(SAMPLE_REPLIES.slice(0, 3)));
    await user.click(await within(card).findByRole("radio", { name: "按姓氏笔画" }));
    await user.click(within(card).getByRole("button", { name: "写入参会名单…" }));
    await confirm(user);
    await screen.findByText(/已把 3 份回执汇总到工作表“参会名单”/, undefined, { timeout: 5000 });
    const first = columnBelowHeader(excel, "参会名单", "姓名");
    expect(first).toEqual(byStrokes(first));
    // Not grouped by unit, as the notice's order would list them.
    const units = columnBelowHeader(excel, "参会名单", "单位");
    const changes = units.filter((unit, i) => i > 0 && unit !== units[i - 1]).length;
    expect(changes).toBeGreaterThan(new Set(units).size - 1);

    // The list just made is added to by default; all five picked again, the three merged before are not read again.
    const again = await screen.findByRole("region", { name: "回执与签到表" });
    const add = await within(again).findByRole("checkbox", { name: "加到工作表“参会名单”（只添加新报名的人）" });
    expect(add).toBeChecked();
    await waitFor(() => expect(within(again).getByLabelText("汇总回执…", { selector: "input" })).toBeEnabled());
    await user.upload(within(again).getByLabelText("汇总回执…", { selector: "input" }), await sampleReplies());
    expect(
      await within(again).findByText(
        /参会名单共 11 人，本次从 2 份回执新增 \d+ 人（另有 3 份回执此前已汇总，未重复读取）/,
      ),
    ).toBeInTheDocument();
    await user.click(within(again).getByRole("button", { name: "写入参会名单…" }));
    await confirm(user, "已有的行不改动", "添加");
    await screen.findByText(/已在工作表“参会名单”第 \d+ 行起添加 \d+ 人/, undefined, { timeout: 5000 });
    const names = columnBelowHeader(excel, "参会名单", "姓名");
    expect(names.slice(0, first.length)).toEqual(first);
    expect(names).toHaveLength(11);
    expect(new Set(names).size).toBe(11);
    expect(excel.sheets.map((s) => s.name)).toEqual([...signinOnly.map((g) => g.sheet), "参会名单"]);
  });
});

describe("the Excel pane's chain from 回执 to a checked 签到表", () => {
  it("merges the 回执, prints the 签到表 from the 参会名单, and checks it once signed as a pre-printed sheet", async () => {
    const { excel, user } = setup([{ sheet: "Sheet1", rows: [["会议筹备"]] }]);
    const card = await checkedCard(user);
    await user.upload(within(card).getByLabelText("汇总回执…", { selector: "input" }), await sampleReplies());
    await user.click(await within(card).findByRole("button", { name: "写入参会名单…" }));
    await confirm(user);
    await screen.findByText(/已把 5 份回执汇总到工作表“参会名单”/, undefined, { timeout: 5000 });

    const again = await screen.findByRole("region", { name: "回执与签到表" });
    const signin = within(again).getByRole("button", { name: "生成签到表" });
    await waitFor(() => expect(signin).toBeEnabled());
    await user.click(signin);
    await confirm(user);
    await screen.findByText(/已生成工作表“签到表”：\d+ 人待签名/, undefined, { timeout: 5000 });

    // Signed on the printed sheet, typed in after the meeting: two of every three, 签名 and 签到时间 (text as typed
    // into a text column, or a time Excel keeps as a fraction of a day), the last of them late.
    const sheet = excel.sheet("签到表");
    const headerRow = [0, 1, 2, 3].find((r) => rowOf(excel, "签到表", r)[0] === "序号")!;
    const names = columnBelowHeader(excel, "签到表", "姓名");
    const signedRows = names.map((_, i) => i).filter((i) => i % 3 !== 1);
    const at = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
    const start = 9 * 60; // the sample notice's 会议时间, which the 签到表 carries under its title
    const minutesOf = signedRows.map((_, n) => (n === signedRows.length - 1 ? start + 12 : start - 30 + n));
    signedRows.forEach((i, n) => {
      const row = headerRow + 1 + i;
      const minutes = minutesOf[n];
      sheet.values.set(`${row},4`, names[i]);
      if (n % 2 === 0) sheet.values.set(`${row},5`, at(minutes));
      else {
        sheet.values.set(`${row},5`, minutes / (24 * 60));
        sheet.formats.set(`${row},5`, "h:mm");
      }
    });

    // Checked again: read as a pre-printed sheet, every printed name expected, the ones with no 签名 absent.
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const checked = () => screen.getByRole("region", { name: "签到表" });
    const figure = (label: string) => {
      const tally = within(checked()).getByLabelText("出勤统计");
      return within(tally).getByText(label).parentElement!.textContent!.replace(label, "");
    };
    const expected = {
      应到: names.length,
      实到: signedRows.length,
      缺席: names.length - signedRows.length,
      迟到: minutesOf.filter((m) => m > start).length,
    };
    await waitFor(
      () =>
        expect(Object.fromEntries(Object.keys(expected).map((label) => [label, Number(figure(label))]))).toEqual(
          expected,
        ),
      { timeout: 5000 },
    );
    expect(within(checked()).getByRole("heading")).toHaveTextContent(
      `签到表：会议签到表，表头在第 ${headerRow + 1} 行`,
    );
    const unsigned = names.filter((_, i) => !signedRows.includes(i));
    for (const name of unsigned)
      expect(within(checked()).getByText(`${name} 的签名为空：未签到，不计入实到`)).toBeVisible();
    const late = names[signedRows.at(-1)!];
    expect(
      within(checked()).getByText(new RegExp(`^${late} 签到时间 0${at(start + 12)} 晚于会议开始时间`)),
    ).toBeVisible();
  });
});
