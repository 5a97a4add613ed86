import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gridsToXlsx } from "../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../samples";

/** Writes the built-in sample files into a folder, for a first try of `huiwu check`. */
export async function writeSamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLE_WORKBOOKS) {
    const path = join(dir, sample.fileName);
    await writeFile(path, await gridsToXlsx(sample.grids));
    written.push(path);
  }
  return written;
}
