import type { CheckOptions } from "../../core/rules/config";
import type { SheetReport } from "../../core/rules/run-registers";
import type { SheetToCheck } from "../../hosts/files/held-sheets";

const rowIds = new WeakMap<object, number>();
let nextRowId = 1;
const idOf = (rows: object) => rowIds.get(rows) ?? (rowIds.set(rows, nextRowId), nextRowId++);

/** What a check saw: the options, and each sheet by its rows (a write gives new rows) or its held reference. */
function checkKey(sheets: SheetToCheck[], options: CheckOptions): string {
  const seen = sheets.map((s) => ("grid" in s ? [s.file, s.grid.sheet, idOf(s.grid.rows)] : [s.file, s.held]));
  return JSON.stringify([options, seen]);
}

const REMEMBERED = 4;

/**
 * File mode's checks made in the worker, remembered by what they saw: the session checks synchronously, so it is
 * answered from here once the worker has checked (`found`); `check` asks the worker, once per sheets and options.
 */
export function createWorkerChecks(run: (sheets: SheetToCheck[], options: CheckOptions) => Promise<SheetReport[]>) {
  const done = new Map<string, SheetReport[]>();
  const running = new Map<string, Promise<SheetReport[]>>();
  const keep = (key: string, reports: SheetReport[]) => {
    done.set(key, reports);
    if (done.size > REMEMBERED) done.delete(done.keys().next().value!);
    return reports;
  };
  return {
    found: (sheets: SheetToCheck[], options: CheckOptions) => done.get(checkKey(sheets, options)),
    /** A check the worker made unasked (with the read of the sheets), kept as if `check` had asked for it. */
    remember(sheets: SheetToCheck[], options: CheckOptions, reports: SheetReport[]): void {
      keep(checkKey(sheets, options), reports);
    },
    check(sheets: SheetToCheck[], options: CheckOptions): Promise<SheetReport[]> {
      const key = checkKey(sheets, options);
      const ready = done.get(key);
      if (ready) return Promise.resolve(ready);
      const asked =
        running.get(key) ??
        run(sheets, options)
          .then((reports) => keep(key, reports))
          .finally(() => running.delete(key));
      running.set(key, asked);
      return asked;
    },
  };
}

export type WorkerChecks = ReturnType<typeof createWorkerChecks>;
