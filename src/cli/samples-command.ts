import { join } from "node:path";
import { gridsToXlsx } from "../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../samples";
import { FAULTY_MINUTES } from "../samples/minutes";
import { FAULTY_NOTICE } from "../samples/notices";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../samples/draft-inputs";
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
  return result;
}
