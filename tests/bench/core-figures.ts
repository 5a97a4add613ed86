import { checkWorkbook } from "../../src/core/rules/run-registers";
import type { Grid } from "../../src/core/table/grid";
import { type Figure, atMost, plain, time } from "./figure";
import { HEADER_ROWS, JOIN_COLUMNS, signinWorkbook } from "./generate";

/** The baseline: touch every cell once, turning it into a trimmed string. */
function scan(grids: Grid[]): number {
  let n = 0;
  for (const grid of grids)
    for (const row of grid.rows) for (const cell of row) n += (cell === null ? "" : String(cell)).trim().length;
  return n;
}

/**
 * The floor under any check of this sheet: only the hash joins it cannot do without (who signed twice, who
 * shares a phone, who on the roster signed), on the raw cells, with no normalization and no findings.
 */
function joinFloor([signin, roster]: Grid[]): number {
  const byName = new Map<unknown, unknown>();
  const byPhone = new Map<unknown, unknown>();
  for (let i = HEADER_ROWS.signin; i < signin.rows.length; i++) {
    const row = signin.rows[i];
    if (!byName.get(row[JOIN_COLUMNS.signinName])) byName.set(row[JOIN_COLUMNS.signinName], row);
    if (!byPhone.get(row[JOIN_COLUMNS.signinPhone])) byPhone.set(row[JOIN_COLUMNS.signinPhone], row);
  }
  let matched = 0;
  for (let i = HEADER_ROWS.roster; i < roster.rows.length; i++)
    if (byName.get(roster.rows[i][JOIN_COLUMNS.rosterName])) matched++;
  return matched;
}

export async function coreFigures(runs: number): Promise<Record<string, Figure>> {
  const big = signinWorkbook(100_000);
  // The first check in a fresh process is what a user waits for: nothing compiled, no name cached yet.
  const firstCheckMs = await time(() => checkWorkbook(big), 1);
  const checkMs = await time(() => checkWorkbook(big), runs);
  // A sheet signed at several doors is in no order: the roster's order is no help to the attendance join there.
  const shuffled = signinWorkbook(100_000, 7, true);
  const shuffledMs = await time(() => checkWorkbook(shuffled), runs);
  const scanMs = await time(() => scan(big), runs);
  const joinFloorMs = await time(() => joinFloor(big), runs);
  // Small sheets take a few ms, where one GC pause moves the median: they get more runs.
  const perRow = async (rows: number, times: number) => {
    const grids = signinWorkbook(rows);
    return (await time(() => checkWorkbook(grids), times)) / rows;
  };
  const small = await perRow(1_000, runs * 8);
  const middle = await perRow(10_000, runs * 3);
  const large = checkMs / 100_000;
  return {
    "core.firstCheckMs": plain(firstCheckMs),
    "core.checkMs": atMost(checkMs, 1000),
    "core.checkMs.shuffled": plain(shuffledMs),
    "core.shuffledRatio": atMost(shuffledMs / checkMs, 1.3),
    "core.scanMs": plain(scanMs),
    "core.joinFloorMs": plain(joinFloorMs),
    "core.joinFloorRatioToScan": plain(joinFloorMs / scanMs),
    "core.rowsPerSecond": plain(Math.round(100_000 / (checkMs / 1000))),
    "core.msPer1000Rows.1k": plain(small * 1000),
    "core.msPer1000Rows.10k": plain(middle * 1000),
    "core.msPer1000Rows.100k": plain(large * 1000),
    "core.scaling": atMost(large / small, 1.5),
  };
}
