import { byStrokes } from "../../src/core/meeting/name-order";

describe("姓氏笔画 order", () => {
  it("orders by the surname's stroke count", () => {
    expect(byStrokes(["王建国", "丁一", "李娜", "于洋"])).toEqual(["丁一", "于洋", "王建国", "李娜"]);
  });
  it("breaks a tie of stroke count by the first strokes, 横竖撇点折", () => {
    // 于 and 马 both have 3 strokes: 于 starts with 横, 马 with 折.
    expect(byStrokes(["马丽", "于洋"])).toEqual(["于洋", "马丽"]);
    // 刘 and 孙 both have 6: 刘 starts with 点, 孙 with 折.
    expect(byStrokes(["孙丽", "刘洋"])).toEqual(["刘洋", "孙丽"]);
  });
  it("compares the given name when surnames are the same", () => {
    expect(byStrokes(["王建国", "王芳"])).toEqual(["王芳", "王建国"]);
  });
});
