import { useMemo, useRef, useState } from "react";
import type { CheckOptions } from "../../core/rules/config";
import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import { type FileExcelHost, type OpenedWorkbook, createFileExcelHost } from "../../hosts/files/file-excel-host";
import type { CheckedOnRead } from "../../hosts/files/file-jobs";
import { type HeldSheet, sheetLabel } from "../../hosts/files/held-sheets";
import { checkOpenedFiles } from "../../hosts/files/roster-beside";
import type { useFileJobs } from "./useFileJobs";
import { createWorkerChecks } from "./worker-checks";

/** An opened file, and where the file worker keeps its bytes (none for a sample). */
export type Opened = OpenedWorkbook & { kept?: number };

type Check = (grids: Grid[], options: CheckOptions) => SheetReport[];

/**
 * The sheets file mode's worker holds (see held-sheets.ts): the host's questions about them, their check in the
 * worker, and reading a file again where the worker lost it (restarted after 取消, or evicted).
 */
export function useHeldSheets(jobs: ReturnType<typeof useFileJobs>, opened: Opened[]) {
  const openedNow = useRef(opened);
  openedNow.current = opened;
  /** A kept workbook read again: where it is kept now. */
  const renewed = useRef(new Map<number, number>());
  const [landed, setLanded] = useState(0);
  const said = useRef<{ host: FileExcelHost | null; bySheet: Map<string, SheetReport> }>({
    host: null,
    bySheet: new Map(),
  });
  const failed = useRef<(error: unknown) => void>(() => undefined);

  const held = useMemo(() => {
    const renew = (sheet: HeldSheet): HeldSheet => {
      let kept = sheet.kept;
      while (renewed.current.has(kept)) kept = renewed.current.get(kept)!;
      return { ...sheet, kept };
    };
    const readAgain = async () => {
      for (const file of openedNow.current) {
        if (!file.held) continue;
        const read = await jobs.run("readWorkbook", { bytes: await file.bytes(), fileName: file.fileName, hold: true });
        renewed.current.set(file.held.kept, read.kept);
        file.held.kept = read.kept;
        file.kept = read.kept;
      }
    };
    const withHeld = async <T>(ask: () => Promise<T>): Promise<T> => {
      try {
        return await ask();
      } catch (error) {
        if ((error as Error)?.name !== "KeptWorkbookGone") throw error;
        await readAgain();
        return ask();
      }
    };
    const checks = createWorkerChecks((sheets, options) =>
      withHeld(() =>
        jobs.run("checkSheets", {
          sheets: sheets.map((s) => ("held" in s ? { ...s, held: renew(s.held) } : s)),
          options,
          fileName: sheets[0]?.file ?? "",
        }),
      ),
    );
    return {
      checks,
      withHeld,
      hostOptions: {
        heldCells: (sheet: HeldSheet, addresses: string[]) =>
          withHeld(() => jobs.ask("heldCells", { held: renew(sheet), addresses, fileName: sheet.name })),
        heldRows: (sheet: HeldSheet, address: string) =>
          withHeld(() => jobs.ask("heldRows", { held: renew(sheet), address, fileName: sheet.name })),
      },
    };
  }, []);

  const remember = (host: FileExcelHost, reports: SheetReport[]) => {
    if (said.current.host !== host) said.current = { host, bySheet: new Map() };
    for (const report of reports) said.current.bySheet.set(report.sheet, report);
    return reports;
  };

  return {
    hostOptions: held.hostOptions,
    /** Runs a job that needs the held sheets, reading the files again first if the worker lost them. */
    withHeld: held.withHeld,
    /** Where a worker check that failed is said (the session's status line). */
    onFailure: (say: (error: unknown) => void) => void (failed.current = say),
    /**
     * Checks the files just read in the worker before they are shown, so the first results are the worker's: the
     * check the worker made with the read (`checked`) where it saw these sheets, else asked for now.
     */
    prepare: async (files: Opened[], options: CheckOptions | null, checked?: CheckedOnRead) => {
      if (!options || !files.some((file) => file.held)) return;
      const host = createFileExcelHost(files, { storage: null });
      const sheets = host.sheetsToCheck(await host.readWorkbook());
      if (checked && sheets.map(sheetLabel).join("\n") === checked.sheets.join("\n"))
        held.checks.remember(sheets, checked.options, checked.reports);
      await held.checks.check(sheets, options);
    },
    /**
     * The session's check over `host`: on the page where no sheet is held; otherwise the worker's findings, and
     * while the worker checks again (other settings), the findings said before.
     */
    checkOn:
      (host: FileExcelHost): Check =>
      (grids, options) => {
        if (!grids.some((grid) => host.isHeld(grid.sheet)))
          return remember(host, checkOpenedFiles(grids, options, host.fileOf));
        const sheets = host.sheetsToCheck(grids);
        const found = held.checks.found(sheets, options);
        if (found) return remember(host, found);
        held.checks.check(sheets, options).then(
          () => setLanded((n) => n + 1),
          (error: unknown) => failed.current(error),
        );
        const before = said.current.host === host ? said.current.bySheet : new Map<string, SheetReport>();
        return grids.flatMap((grid) => before.get(grid.sheet) ?? []);
      },
    /** Counts the worker checks landed: a new count is a new `checkOn` for the session to check with again. */
    landed,
  };
}
