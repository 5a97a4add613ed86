import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { FileRegisterPanel } from "../../src/taskpane/files/FileRegisterPanel";
import { pickedFile } from "./picked-file";

function setup() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FileRegisterPanel />
    </FluentProvider>,
  );
  return { user };
}

/** An e-sign-in system's export: its own 签到状态, no meeting start, no 名单. */
const EXPORT_CSV = [
  "序号,部门,姓名,签到时间,签到状态",
  "1,办公室,林晓,2026-12-03 08:52,正常",
  "2,综合科,黄磊,2026-12-03 09:12,迟到",
  "3,人事科,许静,,请假",
  "4,财务科,陈刚,2026-12-03 09:05,正常",
].join("\n");

const ROSTER = {
  sheet: "参会名单",
  rows: [
    ["姓名", "单位", "职务"],
    ["林晓", "办公室", "主任"],
    ["黄磊", "综合科", "科长"],
    ["许静", "人事科", "科长"],
    ["陈刚", "财务科", "科长"],
    ["马俊", "审计科", "科员"],
  ],
};

const tallyOf = (article: HTMLElement) => within(article).getByLabelText("出勤统计");

describe("file mode: tallies that explain themselves and lateness without Excel", () => {
  it("says what 实到 and 请假 are made of, and the 座次图 block leaves out the same people the card counts", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "会议签到表与参会名单" }));
    const tally = await screen.findByLabelText("出勤统计");
    expect(tally).toHaveTextContent("实到 9（含代签 1：刘洋）");
    expect(tally).toHaveTextContent("请假 1（孙丽 在名单上标为请假，但签了到，计入实到）");
    expect(tally).toHaveTextContent(/1\s*请假/);
    // 何静 is the one on leave, as the card says; 孙丽 came and is seated.
    const seating = screen.getByRole("region", { name: "座次图与桌签" });
    expect(within(seating).getByText(/（另有 1 人请假，不排座、不做桌签）/)).toBeInTheDocument();
  });

  it("reads an export's 签到状态 and checks it against a 参会名单 opened with it, then by a typed start", async () => {
    const { user } = setup();
    const roster = pickedFile("参会名单.xlsx", await gridsToXlsx([ROSTER]));
    const csv = pickedFile("签到导出.csv", new TextEncoder().encode(`\uFEFF${EXPORT_CSV}`));
    await user.upload(screen.getByLabelText(/打开/, { selector: "input" }), [csv, roster]);
    const article = await screen.findByRole("article", { name: "签到导出.csv" }, { timeout: 5000 });
    expect(
      await within(article).findByText("按同时打开的“参会名单.xlsx”中的名单“参会名单”核对应到、请假、缺席。"),
    ).toBeInTheDocument();
    // 应到 5, 实到 3, 请假 1 (许静, the export's own record), 缺席 1 (马俊), 迟到 1 (黄磊's own 迟到).
    expect(tallyOf(article)).toHaveTextContent(/5\s*应到\s*3\s*实到\s*1\s*请假\s*1\s*缺席\s*1\s*迟到\s*0\s*列席/);
    expect(within(article).getByText(/黄磊 的签到状态为“迟到”/)).toBeInTheDocument();
    expect(within(article).getByText(/马俊（审计科）在名单上，但未签到，也未请假/)).toBeInTheDocument();
    // The 名单's own 座次图 block counts 许静 on leave as the export's tally does.
    const listed = screen.getByRole("article", { name: "参会名单.xlsx" });
    const seating = within(listed).getByRole("region", { name: "座次图与桌签" });
    expect(within(seating).getByText(/的 4 人排座（另有 1 人请假，不排座、不做桌签）/)).toBeInTheDocument();

    // A start typed in the pane: 陈刚 at 09:05 is late too, by the clock. Pasted: each key typed would check every
    // file opened again under a half-typed start.
    await user.click(screen.getByLabelText(/会议开始时间/));
    await user.paste("2026年12月3日 9:00");
    expect(await within(article).findByText(/陈刚 签到时间 09:05 晚于会议开始时间/)).toBeInTheDocument();
    expect(tallyOf(article)).toHaveTextContent(/2\s*迟到/);
  });
});
