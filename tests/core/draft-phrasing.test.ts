import fc from "fast-check";
import { minutesBlocks, noticeBlocks } from "../../src/core/meeting/notice-text";
import { checkDocument } from "../../src/core/rules/run-text";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const punctuation = fc.constantFrom("", "，", "。", "：", "；", ",", ".", " ");
const name = fc.constantFrom("全县安全生产工作会议", "2026年全市会务工作培训会", "县政府第12次常务会议");
/** Purposes as secretaries write them: a reason alone, or one that already says the meeting is held. */
const purpose = (meeting: string) =>
  fc.constantFrom(
    "",
    "为研究部署今冬明春安全生产工作",
    "为研究部署今冬明春安全生产工作，经县政府同意",
    `定于2026年12月3日召开${meeting}`,
    `经研究，决定召开${meeting}`,
    `为做好会务工作，市政府办公室定于12月3日举办${meeting}`,
    "为研究部署有关工作，现将有关事项通知如下",
  );
const TWO_MARKS = /[，。：；、,.:;]{2}/;

describe("the draft says each thing once, in its own words", () => {
  it("a notice never doubles its template's phrases nor leaves ：。", () => {
    fc.assert(
      fc.property(
        name.chain((meeting) => fc.tuple(fc.constant(meeting), purpose(meeting), punctuation)),
        ([meeting, why, mark]) => {
          const blocks = noticeBlocks({ ...SAMPLE_NOTICE, name: meeting, purpose: why + mark });
          const opening = blocks.find((b) => b.kind === "body")!.text;
          expect(opening.split(`召开${meeting}`).length - 1 + (opening.split(`举办${meeting}`).length - 1)).toBe(1);
          expect(opening.split("现将有关事项通知如下").length - 1).toBe(1);
          for (const b of blocks) expect(b.text).not.toMatch(TWO_MARKS);
          const findings = checkDocument({ paragraphs: blocks.map((b) => b.text), fromForm: true }).findings;
          expect(findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("minutes never read …纪要如下：。会议议定如下：", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "研究部署今冬明春安全生产工作", "现将会议议定事项纪要如下", "研究了有关工作。现纪要如下"),
        punctuation,
        (summary, mark) => {
          const blocks = minutesBlocks({ ...SAMPLE_MINUTES, summary: summary + mark });
          for (const b of blocks) expect(b.text).not.toMatch(TWO_MARKS);
          const opening = blocks.find((b) => b.kind === "body")!.text;
          expect(opening.match(/如下：/g)?.length ?? 0).toBe(1);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("会议目的 in the opening", () => {
  it.each([
    ["总结今年防汛工作", "为总结今年防汛工作，决定召开全县防汛工作会议。现将有关事项通知如下："],
    ["为总结今年防汛工作", "为总结今年防汛工作，决定召开全县防汛工作会议。现将有关事项通知如下："],
    ["根据县委安排", "根据县委安排，决定召开全县防汛工作会议。现将有关事项通知如下："],
  ])("%s → %s", (purpose, opening) => {
    const blocks = noticeBlocks({ name: "全县防汛工作会议", purpose });
    expect(blocks.find((b) => b.kind === "body")!.text).toBe(opening);
  });
});
