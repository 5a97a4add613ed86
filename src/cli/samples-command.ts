import { utimes } from "node:fs/promises";
import { join } from "node:path";
import { sampleNoticeFile, sampleReplyFiles } from "../hosts/files/sample-reply-files";
import { gridsToXlsx } from "../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../samples";
import { FAULTY_MINUTES } from "../samples/minutes";
import { FAULTY_NOTICE } from "../samples/notices";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../samples/draft-inputs";
import { REPLY_FOLDER } from "../samples/replies";
import { FileExistsError, ensureFolder, writeOutputFile } from "./write-file";

export interface SamplesWritten {
  written: string[];
  /** Files already in the folder: kept as they are, since the user may have edited them. */
  kept: string[];
}

/** Writes the built-in sample files into a folder, for a first try of `huiwu check`; never replaces a file. */
export async function writeSamples(dir: string): Promise<SamplesWritten> {
  await ensureFolder(dir);
  const result: SamplesWritten = { written: [], kept: [] };
  const write = async (path: string, data: Uint8Array | string) => {
    try {
      await writeOutputFile(path, data);
      result.written.push(path);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      result.kept.push(path);
    }
  };
  for (const sample of SAMPLE_WORKBOOKS) await write(join(dir, sample.fileName), await gridsToXlsx(sample.grids));
  for (const [name, text] of [
    ["会议通知（示例，有错误）.txt", FAULTY_NOTICE],
    ["会议纪要（示例，有错误）.txt", FAULTY_MINUTES],
    ["会议通知.json", JSON.stringify(SAMPLE_NOTICE, null, 2)],
    ["会议纪要.json", JSON.stringify(SAMPLE_MINUTES, null, 2)],
  ]) {
    await write(join(dir, name), text + "\n");
  }
  await writeReplySamples(dir, write, result);
  return result;
}

/**
 * The notice with its 回执 form, and a folder of the 回执 five units sent back, each dated the day it came (so
 * `huiwu replies` finds the late one by its file's date): `huiwu replies 通知 回执（示例） -o 参会名单.xlsx`.
 */
async function writeReplySamples(
  dir: string,
  write: (path: string, data: Uint8Array | string) => Promise<void>,
  result: SamplesWritten,
) {
  const notice = await sampleNoticeFile();
  await write(join(dir, notice.name), notice.bytes);
  const folder = join(dir, REPLY_FOLDER);
  await ensureFolder(folder);
  for (const reply of await sampleReplyFiles()) {
    const path = join(folder, reply.name);
    await write(path, reply.bytes);
    if (!result.written.includes(path)) continue; // a file the user already has keeps its date too
    const received = new Date(reply.lastModified);
    await utimes(path, received, received).catch(() => undefined);
  }
}
