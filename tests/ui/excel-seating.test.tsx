import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { ExcelPaneView } from "../../src/taskpane/panes/ExcelPane";
import { FakeExcel } from "../fakes/excel-fake";

const RANK_ORDER = /主席台的座次不合“1号居中、2号在1号左手（左高右低）”/;

function setup(sheets = [SEATING_ROSTER_SHEET], isSetSupported = (_set: string, _version: string) => true) {
  const excel = new FakeExcel();
  for (const grid of sheets) excel.addSheet(grid.sheet, grid.rows);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPaneView host={createExcelHost(excel.run as never, isSetSupported, excel.documentSettings)} />
    </FluentProvider>,
  );
  return { excel, user };
}

async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

/** The names of the chart's 主席台 row, left to right as the audience sees it. */
function podiumRow(excel: FakeExcel, sheet = "座次图"): string[] {
  const values = excel.sheet(sheet).values;
  const row = [...values].find(([, v]) => v === "主席台")![0].split(",")[0];
  return [...values]
    .filter(([k, v]) => k.split(",")[0] === row && v !== "主席台")
    .sort(([a], [b]) => Number(a.split(",")[1]) - Number(b.split(",")[1]))
    .map(([, v]) => String(v));
}

async function generate(user: ReturnType<typeof userEvent.setup>, podium: string, side?: string) {
  await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
  const count = await screen.findByRole("spinbutton", { name: "主席台人数" });
  await user.clear(count);
  await user.type(count, podium);
  if (side) await user.selectOptions(screen.getByRole("combobox", { name: "主席台以哪侧为上" }), side);
  await user.click(screen.getByRole("button", { name: "生成座次图" }));
  const confirm = await dialogButton("生成");
  expect(screen.getAllByRole("dialog", { hidden: true }).at(-1)).toHaveTextContent("Excel 添加工作表会清空撤销记录");
  await user.click(confirm);
  await screen.findByText(/已生成工作表“座次图”/, undefined, { timeout: 5000 });
}

describe("the Excel pane's 座次图", () => {
  it("generates the chart by RULES.md §10, checks it at once, and re-checks after each swap of two seats", async () => {
    const { excel, user } = setup();
    await generate(user, "5");
    // 5 on the 主席台, audience's view: 5号 3号 1号 2号 4号; 孙丽 is on leave.
    expect(podiumRow(excel)).toEqual(["刘洋", "张伟", "王建国", "李明华", "陈晓东"]);
    expect(screen.getByText(/主席台 5 人，会场 5 人；请假未排座：孙丽/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "座次图" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: RANK_ORDER })).not.toBeInTheDocument();

    const swap = within(screen.getByRole("region", { name: "交换座位" }));
    const first = swap.getByRole("combobox", { name: "座位一" });
    const second = swap.getByRole("combobox", { name: "座位二" });
    const option = (name: string) => within(first).getByRole("option", { name: new RegExp(`^${name}（`) });
    const [wang, li] = [option("王建国").getAttribute("value")!, option("李明华").getAttribute("value")!];
    await user.selectOptions(first, wang);
    await user.selectOptions(second, li);
    await user.click(swap.getByRole("button", { name: "交换" }));
    await screen.findByRole("button", { name: RANK_ORDER }, { timeout: 5000 });
    expect(podiumRow(excel)).toEqual(["刘洋", "张伟", "李明华", "王建国", "陈晓东"]);
    expect(screen.getByText(new RegExp(`已交换 王建国（${wang}） 与 李明华（${li}） 的座位`))).toBeInTheDocument();

    const again = within(screen.getByRole("region", { name: "交换座位" }));
    await user.selectOptions(again.getByRole("combobox", { name: "座位一" }), wang);
    await user.selectOptions(again.getByRole("combobox", { name: "座位二" }), li);
    await user.click(again.getByRole("button", { name: "交换" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: RANK_ORDER })).not.toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(podiumRow(excel)).toEqual(["刘洋", "张伟", "王建国", "李明华", "陈晓东"]);
  });

  it("after a swap reads only the chart again and checks it: the 签到表 beside it is not read, its findings stay", async () => {
    const { excel, user } = setup(SAMPLE_WORKBOOKS[0].grids);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const card = await screen.findByRole("region", { name: "排座次" }, { timeout: 5000 });
    await user.click(within(card).getByRole("button", { name: "生成座次图" }));
    await user.click(await dialogButton("生成"));
    await screen.findByText(/已生成工作表“座次图”/, undefined, { timeout: 5000 });
    const signinFindings = screen.getAllByRole("region", { name: "签到表" }).map((r) => r.textContent);
    expect(excel.valueReads).toContain("签到表");

    excel.valueReads = [];
    const swap = within(screen.getByRole("region", { name: "交换座位" }));
    const seat = (name: string) =>
      within(swap.getByRole("combobox", { name: "座位一" }))
        .getAllByRole("option")
        .find((o) => o.textContent?.startsWith(`${name}（`))!
        .getAttribute("value")!;
    const [first, second] = podiumRow(excel).slice(-2);
    await user.selectOptions(swap.getByRole("combobox", { name: "座位一" }), seat(first));
    await user.selectOptions(swap.getByRole("combobox", { name: "座位二" }), seat(second));
    await user.click(swap.getByRole("button", { name: "交换" }));
    await screen.findByText(/已交换 .* 的座位，已重新检查/, undefined, { timeout: 5000 });
    await screen.findByRole("button", { name: RANK_ORDER }, { timeout: 5000 });
    expect(new Set(excel.valueReads)).toEqual(new Set(["座次图"]));
    expect(screen.getAllByRole("region", { name: "签到表" }).map((r) => r.textContent)).toEqual(signinFindings);
  });

  it("seats 以右为上 when asked, mirrored, and never writes over an existing 座次图", async () => {
    const { excel, user } = setup(SAMPLE_WORKBOOKS.find((w) => w.grids.includes(SEATING_ROSTER_SHEET))!.grids);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const count = await screen.findByRole("spinbutton", { name: "主席台人数" });
    await user.clear(count);
    await user.type(count, "4");
    await user.selectOptions(screen.getByRole("combobox", { name: "主席台以哪侧为上" }), "right");
    await user.click(screen.getByRole("button", { name: "生成座次图" }));
    await user.click(await dialogButton("生成"));
    await screen.findByText(/已生成工作表“座次图\(2\)”/, undefined, { timeout: 5000 });
    expect(podiumRow(excel, "座次图(2)")).toEqual(["陈晓东", "李明华", "王建国", "张伟"]);
    expect(excel.sheet("座次图").values.size).toBeGreaterThan(0);
    // Both charts can be picked for a swap.
    expect(screen.getByRole("combobox", { name: "座次图工作表" })).toBeInTheDocument();
  });

  it("offers no 座次图 where the workbook has no 参会名单", async () => {
    const signin = SAMPLE_WORKBOOKS[0].grids.filter((g) => g.sheet !== "参会名单");
    const none = setup(signin);
    await none.user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findAllByRole("region", { name: "签到表" });
    expect(screen.queryByRole("button", { name: "生成座次图" })).not.toBeInTheDocument();
  });

  it("counts 请假 as the tally beside it does: one who signed is seated, one the 签到表 marks on leave is not", async () => {
    const { excel, user } = setup(SAMPLE_WORKBOOKS[0].grids);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const tally = await screen.findByLabelText("出勤统计", undefined, { timeout: 5000 });
    expect(tally).toHaveTextContent("请假 1（孙丽 在名单上标为请假，但签了到，计入实到）");
    const card = screen.getByRole("region", { name: "排座次" });
    expect(within(card).getByText(/（另有 1 人请假，不排座、不做桌签）/)).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "生成座次图" }));
    await user.click(await dialogButton("生成"));
    await screen.findByText(/已生成工作表“座次图”.*请假未排座：何静/, undefined, { timeout: 5000 });
    const seated = [...excel.sheet("座次图").values.values()].map(String);
    expect(seated).toContain("孙丽");
    expect(seated).not.toContain("何静");
  });

  it("keeps the side in the workbook's settings and seats by it", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: "生成座次图" });
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    const settings = within(screen.getByRole("region", { name: "检查设置" }));
    expect(settings.getByRole("region", { name: "座次图与桌签" })).toBeInTheDocument();
    await user.selectOptions(settings.getByRole("combobox", { name: "主席台以哪侧为上" }), "right");
    await user.click(settings.getByRole("button", { name: "保存到本工作簿" }));
    await waitFor(() => expect(excel.settings.get("huiwu.config")).toEqual({ seatingSide: "right", sealNames: [] }));
    const card = within(screen.getByRole("region", { name: "排座次" }));
    expect(card.getByRole("combobox", { name: "主席台以哪侧为上" })).toHaveValue("right");
  });

  it("explains in Chinese that an older Excel cannot generate the chart, and adds no sheet", async () => {
    const { excel, user } = setup([SEATING_ROSTER_SHEET], (set, version) => set === "ExcelApi" && version <= "1.6");
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await user.click(await screen.findByRole("button", { name: "生成座次图" }));
    await user.click(await dialogButton("生成"));
    await screen.findByText(/当前 Excel 版本不支持生成座次图（需要 ExcelApi 1\.7/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["参会名单"]);
  });
});
