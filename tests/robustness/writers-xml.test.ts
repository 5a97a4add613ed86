import fc from "fast-check";
import JSZip from "jszip";
import { nameCardsDocx, cardName } from "../../src/core/cards/name-cards";
import { noticeDocx } from "../../src/core/render";
import { checkedAtNow } from "../../src/core/report/checked-at";
import { reportContent } from "../../src/core/report/report";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { seatingChart } from "../../src/core/seating/chart";
import { trackingItemsOfDraft } from "../../src/core/tracking/items";
import { dropForbidden } from "../../src/core/xml/escape";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { seatingWorkbook } from "../../src/hosts/files/seating-workbook";
import { appendToTrackingWorkbook, newTrackingWorkbook } from "../../src/hosts/files/tracking-workbook";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { type ReportCell, reportSheetXml } from "../../src/hosts/files/xlsx-patch/report-sheet";
import {
  MARKS_NAMESPACE,
  type MarkRecord,
  markName,
  markRecordXml,
  parseMarkRecord,
} from "../../src/hosts/excel/mark-record";
import { jsonPartValue, jsonPartXml } from "../../src/core/xml/json-part";
import { hostileText } from "./hostile-text";
import { parseWellFormed } from "./well-formed-xml";

/**
 * Every writer that puts user text into XML, over text holding & < > " ', every character XML 1.0 forbids and
 * Excel's own `_xHHHH_` escapes: the output parses as well-formed XML, and the text reads back as it was, less
 * what XML cannot hold (Excel keeps that as `_xHHHH_` and reads it back; Word loses it, U+000B becoming a line
 * break in a run or a space elsewhere).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

/** SpreadsheetML's ST_Xstring as Excel reads it: each `_xHHHH_` is one UTF-16 unit, in one pass. */
const excelText = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function elementTexts(xml: string, localName: string): string[] {
  const doc = parseWellFormed(xml);
  return Array.from(doc.getElementsByTagNameNS("*", localName)).map((node) => node.textContent ?? "");
}

/** Every string a spreadsheet package holds in its cells (inline, formula-string and shared), as Excel reads it. */
async function spreadsheetStrings(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))) {
    const xml = await zip.file(name)!.async("string");
    parseWellFormed(xml); // every part, not only those with text
    if (/worksheets\/|sharedStrings/.test(name))
      texts.push(...elementTexts(xml, "t").map(excelText), ...elementTexts(xml, "v").map(excelText));
  }
  return texts;
}

async function docxParts(parts: Record<string, string>): Promise<void> {
  for (const xml of Object.values(parts)) parseWellFormed(xml);
}

/** The paragraphs' text of a WordprocessingML body as Word reads it: w:t text, w:br as U+000B, w:tab as a tab. */
function wordText(xml: string): string {
  const doc = parseWellFormed(xml);
  let text = "";
  const walk = (node: Node) => {
    if (node.nodeType === 1) {
      const name = (node as Element).localName;
      if (name === "t") text += node.textContent ?? "";
      else if (name === "br") text += "\u000B";
      else if (name === "tab") text += "\t";
      else if (name === "p") text += "\n";
    }
    if (!(node.nodeType === 1 && (node as Element).localName === "t"))
      for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(doc as unknown as Node);
  return text;
}

/** What Word keeps of a run's text: the forbidden characters dropped, U+000B kept as a line break. */
const inRun = (text: string) => text.split("\u000B").map(dropForbidden).join("\u000B");

describe("every XML writer over any text", () => {
  it("the 核对报告 sheet: cells and hyperlinks read back as written", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (text, link) => {
        const rows: ReportCell[][] = [[{ text: "核对报告" }], [{ text, link }]];
        const xml = reportSheetXml({ rows, widths: [10], headerRow: 1 });
        if (text !== "") expect(elementTexts(xml, "t").map(excelText)).toContain(text);
        const hyperlinks = Array.from(parseWellFormed(xml).getElementsByTagNameNS("*", "hyperlink"));
        const linked = text !== "" && link !== "";
        expect(hyperlinks.map((h) => excelText(h.getAttribute("display") ?? ""))).toEqual(linked ? [text] : []);
        expect(hyperlinks.map((h) => excelText(h.getAttribute("location") ?? ""))).toEqual(linked ? [link] : []);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("track's append to a 督办台账: the new items read back as written", async () => {
    const existing = await newTrackingWorkbook(
      trackingItemsOfDraft({
        start: "2026-12-03T09:00",
        decisions: [{ text: "开展安全检查", owner: "县应急管理局", deadline: "2026-12-15" }],
      }),
    );
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (text, owner) => {
        const items = trackingItemsOfDraft({
          start: "2026-12-03T09:00",
          decisions: [{ text: `整改${text}`, owner: `县${owner}局`, deadline: "2026-12-20" }],
        });
        fc.pre(items.length === 1);
        const { bytes, appending } = await appendToTrackingWorkbook(existing, "督办台账.xlsx", items);
        const strings = await spreadsheetStrings(bytes);
        if (appending.added) expect(strings).toContain(items[0].matter);
      }),
      { numRuns: RUNS },
    );
  });

  it("the 座次图 workbook: every name and unit read back as written", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: hostileText, unit: hostileText }), { minLength: 1, maxLength: 4 }),
        async (people) => {
          const chart = seatingChart(people);
          const roster = { sheet: "参会名单", rows: [["姓名", "单位"], ...people.map((p) => [p.name, p.unit])] };
          const strings = await spreadsheetStrings(await seatingWorkbook(chart, [roster]));
          for (const value of [...chart.rows.flat(), ...people.flatMap((p) => [p.name, p.unit])])
            if (value) expect(strings).toContain(value);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("the 桌签 document: each name and unit as WordArt text, less what XML cannot hold", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (name, unit) => {
        const parts = nameCardsDocx([{ name, unit }], { unit: true });
        void docxParts(parts);
        const shapes = Array.from(parseWellFormed(parts["word/document.xml"]).getElementsByTagNameNS("*", "textpath"));
        const written = shapes.map((s) => s.getAttribute("string")).filter((s) => s !== null);
        const printed = dropForbidden(cardName(name));
        if (printed.trim() !== "") expect(written).toContain(printed);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("a drafted notice: the text of each field, less what XML cannot hold, a soft break as a line break", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (place, attendees) => {
        const parts = noticeDocx({ title: "关于召开会议的通知", name: "全县工作会议", place, attendees });
        void docxParts(parts);
        const text = wordText(parts["word/document.xml"]);
        for (const field of [place, attendees]) {
          const kept = inRun(field).replace(/[\t\n\r]/g, "");
          if (kept.trim() !== "") expect(text.replace(/[\t\n\r]/g, "")).toContain(kept.trim());
        }
        expect(parts["docProps/core.xml"]).toBeDefined();
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("the checked copy: a name that a finding quotes is well-formed in the copy and its 核对报告", async () => {
    const names = ruleNamesOf(REGISTER_RULES);
    await fc.assert(
      fc.asyncProperty(hostileText, async (name) => {
        const grids = [
          {
            sheet: "签到表",
            rows: [
              ["会议时间：2026年12月3日上午9:00"],
              ["序号", "姓名", "单位", "签到时间"],
              [1, name, "县财政局", "08:50"],
              [2, name, "县财政局", "08:55"],
            ],
          },
        ];
        const bytes = await gridsToXlsx(grids);
        const sheets = checkWorkbook(grids).sheets;
        const copy = await checkedCopy(
          bytes,
          "签到表.xlsx",
          grids,
          sheets,
          reportContent(sheets, checkedAtNow(), names),
        );
        const strings = await spreadsheetStrings(copy);
        if (name !== "") expect(strings).toContain(name);
      }),
      { numRuns: RUNS },
    );
  });

  it("the custom XML parts (the marks record, WPS's settings): any text reads back exactly", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (sheet, colour) => {
        const record: MarkRecord = {
          v: 1,
          marks: [{ name: markName(1), sheet, cell: "B3", colour, fill: { color: colour, pattern: sheet } }],
        };
        const xml = markRecordXml(record);
        parseWellFormed(xml);
        expect(jsonPartValue(xml, "marks")).toEqual(record);
        const settings = jsonPartXml("settings", "urn:huiwu:settings", { sealNames: [sheet, colour] });
        parseWellFormed(settings);
        expect(jsonPartValue(settings, "settings")).toEqual({ sealNames: [sheet, colour] });
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("a marks record written before the one escaper (only & < > referenced) still reads", async () => {
    const old = `<marks xmlns="${MARKS_NAMESPACE}">{"v":1,"marks":[{"name":"_huiwu_mark_1","sheet":"A&amp;B&lt;&gt;","cell":"B3","colour":"#FF0000","fill":{"color":"#FFFFFF"}}]}</marks>`;
    expect((await parseMarkRecord(old)).marks[0].sheet).toBe("A&B<>");
  });
});
