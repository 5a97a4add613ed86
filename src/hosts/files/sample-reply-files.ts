import { docxLetterWithFormParts, docxTableParts } from "../../core/replies/docx-table";
import {
  REPLY_FORM,
  REPLY_NOTICE_FILE,
  REPLY_NOTICE_PARAGRAPHS,
  REPLY_NOTICE_TITLE,
  SAMPLE_REPLIES,
  type SampleReply,
} from "../../samples/replies";
import { zipDocx } from "./write-docx";
import { gridsToXlsx } from "./write-xlsx";

/** A built-in sample as a file: its name, its bytes, and the day it came (its modification time). */
export interface SampleFile {
  name: string;
  bytes: Uint8Array;
  lastModified: number;
}

/** The sample notice with its 回执 form, as a .docx. */
export async function sampleNoticeFile(): Promise<SampleFile> {
  const bytes = await zipDocx(docxLetterWithFormParts(REPLY_NOTICE_TITLE, REPLY_NOTICE_PARAGRAPHS, REPLY_FORM));
  return { name: REPLY_NOTICE_FILE, bytes, lastModified: Date.now() };
}

/** A sample 回执 in the format the unit sent it: a .csv with a BOM, as Excel saves a UTF-8 .csv. */
export async function sampleReplyBytes(content: SampleReply["content"]): Promise<Uint8Array> {
  if (content.kind === "xlsx") return gridsToXlsx(content.grids);
  if (content.kind === "docx") return zipDocx(docxTableParts(content.table));
  return new TextEncoder().encode("\uFEFF" + content.text);
}

/** The five units' sample 回执, each dated the morning it came. */
export async function sampleReplyFiles(replies = SAMPLE_REPLIES): Promise<SampleFile[]> {
  const files: SampleFile[] = [];
  for (const reply of replies) {
    const { year, month, day } = reply.receivedOn;
    const lastModified = new Date(year, month - 1, day, 10).getTime();
    files.push({ name: reply.fileName, bytes: await sampleReplyBytes(reply.content), lastModified });
  }
  return files;
}
