import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { cellOf } from "../../src/core/rules/finding";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { trackingItemsOfParagraphs } from "../../src/core/tracking/items";
import { newTrackingGrid } from "../../src/core/tracking/register";
import { loadCorpus } from "./score";
import { printedLines } from "./variants";

/**
 * Every set of real minutes in the corpus turned into a 督办台账 and checked on the day the minutes were
 * made: each finding must be one the row's own note already owns up to (no owner, no deadline in the
 * minutes). Anything else is a false finding the conversion made.
 */
describe("real minutes to a 督办台账 and back", () => {
  const minutes = loadCorpus().filter((t) => t.annotation.kind === "minutes");

  it.each(minutes.map((t) => [t.name, t] as const))("%s", (_name, text) => {
    const { items } = trackingItemsOfParagraphs(text.paragraphs);
    const sourceDay = /（.*?(\d{4})年(\d{1,2})月(\d{1,2})日）$/.exec(items[0]?.source ?? "");
    const checkDate = sourceDay
      ? { year: Number(sourceDay[1]), month: Number(sourceDay[2]), day: Number(sourceDay[3]) }
      : undefined;
    const [sheet] = checkWorkbook([newTrackingGrid(items)], { ...DEFAULT_OPTIONS, checkDate }).sheets;
    if (items.length === 0) return;
    expect(sheet.kind).toBe("tracking");
    const unexplained = sheet.findings.filter((finding) => {
      if (finding.severity === "info") return false;
      const item = items[(cellOf(finding)?.row ?? 0) - 3];
      if (finding.ruleId === "tracking/no-owner") return !item?.note.includes("责任单位");
      if (finding.ruleId === "tracking/no-deadline") return !item?.note.includes("时限");
      return true;
    });
    expect(unexplained.map((f) => `${cellOf(f)?.cell} ${f.message}`)).toEqual([]);
  });
});

describe("minutes copied out of a PDF to a 督办台账", () => {
  const minutes = loadCorpus().filter((t) => t.annotation.kind === "minutes");

  // A printed line that happens to end a paragraph cannot always be told from one that runs on: 26 of 29
  // give the same items (2 of 29 before the lines were joined again).
  it("give the items the minutes as written give, in nearly every text", () => {
    const same = minutes.filter((t) => {
      const printed = t.paragraphs.flatMap((p) => (p.trim() ? printedLines(p.trim()) : [p]));
      return (
        JSON.stringify(trackingItemsOfParagraphs(printed).items) ===
        JSON.stringify(trackingItemsOfParagraphs(t.paragraphs).items)
      );
    });
    expect(same.length / minutes.length).toBeGreaterThanOrEqual(0.85);
  });
});
