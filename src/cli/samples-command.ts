import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gridsToXlsx } from "../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../samples";
import { FAULTY_MINUTES } from "../samples/minutes";
import { FAULTY_NOTICE } from "../samples/notices";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../samples/draft-inputs";

/** Writes the built-in sample files into a folder, for a first try of `huiwu check`. */
export async function writeSamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLE_WORKBOOKS) {
    const path = join(dir, sample.fileName);
    await writeFile(path, await gridsToXlsx(sample.grids));
    written.push(path);
  }
  for (const [name, text] of [
    ["会议通知（示例，有错误）.txt", FAULTY_NOTICE],
    ["会议纪要（示例，有错误）.txt", FAULTY_MINUTES],
    ["会议通知.json", JSON.stringify(SAMPLE_NOTICE, null, 2)],
    ["会议纪要.json", JSON.stringify(SAMPLE_MINUTES, null, 2)],
  ]) {
    const path = join(dir, name);
    await writeFile(path, text + "\n", "utf8");
    written.push(path);
  }
  return written;
}
