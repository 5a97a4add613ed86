import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { createWordHost } from "../../src/hosts/word/word-host";
import { ExcelPaneView } from "../../src/taskpane/panes/ExcelPane";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeExcel } from "../fakes/excel-fake";
import { FakeWord } from "../fakes/word-fake";

async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

/** Office 2019's Excel: ExcelApi up to 1.7. */
const office2019 = (set: string, version: string) => set !== "ExcelApi" || Number(version.split(".")[1]) <= 7;

describe("自检 in the pane", () => {
  it("Excel: 检查设置 → 自检 asks first, then shows every step and a report to copy or save", async () => {
    const excel = new FakeExcel();
    excel.addSheet("签到表", [["姓名"], ["王芳"]]);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ExcelPaneView host={createExcelHost(excel.run as never, office2019, excel.documentSettings)} />
      </FluentProvider>,
    );
    await user.click(await screen.findByRole("button", { name: "检查设置" }));
    await user.click(await screen.findByRole("button", { name: "自检" }));
    const dialog = screen.getAllByRole("dialog", { hidden: true }).at(-1)!;
    expect(dialog).toHaveTextContent("会务助手自检");
    expect(dialog).toHaveTextContent("撤销记录");
    expect(excel.sheets).toHaveLength(1);
    await user.click(await dialogButton("开始自检"));

    const report = await screen.findByRole("list", { name: "自检报告" });
    await screen.findByText("7 项通过，0 项失败，5 项跳过");
    expect(screen.getByText("宿主 Excel，版本 未知，平台 未知")).toBeInTheDocument();
    const rows = within(report).getAllByRole("listitem");
    expect(rows).toHaveLength(12);
    expect(within(rows[0]).getByLabelText("通过")).toHaveTextContent("✓");
    expect(within(rows[2]).getByLabelText("跳过")).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent(/需要 ExcelApi 1\.13/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表"]);

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "复制报告" }));
    expect(writeText.mock.calls[0][0]).toMatch(/^会务助手自检报告\n/);
    expect(writeText.mock.calls[0][0]).toContain("跳过 合并单元格（合并、读取合并区域）（ExcelApi 1.13）");
    await screen.findByText("已复制到剪贴板。");

    const created = jest.fn(() => "blob:report");
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    await user.click(screen.getByRole("button", { name: "保存为 .txt" }));
    await screen.findByText(/已保存 会务助手自检报告（Excel .*）\.txt。/);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it("Excel: cancelling the confirmation touches nothing", async () => {
    const excel = new FakeExcel();
    excel.addSheet("签到表", [["姓名"]]);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ExcelPaneView host={createExcelHost(excel.run as never, () => true, excel.documentSettings)} />
      </FluentProvider>,
    );
    await user.click(await screen.findByRole("button", { name: "检查设置" }));
    await user.click(await screen.findByRole("button", { name: "自检" }));
    await user.click(await dialogButton("取消"));
    expect(screen.queryByRole("list", { name: "自检报告" })).toBeNull();
    expect(excel.syncs).toBe(0);
  });

  it("Word: the 检查 tab's 自检 shows a refused comment as ✗ with the error", async () => {
    const word = new FakeWord(["关于召开会议的通知"]);
    word.refuseCall = { call: "insertComment", code: "AccessDenied", message: "denied" };
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordPaneView host={createWordHost(word.run as never, () => true)} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "自检" }));
    expect(screen.getAllByRole("dialog", { hidden: true }).at(-1)).toHaveTextContent("文档末尾");
    await user.click(await dialogButton("开始自检"));
    const report = await screen.findByRole("list", { name: "自检报告" });
    await screen.findByText(/7 项通过，1 项失败/);
    const failed = within(report).getByLabelText("失败").closest("li")!;
    expect(failed).toHaveTextContent("批注（添加、删除）");
    expect(failed).toHaveTextContent("文档或工作表受保护");
    expect(word.doc.paragraphs).toEqual(["关于召开会议的通知"]);
  });
});
