import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { ExcelPaneView } from "../../src/taskpane/panes/ExcelPane";
import { FakeExcel } from "../fakes/excel-fake";

async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

function setup(excel = sampleWorkbook(), isSetSupported = (_set: string, _version: string) => true) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPaneView host={createExcelHost(excel.run as never, isSetSupported, excel.documentSettings)} />
    </FluentProvider>,
  );
  return { excel, user, view };
}

function sampleWorkbook() {
  const excel = new FakeExcel();
  for (const grid of SAMPLE_WORKBOOKS[0].grids)
    excel.addSheet(grid.sheet, grid.rows, {
      fills: grid.sheet === "签到表" ? { G8: { color: "#00B050", pattern: "Solid" } } : {},
    });
  return excel;
}

describe("the Excel pane", () => {
  it("checks the workbook, shows the tally and findings, and jumps to a finding's cell", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const duplicate = await screen.findByRole("button", { name: /王建国（县应急管理局）重复签到/ });
    expect(within(screen.getAllByLabelText("出勤统计")[0]).getByText("应到")).toBeInTheDocument();
    await user.click(duplicate);
    await waitFor(() => expect(excel.selected).toBe("签到表!B10"));
  });

  it("shows only the severities picked, with the picked ones pressed, and all again when none is", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    const errors = screen.getByRole("button", { name: /^错误 3$/ });
    expect(errors).toHaveAttribute("aria-pressed", "false");
    await user.click(errors);
    expect(errors).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: /重复签到/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /中间有空格/ })).not.toBeInTheDocument();
    await user.click(errors);
    expect(screen.getByRole("button", { name: /中间有空格/ })).toBeInTheDocument();
  });

  it("lists errors first, and by cell position when asked", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    const list = () =>
      within(screen.getByRole("region", { name: "签到表" }))
        .getAllByRole("button")
        .map((b) => b.textContent ?? "")
        .filter((t) => /^[A-Z]+\d+/.test(t));
    const severities = list().map((t) => /错误|警告|提示/.exec(t)![0]);
    expect(severities).toEqual([...severities].sort((a, b) => "错误警告提示".indexOf(a) - "错误警告提示".indexOf(b)));
    await user.selectOptions(screen.getByRole("combobox", { name: "排列顺序" }), "按单元格位置");
    const rows = list().map((t) => Number(/^[A-Z]+(\d+)/.exec(t)![1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("filters by rule", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.selectOptions(screen.getByRole("combobox", { name: "按检查项筛选" }), "同一人签到不止一次（1）");
    expect(screen.getByRole("button", { name: /重复签到/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /中间有空格/ })).not.toBeInTheDocument();
  });

  it("turns a rule off in the settings, keeps it off after the pane is reopened, and back on", async () => {
    const { excel, user, view } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    const rule = screen.getByRole("combobox", { name: /同一人签到不止一次/ });
    await user.selectOptions(rule, "关闭");
    await user.click(screen.getByRole("button", { name: "保存到本工作簿" }));
    expect(await screen.findByText(/设置已保存到本工作簿/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /重复签到/ })).not.toBeInTheDocument();
    expect(excel.settings.get("huiwu.config")).toEqual(
      expect.objectContaining({ rules: { "signin/duplicate": "off" } }),
    );

    view.unmount();
    setup(excel);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /中间有空格/ });
    expect(screen.queryByRole("button", { name: /重复签到/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    await user.click(screen.getByRole("button", { name: "恢复默认" }));
    expect(await screen.findByRole("button", { name: /重复签到/ })).toBeInTheDocument();
    expect(excel.settings.has("huiwu.config")).toBe(false);
  });

  it("checks with the defaults and says so when the stored settings no longer validate", async () => {
    const excel = sampleWorkbook();
    excel.settings.set("huiwu.config", { noticeDays: "三天" });
    const { user } = setup(excel);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    expect(await screen.findByText(/工作簿中保存的设置有误.*noticeDays/)).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /重复签到/ })).toBeInTheDocument();
  });

  it("opens the settings from the defaults when the stored ones have the wrong shape, instead of a blank pane", async () => {
    const excel = sampleWorkbook();
    excel.settings.set("huiwu.config", { sealNames: "单位公章" });
    const { user } = setup(excel);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    expect(await screen.findByText(/工作簿中保存的设置有误.*sealNames/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    expect(screen.getByRole("button", { name: "保存到本工作簿" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("warns that merged cells may be misread where Excel cannot report merged areas (below ExcelApi 1.13)", async () => {
    const { user } = setup(sampleWorkbook(), (_set, version) => version !== "1.13");
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    expect(
      await screen.findByText(/不支持按合并单元格读表（需要 ExcelApi 1\.13：Office 2021 及以上.*结果可能有误/),
    ).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /重复签到/ })).toBeInTheDocument();
  });

  it("marks and clears, putting the original fills back", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "标出问题单元格" }));
    expect(await screen.findByText(/已标出 12 个单元格/)).toBeInTheDocument();
    expect(excel.fillOf("签到表", "G8").color).toBe("#FFC7CE");
    await user.click(screen.getByRole("button", { name: "清除标注" }));
    expect(await screen.findByText(/已恢复 12 个单元格原来的填充/)).toBeInTheDocument();
    expect(excel.fillOf("签到表", "G8").color).toBe("#00B050");
  });

  it("explains a damaged marks' record and offers to discard it", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "标出问题单元格" }));
    await screen.findByText(/已标出 12 个单元格/);
    excel.xmlParts[0].xml = "<marks>not json</marks>";
    await user.click(screen.getByRole("button", { name: "清除标注" }));
    expect(await screen.findByText(/标注记录已损坏/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "放弃标注记录" }));
    expect(await screen.findByText(/已放弃标注记录/)).toBeInTheDocument();
    expect(excel.xmlParts).toEqual([]);
    expect(screen.queryByRole("button", { name: "放弃标注记录" })).not.toBeInTheDocument();
  });

  it("writes the report sheet", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "生成核对报告" }));
    expect(await screen.findByText("已生成工作表“核对报告”。")).toBeInTheDocument();
    expect(excel.sheets.map((s) => s.name)).toContain("核对报告");
  });

  it("applies a fix only after confirmation and undoes it", async () => {
    const { excel, user } = setup();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const fixes = await screen.findByRole("region", { name: "可修正的问题" });
    expect(within(fixes).getByText(/签到表!B5：“李\s+娜” → “李娜”/)).toBeInTheDocument();
    const row = within(fixes)
      .getByText(/签到表!B5/)
      .closest("li")!;
    await user.click(within(row as HTMLElement).getByRole("button", { name: "修正" }));
    await user.click(await dialogButton("取消"));
    expect(excel.valueOf("签到表", "B5")).toBe("李  娜");
    await user.click(within(row as HTMLElement).getByRole("button", { name: "修正" }));
    await user.click(await dialogButton("修正"));
    await waitFor(() => expect(excel.valueOf("签到表", "B5")).toBe("李娜"));
    await user.click(await within(row as HTMLElement).findByRole("button", { name: "撤销" }));
    await waitFor(() => expect(excel.valueOf("签到表", "B5")).toBe("李  娜"));
    expect(excel.writes).toEqual(["签到表!B5", "签到表!B5"]);
  });

  it("explains a protected sheet in Chinese", async () => {
    const { excel, user } = setup();
    excel.sheet("签到表").protected = true;
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "标出问题单元格" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/受保护，无法标注/);
  });

  it("appends a meeting's decisions under the 督办台账's last row, once, and shows its summary card", async () => {
    const excel = new FakeExcel();
    const tracking = SAMPLE_WORKBOOKS.find((w) => w.id === "tracking")!.grids[0];
    excel.addSheet(tracking.sheet, tracking.rows);
    const { user } = setup(excel);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    expect(await screen.findByLabelText("督办统计")).toHaveTextContent(/6\s*共计/);
    const bytes = new TextEncoder().encode(
      "县政府常务会议纪要\n2026年12月10日上午，县政府召开常务会议。\n" +
        "一、会议同意县水利局修订县防汛应急预案，2027年3月底前完成。\n" +
        "二、会议要求县交通运输局开展冬季道路交通安全隐患排查，12月25日前完成。",
    );
    // jsdom's File has no arrayBuffer(); the browser's does.
    const minutes = new File([bytes], "第13期纪要.txt", { type: "text/plain" });
    Object.defineProperty(minutes, "arrayBuffer", { value: async () => bytes.buffer });
    const picker = screen.getByLabelText("追加纪要中的议定事项…", { selector: "input" });
    await user.upload(picker, minutes);
    expect(await screen.findByText("已在“督办台账”第 9 行起追加 2 项。")).toBeInTheDocument();
    expect(excel.valueOf("督办台账", "A9")).toBe(7);
    expect(excel.valueOf("督办台账", "B9")).toBe("县水利局修订县防汛应急预案，2027年3月底前完成");
    expect(excel.valueOf("督办台账", "C9")).toBe("县水利局");
    expect(excel.valueOf("督办台账", "F10")).toBe("未办");
    expect(excel.sheet("督办台账").formats.get("8,3")).toBe("yyyy/m/d");
    expect(screen.getByLabelText("督办统计")).toHaveTextContent(/8\s*共计/);
    const written = excel.writes.length;
    await user.upload(picker, minutes);
    expect(await screen.findByText("纪要中的 2 项都已在台账中，没有需要追加的。")).toBeInTheDocument();
    expect(excel.writes.length).toBe(written);
  });

  it("refuses minutes past the size cap before reading them, and appends nothing", async () => {
    const excel = new FakeExcel();
    const tracking = SAMPLE_WORKBOOKS.find((w) => w.id === "tracking")!.grids[0];
    excel.addSheet(tracking.sheet, tracking.rows);
    const { user } = setup(excel);
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    await screen.findByLabelText("督办统计");
    const huge = new File(["一、会议同意。"], "大纪要.docx");
    const read = jest.fn();
    Object.defineProperty(huge, "size", { value: 300 * 1024 * 1024 });
    Object.defineProperty(huge, "arrayBuffer", { value: read });
    await user.upload(screen.getByLabelText("追加纪要中的议定事项…", { selector: "input" }), huge);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "大纪要.docx：文件有 300 MB，超过 256 MB 的上限，不读取",
    );
    expect(read).not.toHaveBeenCalled();
    expect(excel.writes).toEqual([]);
  });
});
