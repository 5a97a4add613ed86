import { type TrackingItem, trackingItemsOfParagraphs } from "../../core/tracking/items";
import { FileReadError } from "./file-error";

/** The 督办 items of a document's paragraphs; a notice, or minutes with no decision, is refused in one line. */
export function minutesItems(paragraphs: string[], fileName: string): TrackingItem[] {
  const { kind, items } = trackingItemsOfParagraphs(paragraphs);
  if (kind === "notice") throw new FileReadError(`${fileName}：这是会议通知，不是会议纪要，没有议定事项可登记`);
  if (items.length === 0)
    throw new FileReadError(`${fileName}：没有找到议定事项（纪要中“会议同意/决定/要求……”或编号的事项）`);
  return items;
}
