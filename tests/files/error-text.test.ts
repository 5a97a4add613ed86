import { BUG_TEXT, errorText } from "../../src/taskpane/components/Status";
import { FileReadError } from "../../src/hosts/files/file-error";
import { HostError } from "../../src/hosts/office/host-error";

describe("the pane's error line (errorText)", () => {
  it("shows the product's own Chinese lines as they are", () => {
    expect(errorText(new FileReadError("签到.xlsx：文件已损坏或不完整，无法读取"))).toBe(
      "签到.xlsx：文件已损坏或不完整，无法读取",
    );
    expect(errorText(new HostError("文档或工作表受保护（或为只读），无法写入"))).toBe(
      "文档或工作表受保护（或为只读），无法写入",
    );
    // A line relayed from the file worker arrives as a plain Error.
    expect(errorText(new Error("名单.csv：第 2 行的单元格超过 32,767 个字符"))).toBe(
      "名单.csv：第 2 行的单元格超过 32,767 个字符",
    );
  });

  it("says an English error is a bug in the tool, leaving its detail to the console", () => {
    const console = jest.spyOn(global.console, "error").mockImplementation(() => {});
    try {
      for (const error of [new TypeError("Sheet name cannot exceed 31 chars"), "boom", undefined]) {
        expect(errorText(error)).toBe(BUG_TEXT);
        expect(console).toHaveBeenLastCalledWith(error);
      }
      expect(BUG_TEXT).toMatch(/会务助手本身的缺陷.*交给维护人员/);
    } finally {
      console.mockRestore();
    }
  });
});
