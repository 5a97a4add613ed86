import { addSheetUndoWarning, addedSheetUndoNote, excelUndoBehaviour, fixUndoNote } from "../../src/hosts/office/undo";

const office = (max: string) => ({
  context: {
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "ExcelApi" && Number(version.split(".")[1]) <= Number(max.split(".")[1]),
    },
  },
});

describe("what Excel's undo does with the pane's writes, by build", () => {
  it("keeps undo from ExcelApi 1.20 (Undo support with the Excel JavaScript API), clears it before", () => {
    expect(excelUndoBehaviour(office("1.20"))).toBe("kept");
    expect(excelUndoBehaviour(office("1.21"))).toBe("kept");
    expect(excelUndoBehaviour(office("1.17"))).toBe("cleared"); // Office 2024 as sold
    expect(excelUndoBehaviour(office("1.14"))).toBe("cleared"); // Office 2021
    expect(excelUndoBehaviour(undefined)).toBe("unknown"); // WPS, a browser
  });

  it("warns before adding a sheet only where it clears undo, and says the same for the report afterwards", () => {
    expect(addSheetUndoWarning("kept")).toBe("");
    expect(addSheetUndoWarning("cleared")).toMatch(/这个版本的 Excel 添加工作表会清空撤销记录/);
    expect(addSheetUndoWarning("unknown")).toMatch(/较早版本的 Excel/);
    expect(addedSheetUndoNote("kept")).toBe("");
    expect(addedSheetUndoNote("cleared")).toMatch(/清空撤销记录/);
  });

  it("says a fix can be undone with Excel's 撤销 only where the build keeps it", () => {
    expect(fixUndoNote("kept")).toMatch(/Excel 的“撤销”/);
    expect(fixUndoNote("cleared")).toMatch(/无法撤销加载项的修改/);
    expect(fixUndoNote("unknown")).toBe("可在此处撤销。");
  });
});
