import { basename, extname } from "node:path";
import { setFlagsFromString } from "node:v8";
import { parseMinutesInput } from "../core/meeting/draft-input";
import { type TrackingItem, trackingItemsOfDraft } from "../core/tracking/items";
import { minutesItems } from "../hosts/files/minutes-items";
import { appendToTrackingWorkbook, newTrackingWorkbook } from "../hosts/files/tracking-workbook";
import { readJson } from "./draft-command";
import { readDocumentParagraphs } from "./lint-command";
import { updateUserFile } from "./safe-replace";
import { FileExistsError, writeOutputFile } from "./write-file";

/** The decisions of minutes (.docx, .txt, or the draft's .json) as 督办 items. */
export async function itemsOfMinutesFile(path: string): Promise<TrackingItem[]> {
  if (extname(path).toLowerCase() === ".json") return trackingItemsOfDraft(parseMinutesInput(await readJson(path)));
  return minutesItems(await readDocumentParagraphs(path), basename(path));
}

/**
 * `huiwu track 纪要.docx -o 督办台账.xlsx`: a new 督办台账, or the new items appended to the one at `-o`
 * (rows already there untouched; an item already in it is not added again). Returns the lines to print.
 */
export async function track(input: string, output: string): Promise<string[]> {
  // Appending reads the whole 台账 and rewrites its sheet: mostly short-lived garbage, which V8 lets pile up. Kept
  // small, a 125,000-row 台账 peaks at about 340 MB instead of 525 MB, for about a quarter more time.
  setFlagsFromString("--optimize-for-size");
  const items = await itemsOfMinutesFile(input);
  const lines = (await createRegister(output, items)) ?? (await appendToRegister(output, items));
  items.forEach((item, i) => {
    const name = item.matter.length > 16 ? `${item.matter.slice(0, 16)}…` : item.matter;
    if (item.note) lines.push(`  第 ${i + 1} 项（${name}）：${item.note}`);
  });
  return lines;
}

/** A new 督办台账 at `output`; null when a file is already there (made by another run meanwhile, too). */
async function createRegister(output: string, items: TrackingItem[]): Promise<string[] | null> {
  try {
    await writeOutputFile(output, await newTrackingWorkbook(items));
    return [`已生成 ${output}：${items.length} 项`];
  } catch (error) {
    if (error instanceof FileExistsError) return null;
    throw error;
  }
}

/** The items appended to the 督办台账 at `output`, which is read, changed and replaced while no other run may. */
async function appendToRegister(output: string, items: TrackingItem[]): Promise<string[]> {
  const { appending, sheet } = await updateUserFile(output, async (bytes) => {
    const appended = await appendToTrackingWorkbook(bytes, basename(output), items);
    return { bytes: appended.appending.added > 0 ? appended.bytes : null, result: appended };
  });
  const lines = [
    appending.added > 0
      ? `已在 ${output}（工作表“${sheet}”）末尾追加 ${appending.added} 项`
      : `${output} 中已有这些事项，未追加`,
  ];
  if (appending.alreadyThere > 0) lines.push(`${appending.alreadyThere} 项已在台账中，未重复添加`);
  return lines;
}
