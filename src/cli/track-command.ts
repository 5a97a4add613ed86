import { existsSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseMinutesInput } from "../core/meeting/draft-input";
import { type TrackingItem, trackingItemsOfDraft } from "../core/tracking/items";
import { minutesItems } from "../hosts/files/minutes-items";
import { appendToTrackingWorkbook, newTrackingWorkbook } from "../hosts/files/tracking-workbook";
import { readJson } from "./draft-command";
import { readDocumentParagraphs } from "./lint-command";
import { readFileBytes } from "./read-file";
import { replaceFile, writeOutputFile } from "./write-file";

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
  const items = await itemsOfMinutesFile(input);
  const lines: string[] = [];
  if (existsSync(output)) {
    const { bytes, appending, sheet } = await appendToTrackingWorkbook(
      await readFileBytes(output),
      basename(output),
      items,
    );
    if (appending.added > 0) await replaceFile(output, bytes);
    lines.push(
      appending.added > 0
        ? `已在 ${output}（工作表“${sheet}”）末尾追加 ${appending.added} 项`
        : `${output} 中已有这些事项，未追加`,
    );
    if (appending.alreadyThere > 0) lines.push(`${appending.alreadyThere} 项已在台账中，未重复添加`);
  } else {
    await writeOutputFile(output, await newTrackingWorkbook(items));
    lines.push(`已生成 ${output}：${items.length} 项`);
  }
  items.forEach((item, i) => {
    const name = item.matter.length > 16 ? `${item.matter.slice(0, 16)}…` : item.matter;
    if (item.note) lines.push(`  第 ${i + 1} 项（${name}）：${item.note}`);
  });
  return lines;
}
