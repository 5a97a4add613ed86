import { Button, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { cellsToMark, reportContent } from "../../core/report/report";
import type { CheckOptions, ConfigFile } from "../../core/rules/config";
import { type CellFix, type Finding, cellOf } from "../../core/rules/finding";
import type { SheetReport } from "../../core/rules/run-registers";
import { type Grid, parseAddress } from "../../core/table/grid";
import { type ExcelHost, createExcelHost } from "../../hosts/excel/excel-host";
import { once, useLazyModule } from "../components/useLazyModule";
import { ProgressLine } from "../components/ProgressLine";
import { SettingsPanel } from "../excel/SettingsPanel";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { SheetResults } from "../components/SheetResults";
import { ruleNamesOf } from "../../core/rules/rule-names";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { FixList } from "../excel/FixList";
import { checkedAtNow } from "../../core/report/checked-at";
import { S } from "../strings";
import { DateField } from "../components/DateField";
import { FilePickerButton } from "../components/FilePickerButton";
import { PaneHeader } from "./PaneHeader";
import { SeatingCard, type Side, type SwapChart, type SwapSeat } from "../excel/SeatingCard";

const loadEngine = once(() => import(/* webpackChunkName: "register-engine" */ "../excel/register-engine"));
type Engine = Awaited<ReturnType<typeof loadEngine>>;

/** The stored settings as check options; a stored value that no longer validates falls back to the defaults. */
function optionsOf(engine: Engine, config: ConfigFile): { options: CheckOptions; problem: string | null } {
  try {
    return {
      options: engine.parseConfig(
        config,
        engine.REGISTER_RULES.map((r) => r.meta.id),
      ),
      problem: null,
    };
  } catch (error) {
    return { options: engine.DEFAULT_OPTIONS, problem: (error as Error).message };
  }
}

const loadMinutesReader = once(() => import(/* webpackChunkName: "minutes-reader" */ "../excel/minutes-reader"));

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** `mode` names the program in the header (Excel, or WPS 表格 over the WPS host). */
export function ExcelPaneView({ host, mode = S.modes.excel }: { host: ExcelHost; mode?: string }) {
  const styles = useStyles();
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [start, setStart] = useState("");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [config, setConfig] = useState<ConfigFile>({});
  const [showSettings, setShowSettings] = useState(false);
  const [recordBroken, setRecordBroken] = useState(false);
  /** Whether the last check read the whole workbook (a re-check after a swap reads the same). */
  const [checkedAll, setCheckedAll] = useState(true);
  /** A damaged marks' record: say so (the error passes on to the status line) and offer to discard it. */
  const noticeBrokenRecord = (error: unknown): never => {
    if ((error as { code?: string })?.code === "MarkRecordCorrupt") setRecordBroken(true);
    throw error;
  };
  const engine = useLazyModule(loadEngine, (error) => setStatus({ intent: "error", text: errorText(error) }));

  useEffect(() => {
    host.loadSettings().then(
      (stored) => stored && typeof stored === "object" && setConfig(stored as ConfigFile),
      () => undefined, // a host without document settings checks with the defaults
    );
  }, [host]);

  const settings = useMemo(() => (engine ? optionsOf(engine, config) : null), [engine, config]);
  const sheets: SheetReport[] = useMemo(() => {
    if (!grids || !engine || !settings) return [];
    const reading = start ? engine.parseDateTimeText(start.replace("T", " ")) : null;
    const meetingStart = reading?.ok && reading.value.date ? reading.value : undefined;
    const checkDate = engine.localDateOf(new Date());
    return engine.checkWorkbook(grids, { ...settings.options, checkDate, ...(meetingStart ? { meetingStart } : {}) })
      .sheets;
  }, [grids, start, engine, settings]);
  const ruleNames = useMemo(() => ruleNamesOf(engine?.REGISTER_RULES ?? []), [engine]);
  const needsStart = sheets.some((s) => s.kind === "signin" && !s.meetingStart) || start !== "";

  const { busy, attempt } = useBusyAction(setStatus, () => setProgress(null));

  /** Reads the workbook (or the active sheet) again and checks it; `done` is the status to show after. */
  const readAndCheck = async (activeOnly: boolean, done: StatusMessage = null) => {
    setStatus(null);
    setSelected(null);
    abort.current = new AbortController();
    await loadEngine();
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
    setCheckedAll(!activeOnly);
  };
  const check = (activeOnly: boolean) => attempt(() => readAndCheck(activeOnly));

  /** The 参会名单 to seat from, and the 座次图 the check found, with the seats the clerk can swap. */
  const seating = useMemo(() => {
    if (!grids || !engine) return { roster: null, charts: [] as SwapChart[] };
    const tables = grids.map((grid) => engine.readRegister(grid));
    const list = engine.seatingRoster(tables);
    const made = list ? engine.rosterChart(list) : null;
    const side: Side = settings?.options.seatingSide ?? "left";
    const charts: SwapChart[] = tables.flatMap((table, i) => {
      if (table.kind !== "seating") return [];
      const grid = grids[i];
      const origin = grid.origin ?? { row: 0, col: 0 };
      const seats: SwapSeat[] = engine
        .seatsOfTable(table, side)
        .seats.filter((seat) => seat.area !== "list")
        .map((seat) => {
          const at = parseAddress(seat.address)!;
          const value = grid.rows[at.row - origin.row]?.[at.col - origin.col];
          return {
            name: seat.name,
            address: seat.address,
            value: value === null || value === undefined ? "" : String(value),
          };
        });
      return [{ sheet: table.sheet, seats }];
    });
    return {
      roster:
        list && made ? { sheet: list.sheet, people: made.chart.seats.length, byRank: made.byRank, table: list } : null,
      charts,
    };
  }, [grids, engine, settings]);

  const generateSeating = (options: { podium: number; side: Side }) =>
    attempt(async () => {
      const list = seating.roster?.table;
      const made = list && engine ? engine.rosterChart(list, options) : null;
      if (!list || !made) return setStatus({ intent: "info", text: S.seating.nobody(list?.sheet ?? "") });
      const name = await host.writeSeatingChart(made.chart);
      const podium = made.chart.seats.filter((s) => s.area === "podium").length;
      // Checked again at once: the new sheet's seating findings show below.
      await readAndCheck(false, {
        intent: "success",
        text: S.seating.generated(name, podium, made.chart.seats.length - podium, made.onLeave),
      });
    });

  const swapSeats = (sheet: string, a: SwapSeat, b: SwapSeat) =>
    attempt(async () => {
      await host.swapCells(sheet, a, b);
      await readAndCheck(!checkedAll, {
        intent: "success",
        text: S.seating.swapped(S.seating.seat(a.name, a.address), S.seating.seat(b.name, b.address)),
      });
    });

  /** 追加纪要中的议定事项: the minutes' new items written under the 督办台账's last row, then shown checked. */
  const appendMinutes = (file: File) =>
    attempt(async () => {
      setStatus(null);
      const tracking = sheets.find((s) => s.kind === "tracking");
      const grid = grids?.find((g) => g.sheet === tracking?.sheet);
      if (!grid || !grids) return;
      const reader = await loadMinutesReader();
      const paragraphs = await reader.documentParagraphs(new Uint8Array(await file.arrayBuffer()), file.name);
      const appending = reader.appendToTracking(grid, reader.minutesItems(paragraphs, file.name));
      if (appending.added === 0)
        return setStatus({ intent: "info", text: S.tracking.nothingNew(appending.alreadyThere) });
      const origin = grid.origin ?? { row: 0, col: 0 };
      const at = { row: origin.row + appending.firstRow, col: origin.col };
      await host.appendRows(grid.sheet, at, appending.rows, appending.dateColumns);
      const rows = [...grid.rows];
      appending.rows.forEach((row, i) => (rows[appending.firstRow + i] = row));
      setGrids(grids.map((g) => (g === grid ? { ...g, rows } : g)));
      setStatus({
        intent: "success",
        text: S.tracking.appendedInSheet(appending.added, appending.alreadyThere, grid.sheet, at.row + 1),
      });
    });

  const select = (finding: Finding) => {
    setSelected(finding);
    const at = cellOf(finding);
    if (at) void attempt(() => host.selectCell(at.sheet, at.cell));
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

  return (
    <section data-testid="excel-pane" className={styles.pane}>
      <PaneHeader mode={mode} intro={S.excel.intro} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => check(false)}>
          {S.excel.checkWorkbook}
        </Button>
        <Button disabled={busy} onClick={() => check(true)}>
          {S.excel.checkSheet}
        </Button>
        <ToggleButton checked={showSettings} disabled={!engine} onClick={() => setShowSettings(!showSettings)}>
          {showSettings ? S.settings.hide : S.settings.show}
        </ToggleButton>
      </div>
      {settings?.problem && <Status status={{ intent: "warning", text: S.settings.invalid(settings.problem) }} />}
      {showSettings && engine && (
        <ErrorBoundary part={S.settings.title} onReset={() => setShowSettings(false)}>
          <SettingsPanel
            rules={engine.REGISTER_RULES.map((rule) => rule.meta)}
            defaults={engine.DEFAULT_OPTIONS}
            // Settings that no longer validate are shown as the defaults: saving then replaces them.
            saved={settings?.problem ? {} : config}
            selfTest={(options) => host.selfTest(options)}
            onSave={async (next) => {
              try {
                await host.saveSettings(Object.keys(next).length ? next : null);
                setConfig(next);
                setStatus({ intent: "success", text: S.settings.saved });
                return true;
              } catch (error) {
                setStatus({ intent: "error", text: errorText(error) });
                return false;
              }
            }}
          />
        </ErrorBoundary>
      )}
      {progress && (
        <ProgressLine
          label={S.excel.reading(progress.done, progress.total)}
          value={progress.done / progress.total}
          onCancel={() => abort.current?.abort()}
        />
      )}
      <Status status={status} />
      {grids && sheets.length > 0 && (
        <>
          <div className={styles.actions}>
            <Button
              disabled={busy}
              onClick={() =>
                attempt(async () =>
                  setStatus({
                    intent: "success",
                    text: S.excel.marked(await host.markCells(cellsToMark(sheets)).catch(noticeBrokenRecord)),
                  }),
                )
              }
            >
              {S.excel.mark}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                attempt(async () => {
                  const cleared = await host.clearMarks().catch(noticeBrokenRecord);
                  const any = cleared.restored + cleared.kept + cleared.gone > 0;
                  setStatus({
                    intent: any ? "success" : "info",
                    text: any ? S.excel.cleared(cleared) : S.excel.nothingToClear,
                  });
                })
              }
            >
              {S.excel.clear}
            </Button>
            {recordBroken && (
              <Button
                disabled={busy}
                onClick={() =>
                  attempt(async () => {
                    await host.discardMarks();
                    setRecordBroken(false);
                    setStatus({ intent: "success", text: S.excel.discarded });
                  })
                }
              >
                {S.excel.discard}
              </Button>
            )}
            <Button
              disabled={busy}
              onClick={() =>
                attempt(async () =>
                  setStatus({
                    intent: "success",
                    text: S.excel.reported(await host.writeReport(reportContent(sheets, checkedAtNow(), ruleNames))),
                  }),
                )
              }
            >
              {S.excel.report}
            </Button>
          </div>
          {needsStart && <DateField label={S.excel.startLabel} value={start} onChange={setStart} withTime />}
          {sheets.some((s) => s.kind === "tracking") && (
            <FilePickerButton
              label={S.tracking.append}
              accept=".docx,.txt"
              disabled={busy}
              onFiles={(files) => void appendMinutes(files[0])}
            />
          )}
          <SeatingCard
            roster={seating.roster}
            charts={seating.charts}
            defaultSide={settings?.options.seatingSide ?? "left"}
            busy={busy}
            onGenerate={(options) => void generateSeating(options)}
            onSwap={(sheet, a, b) => void swapSeats(sheet, a, b)}
          />
          <SheetResults sheets={sheets} selected={selected} onSelect={select} ruleNames={ruleNames} />
          <FixList
            findings={sheets.flatMap((s) => s.findings)}
            onApply={fix((f) => host.applyFix(f), S.excel.fixed)}
            onUndo={fix((f) => host.undoFix(f), S.excel.undone)}
          />
        </>
      )}
    </section>
  );
}

export default function ExcelPane() {
  const host = useMemo(() => createExcelHost(), []);
  return <ExcelPaneView host={host} />;
}
