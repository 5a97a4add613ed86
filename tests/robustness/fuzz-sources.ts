import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minutesDocx, noticeDocx } from "../../src/core/render";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { newTrackingWorkbook } from "../../src/hosts/files/tracking-workbook";
import { trackingItemsOfDraft } from "../../src/core/tracking/items";
import type { Reader } from "./fuzz-readers";

export interface Source {
  name: string;
  bytes: Uint8Array;
}

const FIXTURES = join(__dirname, "../fixtures/workbooks");
const fixture = (path: string): Source => ({
  name: path.replace(/^.*\//, ""),
  bytes: new Uint8Array(readFileSync(join(FIXTURES, path))),
});
const text = (name: string, content: string): Source => ({ name, bytes: new TextEncoder().encode(content) });

/** The README's example huiwu.config.json, with every option set. */
const SAMPLE_CONFIG = {
  rules: { "signin/late": "off", "cell/bad-phone": "info" },
  noticeDays: 5,
  lateGraceMinutes: 5,
  sealNames: ["单位公章", "财务专用章"],
  minutesDays: { info: 3, warning: 7 },
  dueSoonDays: 3,
  seatingSide: "left",
  holidays: ["2027-01-01"],
  workdays: [],
};

/** The minutes `track` appends from: the sample's decisions, renamed so they are new to the sample 台账. */
export const TRACK_MINUTES = {
  ...SAMPLE_MINUTES,
  decisions: SAMPLE_MINUTES.decisions!.map((d, i) => ({ ...d, text: `${d.text}（第${i + 1}次复查）` })),
};

/** The inputs each reader's fuzzing starts from: the product's own samples and files saved by Excel, WPS, LibreOffice. */
export async function fuzzSources(): Promise<Record<Reader, Source[]>> {
  const samples = await Promise.all(
    SAMPLE_WORKBOOKS.map(async (s) => ({ name: s.fileName, bytes: await gridsToXlsx(s.grids) })),
  );
  const tracking = samples.find((s) => s.name.includes("督办台账"))!;
  return {
    xlsx: [
      ...samples,
      fixture("formats/signin.xlsx"),
      fixture("libreoffice-signin.xlsx"),
      fixture("wps-extra.xlsx"),
      fixture("excel-merge-test.xlsx"),
    ],
    xls: [fixture("formats/signin.xls"), fixture("formats/signin-saved-as.et")],
    ods: [fixture("formats/signin.ods")],
    csv: [fixture("formats/signin-utf8-bom.csv"), fixture("formats/signin-gbk.csv")],
    docx: [
      { name: "会议通知.docx", bytes: await zipDocx(noticeDocx(SAMPLE_NOTICE)) },
      { name: "会议纪要.docx", bytes: await zipDocx(minutesDocx(SAMPLE_MINUTES)) },
    ],
    config: [text("huiwu.config.json", JSON.stringify(SAMPLE_CONFIG, null, 2))],
    draft: [
      text("会议通知.json", JSON.stringify(SAMPLE_NOTICE, null, 2)),
      text("会议纪要.json", JSON.stringify(SAMPLE_MINUTES, null, 2)),
    ],
    track: [
      tracking,
      { name: "督办台账（新建）.xlsx", bytes: await newTrackingWorkbook(trackingItemsOfDraft(SAMPLE_MINUTES)) },
    ],
  };
}
