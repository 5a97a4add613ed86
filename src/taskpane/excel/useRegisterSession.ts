import { useEffect, useMemo, useRef, useState } from "react";
import { checkedAtNow } from "../../core/report/checked-at";
import { cellsToMark, reportContent } from "../../core/report/report";
import type { CheckOptions, ConfigFile } from "../../core/rules/config";
import { type CellFix, type Finding, cellOf } from "../../core/rules/finding";
import { ruleNamesOf } from "../../core/rules/rule-names";
import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import type { ExcelHost } from "../../hosts/excel/excel-host";
import { type StatusMessage, errorText } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { useLazyModule } from "../components/useLazyModule";
import { S } from "../strings";
import type { KnownSheets } from "./check-changed-charts";
import { type RegisterEngine, loadRegisterEngine } from "./load-register-engine";
import { optionsOf } from "./register-settings";

/**
 * One register check over a host: read (all sheets or the active one) with progress and cancel, the findings under
 * the stored settings and a typed meeting start, the finding picked, marks, the report sheet, fixes and settings.
 */
export interface SessionOptions {
  /** How the grids read are checked: the whole workbook at once unless the host knows better (file mode's files). */
  check?: (engine: RegisterEngine, grids: Grid[], options: CheckOptions) => SheetReport[];
  /** What the settings lines say of where they are kept: this workbook (S.settings) or this browser. */
  words?: SettingsWords;
}

export interface SettingsWords {
  intro: string;
  save: string;
  saved: string;
  invalid: (detail: string) => string;
}

const checkWhole: NonNullable<SessionOptions["check"]> = (engine, grids, options) =>
  engine.checkWorkbook(grids, options).sheets;

export function useRegisterSession(
  host: ExcelHost & KnownSheets,
  { check: checkGrids = checkWhole, words = S.settings }: SessionOptions = {},
) {
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [start, setStart] = useState("");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [config, setConfig] = useState<ConfigFile>({});
  const [recordBroken, setRecordBroken] = useState(false);
  const engine = useLazyModule(loadRegisterEngine, (error) => setStatus({ intent: "error", text: errorText(error) }));

  useEffect(() => {
    host.loadSettings().then(
      (stored) => stored && typeof stored === "object" && setConfig(stored as ConfigFile),
      () => undefined, // a host without document settings checks with the defaults
    );
  }, [host]);

  const settings = useMemo(() => (engine ? optionsOf(engine, config) : null), [engine, config]);
  /** The options a check runs with: the settings, today, and the meeting start typed in the pane. */
  const checkOptions: CheckOptions | null = useMemo(() => {
    if (!engine || !settings) return null;
    const reading = start ? engine.parseDateTimeText(start.replace("T", " ")) : null;
    const meetingStart = reading?.ok && reading.value.date ? reading.value : undefined;
    const checkDate = engine.localDateOf(new Date());
    return { ...settings.options, checkDate, ...(meetingStart ? { meetingStart } : {}) };
  }, [start, engine, settings]);
  /** After only 座次图 were read again (a swap), only they and their 名单 are checked again: see readSheets. */
  const checkChanged = useMemo(
    () => engine && engine.checkingChangedChartsOnly((read, options) => checkGrids(engine, read, options), host),
    [engine, checkGrids, host],
  );
  const sheets: SheetReport[] = useMemo(
    () => (grids && checkChanged && checkOptions ? checkChanged(grids, checkOptions) : []),
    [grids, checkChanged, checkOptions],
  );
  const ruleNames = useMemo(() => ruleNamesOf(engine?.REGISTER_RULES ?? []), [engine]);
  const needsStart = sheets.some((s) => s.kind === "signin" && !s.meetingStart) || start !== "";

  const { busy, attempt } = useBusyAction(setStatus, () => setProgress(null));

  /** Reads the workbook (or the active sheet) again and checks it; `done` is the status to show after. */
  const readAndCheck = async (activeOnly: boolean, done: StatusMessage = null) => {
    setStatus(null);
    setSelected(null);
    abort.current = new AbortController();
    await loadRegisterEngine();
    const read = await host.readWorkbook({
      activeOnly,
      signal: abort.current.signal,
      onProgress: (n, total) => setProgress({ done: n, total }),
    });
    const caveat = read.length > 0 ? host.mergedAreasCaveat() : null;
    if (read.length === 0) setStatus({ intent: "info", text: S.excel.emptyWorkbook });
    else if (done) setStatus(caveat ? { ...done, text: `${done.text}${caveat}` } : done);
    else if (caveat) setStatus({ intent: "warning", text: caveat });
    setGrids(read);
  };

  /**
   * Reads only these sheets again (a 座次图 after a swap) and checks them beside the sheets read before, which keep
   * their findings; `done` is the status to show after.
   */
  const readSheets = async (names: string[], done: StatusMessage) => {
    setSelected(null);
    const read = await host.readWorkbook({ sheets: names });
    const fresh = new Map(read.map((grid) => [grid.sheet, grid]));
    setGrids((before) =>
      (before ?? []).flatMap((grid) => fresh.get(grid.sheet) ?? (names.includes(grid.sheet) ? [] : [grid])),
    );
    setStatus(done);
  };

  /** A damaged marks' record: say so (the error passes on to the status line) and offer to discard it. */
  const noticeBrokenRecord = (error: unknown): never => {
    if ((error as { code?: string })?.code === "MarkRecordCorrupt") setRecordBroken(true);
    throw error;
  };

  const fix = (action: (fix: CellFix) => Promise<void>, message: (cell: string) => string) => async (f: CellFix) => {
    try {
      await action(f);
      setStatus({ intent: "success", text: message(`${f.sheet}!${f.cell}`) });
      return true;
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
      return false;
    }
  };

  return {
    host,
    words,
    engine,
    grids,
    setGrids,
    sheets,
    settings,
    checkOptions,
    config,
    ruleNames,
    start,
    setStart,
    needsStart,
    progress,
    cancel: () => abort.current?.abort(),
    status,
    setStatus,
    selected,
    busy,
    attempt,
    recordBroken,
    readAndCheck,
    readSheets,
    check: (activeOnly: boolean) => attempt(() => readAndCheck(activeOnly)),

    select: (finding: Finding) => {
      setSelected(finding);
      const at = cellOf(finding);
      if (at) void attempt(() => host.selectCell(at.sheet, at.cell));
    },

    mark: () =>
      attempt(async () =>
        setStatus({
          intent: "success",
          text: S.excel.marked(await host.markCells(cellsToMark(sheets)).catch(noticeBrokenRecord)),
        }),
      ),

    clear: () =>
      attempt(async () => {
        const cleared = await host.clearMarks().catch(noticeBrokenRecord);
        const any = cleared.restored + cleared.kept + cleared.gone > 0;
        setStatus({ intent: any ? "success" : "info", text: any ? S.excel.cleared(cleared) : S.excel.nothingToClear });
      }),

    discard: () =>
      attempt(async () => {
        await host.discardMarks();
        setRecordBroken(false);
        setStatus({ intent: "success", text: S.excel.discarded });
      }),

    report: () =>
      attempt(async () =>
        setStatus({
          intent: "success",
          text: S.excel.reported(await host.writeReport(reportContent(sheets, checkedAtNow(), ruleNames))),
        }),
      ),

    applyFix: fix((f) => host.applyFix(f), S.excel.fixed),
    undoFix: fix((f) => host.undoFix(f), S.excel.undone),

    /** Stores the settings with the workbook (none left: removed); true when they were saved. */
    saveSettings: async (next: ConfigFile) => {
      try {
        await host.saveSettings(Object.keys(next).length ? next : null);
        setConfig(next);
        setStatus({ intent: "success", text: words.saved });
        return true;
      } catch (error) {
        setStatus({ intent: "error", text: errorText(error) });
        return false;
      }
    },
  };
}

export type RegisterSession = ReturnType<typeof useRegisterSession>;
