// node build/parse-floor.cjs FILE: what `huiwu check FILE` cannot do without — start Node, load the reader and
// read the workbook into grids — and nothing else. The floor that the CLI figures are divided by.
import { readFileSync } from "node:fs";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";

const file = process.argv[2];
readWorkbookGrids(new Uint8Array(readFileSync(file)), file).then((grids) => {
  if (grids.length === 0) process.exitCode = 1;
});
