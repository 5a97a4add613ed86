import { nameLikeness, readingsOf, sameSound, similarShape } from "../../../src/core/seating/similar-names";

describe("names a slip away", () => {
  it("reads characters with cnchar, every reading of a 多音字, tones dropped", () => {
    expect(readingsOf("伟")).toEqual(["wei"]);
    expect(readingsOf("长")).toEqual(expect.arrayContaining(["chang", "zhang"]));
    expect(readingsOf("A")).toEqual([]);
    expect(sameSound("伟", "玮")).toBe(true);
    expect(sameSound("伟", "华")).toBe(false);
  });

  it.each([
    ["未", "末"],
    ["己", "已"],
    ["人", "入"],
    ["大", "太"],
    ["候", "侯"],
    ["晴", "睛"],
    ["伟", "玮"],
    ["清", "请"],
  ])("%s and %s look alike", (a, b) => expect(similarShape(a, b)).toBe(true));

  it.each([
    ["伟", "华"],
    ["明", "红"],
    ["海", "河"],
    ["王", "李"],
    ["口", "田"],
  ])("%s and %s do not", (a, b) => expect(similarShape(a, b)).toBe(false));

  it.each([
    ["张玮", "张伟", "sound"],
    ["黎明", "李明", "sound"],
    ["王末", "王未", "shape"],
    ["陈晴", "陈睛", "shape"],
    ["张伟", "张伟", null],
    ["张伟", "张华", null],
    ["张伟", "张伟民", null],
    ["王建国", "李建民", null],
  ])("%s for %s: %s", (written, rostered, likeness) => {
    expect(nameLikeness(written, rostered)).toBe(likeness);
  });
});
