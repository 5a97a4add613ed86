import { listGrid, readListedPeople } from "../../../src/core/replies/list-grid";
import { mergeReplies, tallyByUnit } from "../../../src/core/replies/merge";
import { noticeTerms } from "../../../src/core/replies/notice-terms";
import { quotaOfNotice } from "../../../src/core/replies/quota";
import { readReply } from "../../../src/core/replies/read-reply";
import { unitsNamedIn } from "../../../src/core/replies/units";
import type { CellValue } from "../../../src/core/table/grid";

const replyOf = (file: string, rows: CellValue[][]) =>
  readReply({ file, grids: [{ sheet: "Sheet1", rows }], receivedOn: null });

const NOTICE = `关于召开全县安全生产工作会议的通知
县应急管理局、县财政局、县住建局、城关镇：
经县政府同意，定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议。
一、参会人员
县应急管理局、县财政局、县住建局、县教育局、城关镇分管负责同志，每单位限报2人。
二、有关要求
请各单位于2026年12月1日前将参会回执报县政府办公室。
XX县人民政府办公室
2026年11月25日`.split("\n");

describe("what the notice says about its 回执", () => {
  it("names the units of 主送 and 参会范围 in order, each once, and leaves collective names out", () => {
    expect(noticeTerms(NOTICE).units).toEqual(["县应急管理局", "县财政局", "县住建局", "城关镇", "县教育局"]);
    expect(unitsNamedIn("各乡镇人民政府，县直各单位")).toEqual([]);
    expect(unitsNamedIn("请县发展改革委和县统计局主要负责同志参加")).toEqual(["县发展改革委", "县统计局"]);
  });

  it("reads the quota, the deadline and the meeting for the list's title", () => {
    const terms = noticeTerms(NOTICE);
    expect(terms.quota?.count).toBe(2);
    expect(terms.deadline?.date).toEqual({ year: 2026, month: 12, day: 1 });
    expect(terms.heading.title).toBe("全县安全生产工作会议参会名单");
    expect(terms.heading.meetingLine).toMatch(/^会议时间：2026年12月3日 09:00/);
  });

  it.each([
    ["每单位1名", 1],
    ["各乡镇分管负责同志1名", 1],
    ["每个单位限报3人", 3],
    ["县直各单位主要负责同志各两名参加", 2],
    ["会议室可容纳120人", null],
  ])("quota of “%s”: %s", (text, count) => {
    expect(quotaOfNotice([text])?.count ?? null).toBe(count);
  });
});

describe("merging 回执 into one 参会名单", () => {
  const units = ["县应急管理局", "县财政局", "县住建局"];
  const finance = replyOf("县财政局回执.xlsx", [
    ["姓名", "职务", "联系电话"],
    ["刘洋", "副局长", "13905712233"],
  ]);
  const safety = replyOf("应急局.xlsx", [
    ["单位", "姓名", "职务", "联系电话"],
    ["应急管理局", "王建国", "局长", "13905710000"],
    ["应急管理局", "王建国", "局长", "13905710000"],
  ]);

  it("takes a unit from the file's name, spells units as the notice does, orders by the notice, lists a person once", () => {
    const merged = mergeReplies([finance, safety], { expectedUnits: units, order: "notice" });
    expect(merged.people.map((p) => `${p.unit}|${p.name}|${p.source}`)).toEqual([
      "县应急管理局|王建国|应急局.xlsx",
      "县财政局|刘洋|县财政局回执.xlsx",
    ]);
    expect(merged.duplicates.map((d) => `${d.person.name} ${d.person.at.cell} ← ${d.first.from.at.cell}`)).toEqual([
      "王建国 B3 ← B2",
    ]);
    expect(tallyByUnit(merged.people, units)).toEqual([
      { unit: "县应急管理局", count: 1 },
      { unit: "县财政局", count: 1 },
      { unit: "县住建局", count: 0 },
    ]);
  });

  it("orders by 姓氏笔画 when asked", () => {
    const merged = mergeReplies([finance, safety], { expectedUnits: units, order: "strokes" });
    expect(merged.people.map((p) => p.name)).toEqual(["王建国", "刘洋"]);
  });

  it("adds only what is new to the list an earlier run made", () => {
    const first = mergeReplies([finance], { expectedUnits: units, order: "notice" });
    const grid = listGrid(first.people, first.extraHeaders, { title: "会议参会名单", meetingLine: null });
    const existing = readListedPeople(grid, "参会名单.xlsx")!;
    expect(existing.people.map((p) => p.source)).toEqual(["县财政局回执.xlsx"]);
    const again = mergeReplies([finance, safety], {
      expectedUnits: units,
      order: "notice",
      existing: existing.people,
    });
    expect(again.alreadyMerged).toEqual(["县财政局回执.xlsx"]);
    expect(again.added.map((p) => p.name)).toEqual(["王建国"]);
    expect(again.people.map((p) => p.name)).toEqual(["王建国", "刘洋"]);
  });
});
