import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type DragEvent, useEffect, useMemo, useRef, useState } from "react";
import { type Finding, cellOf } from "../../core/rules/finding";
import { REGISTER_RULES } from "../../core/rules/register-registry";
import type { SheetReport } from "../../core/rules/run-registers";
import { checkWorkbookToday } from "../../hosts/files/check-today";
import type { Grid } from "../../core/table/grid";
import { XLSX_TYPE, checkedCopyName, copyName, offerDownload } from "../../hosts/files/download";
import { gridsToXlsx } from "../../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { Status, type StatusMessage, downloadedStatus, errorText } from "../components/Status";
import { FilePickerButton } from "../components/FilePickerButton";
import { ProgressLine } from "../components/ProgressLine";
import { SheetResults } from "../components/SheetResults";
import { ruleNamesOf } from "../../core/rules/rule-names";
import { checkedAtNow } from "../../core/report/checked-at";
import { S } from "../strings";
import { JobCancelled } from "./file-job-runner";
import { SeatingFile } from "./SeatingFile";
import { SigninSheetFile } from "./SigninSheetFile";
import { SheetPreview } from "./SheetPreview";
import { jobFailure, useFileJobs } from "./useFileJobs";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { type FileRoute, type HandedFiles, hasRoster, isRosterOnly, isWordFile } from "./file-routes";
import { DateField } from "../components/DateField";
import { type DateTime, isoDateTime, parseDateTimeText } from "../../core/text/dates";
import { rosterBesideOf } from "./roster-beside";

interface Checked {
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  grids: Grid[];
  sheets: SheetReport[];
  /** Where the file worker keeps what it read (file-jobs.ts); none for a sample, or once checked again. */
  kept?: number;
  /** The 参会名单 of another opened file this one was checked against. */
  rosterFrom?: { fileName: string; sheet: string };
  /** Checked again with what the pane knows beyond the file (a meeting start, a 名单 beside it). */
  rechecked?: boolean;
}

/** The meeting start typed in the pane, read as the Excel pane reads it; null while it is no whole date and time. */
function typedStart(text: string): DateTime | null {
  if (text.trim() === "") return null;
  const reading = parseDateTimeText(text.replace("T", " "));
  return reading.ok && reading.value.date && reading.value.time ? reading.value : null;
}

const RULE_NAMES = ruleNamesOf(REGISTER_RULES);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** File mode: open .xlsx registers (picker, drag and drop or samples), see tally and findings, download a checked copy. */
export function RegisterCheck({
  initialSample,
  purpose = "registers",
  handed,
  onRoute,
}: {
  initialSample?: number;
  /** 座次图与桌签 opens a 参会名单 and shows its 座次图 first; 检查登记表 shows the check first. */
  purpose?: "registers" | "seating";
  handed?: HandedFiles;
  /** Where a file that is not this task's goes: a Word document, a 名单 opened to check, a sheet with no 名单. */
  onRoute?: (route: FileRoute) => void;
}) {
  const styles = useStyles();
  const [results, setResults] = useState<Checked[]>([]);
  const [selected, setSelected] = useState<{ file: number; finding: Finding } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [dragging, setDragging] = useState(false);
  const [start, setStart] = useState("");
  const meetingStart = useMemo(() => typedStart(start), [start]);
  const startKey = meetingStart?.date ? isoDateTime({ date: meetingStart.date, time: meetingStart.time }) : "";
  const rechecks = useRef(0);
  const jobs = useFileJobs();

  /**
   * The files checked again with the meeting start typed in the pane and, for a sign-in sheet without a 名单, the
   * 名单 of another file opened with it. A file that needs neither keeps its first check; an older run is dropped.
   */
  const recheck = async (files: Checked[], when: DateTime | null) => {
    const mine = ++rechecks.current;
    const next: Checked[] = [];
    try {
      for (const [index, file] of files.entries()) {
        const roster = rosterBesideOf(files, index);
        if (!roster && !when && !file.rechecked) {
          next.push(file);
          continue;
        }
        const sheets = await jobs.run("checkGrids", {
          grids: file.grids,
          fileName: file.fileName,
          ...(when ? { meetingStart: when } : {}),
          ...(roster ? { roster } : {}),
        });
        const rosterFrom = roster?.grids[0] ? { fileName: roster.fileName, sheet: roster.grids[0].sheet } : undefined;
        next.push({ ...file, sheets, kept: undefined, rechecked: true, rosterFrom });
      }
    } catch (error) {
      if (mine === rechecks.current) setStatus(jobFailure(error));
      return;
    }
    if (mine !== rechecks.current) return;
    setResults(next);
    setSelected(null);
  };

  useEffect(() => {
    if (results.length > 0) void recheck(results, meetingStart);
  }, [startKey]);

  const show = (checked: Checked[]) => {
    setResults(checked);
    setSelected(null);
  };

  const openFiles = async (opened: File[], note?: string) => {
    const words = opened.filter((f) => isWordFile(f.name));
    if (words.length && onRoute)
      onRoute({ to: "documents", files: words, note: S.route.wordOnRegisters(words[0].name) });
    const files = onRoute ? opened.filter((f) => !isWordFile(f.name)) : opened;
    if (files.length === 0) return;
    const checked: Checked[] = [];
    const problems: string[] = [];
    let cancelled = false;
    setStatus(null);
    for (const file of files) {
      try {
        const bytes = await pickedFileBytes(file);
        const { grids, sheets, kept } = await jobs.run("checkWorkbook", { bytes, fileName: file.name });
        checked.push({ fileName: file.name, bytes: async () => bytes, grids, sheets, kept });
      } catch (error) {
        if (error instanceof JobCancelled) {
          cancelled = true;
          break;
        }
        problems.push(errorText(error));
      }
    }
    const routed = checked.length ? routeOpened(checked) : undefined;
    const said = routed ?? note;
    const text = [...problems, ...(cancelled ? [S.file.cancelled] : []), ...(said ? [said] : [])].join("；");
    setStatus(text ? { intent: problems.length ? "error" : "info", text } : null);
    // A failed or cancelled open keeps what was shown before; the status line says what went wrong.
    if (checked.length === 0) return;
    show(checked);
    if (meetingStart || checked.some((_file, i) => rosterBesideOf(checked, i))) await recheck(checked, meetingStart);
  };

  const openSample = (index: number) => {
    const sample = SAMPLE_WORKBOOKS[index];
    setStatus(null);
    const opened: Checked = {
      fileName: sample.fileName,
      bytes: () => gridsToXlsx(sample.grids),
      grids: sample.grids,
      sheets: checkWorkbookToday(sample.grids),
    };
    show([opened]);
    if (meetingStart) void recheck([opened], meetingStart);
  };

  const needsStart = results.some((r) => r.sheets.some((s) => s.kind === "signin" && !s.meetingStart)) || start !== "";

  const download = async (result: Checked) => {
    try {
      const checkedAt = checkedAtNow();
      const sendAll = async () =>
        jobs.run("checkedCopy", {
          bytes: await result.bytes(),
          fileName: result.fileName,
          grids: result.grids,
          sheets: result.sheets,
          checkedAt,
        });
      // The worker that checked the file still holds it, unless 取消 or a crash replaced the worker since.
      const copy =
        result.kept === undefined
          ? await sendAll()
          : await jobs
              .run("checkedCopy", { kept: result.kept, fileName: result.fileName, checkedAt })
              .catch((error: unknown) => {
                if ((error as Error)?.name === "KeptWorkbookGone") return sendAll();
                throw error;
              });
      offerDownload(copy, checkedCopyName(result.fileName), XLSX_TYPE);
      setStatus(downloadedStatus(checkedCopyName(result.fileName)));
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  /** 追加纪要中的议定事项: a copy of the 督办台账 with the minutes' new items, downloaded and shown checked. */
  const appendMinutes = async (result: Checked, index: number, minutes: File) => {
    setStatus(null);
    try {
      const { bytes, added, alreadyThere } = await jobs.run("appendMinutes", {
        bytes: await result.bytes(),
        fileName: result.fileName,
        minutes: await pickedFileBytes(minutes),
        minutesName: minutes.name,
      });
      if (added === 0) return setStatus({ intent: "info", text: S.tracking.nothingNew(alreadyThere) });
      const fileName = copyName(result.fileName, S.tracking.appendedSuffix, ".xlsx");
      offerDownload(bytes, fileName, XLSX_TYPE);
      const { grids, sheets, kept } = await jobs.run("checkWorkbook", { bytes, fileName });
      setResults(
        results.map((r, i) => (i === index ? { fileName, bytes: async () => bytes, grids, sheets, kept } : r)),
      );
      setStatus({ intent: "success", text: S.tracking.appended(added, alreadyThere, fileName) });
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  /** A 名单 opened to check goes to 座次图与桌签; a workbook with no 名单 opened for a 座次图 is checked instead. */
  const routeOpened = (checked: Checked[]): string | undefined => {
    if (!onRoute) return undefined;
    if (purpose === "registers" && checked.every((c) => isRosterOnly(c.sheets))) {
      onRoute({ to: "seating" });
      return S.route.rosterToSeating(checked[0].fileName);
    }
    if (purpose === "seating" && !checked.some((c) => hasRoster(c.sheets))) {
      onRoute({ to: "registers" });
      return S.route.noRoster(checked[0].fileName);
    }
    return undefined;
  };

  useEffect(() => {
    if (initialSample !== undefined) openSample(initialSample);
  }, []);

  useEffect(() => {
    if (handed?.files.length) void openFiles(handed.files, handed.note);
  }, [handed?.id]);

  // The 座次图 of a 名单 opened beside a sign-in export leaves out who that export's tally counts as 请假: one tally.
  const seatingOf = (result: Checked) => (
    <SeatingFile
      fileName={result.fileName}
      grids={result.grids}
      sheets={[
        ...result.sheets,
        ...results.filter((r) => r.rosterFrom?.fileName === result.fileName).flatMap((r) => r.sheets),
      ]}
      jobs={jobs}
    />
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!jobs.busy) void openFiles([...event.dataTransfer.files]);
  };

  return (
    <section className={styles.panel}>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FilePickerButton
          appearance="primary"
          label={purpose === "seating" ? S.file.pickRoster : S.file.pickRegister}
          disabled={jobs.busy}
          accept=".xlsx,.xlsm,.xls,.et,.ods,.csv,.txt"
          multiple
          onFiles={(files) => void openFiles(files)}
        />
        <Caption1>{purpose === "seating" ? S.file.dropRoster : S.file.dropHere}</Caption1>
      </div>
      <div className={styles.samples}>
        <Caption1>{S.file.samples}</Caption1>
        {SAMPLE_WORKBOOKS.map((sample, i) => (
          <Button
            key={sample.fileName}
            size="small"
            appearance="secondary"
            disabled={jobs.busy}
            onClick={() => openSample(i)}
          >
            {sample.title}
          </Button>
        ))}
      </div>
      {needsStart && <DateField label={S.file.meetingStartLabel} value={start} onChange={setStart} withTime />}
      {jobs.progress && <ProgressLine {...jobs.progress} onCancel={jobs.cancel} />}
      <Status status={status} />
      {results.map((result, fileIndex) => (
        <article key={result.fileName} aria-label={result.fileName} className={styles.panel}>
          <Subtitle2 as="h2">{result.fileName}</Subtitle2>
          {result.rosterFrom && (
            <Caption1>{S.file.rosterBeside(result.rosterFrom.fileName, result.rosterFrom.sheet)}</Caption1>
          )}
          {purpose === "seating" && seatingOf(result)}
          <Button disabled={jobs.busy} onClick={() => download(result)}>
            {S.file.download}
          </Button>
          <Caption1>{S.file.downloadNote}</Caption1>
          {result.sheets.some((sheet) => sheet.kind === "tracking") && (
            <FilePickerButton
              label={S.tracking.append}
              accept=".docx,.txt"
              disabled={jobs.busy}
              onFiles={(files) => void appendMinutes(result, fileIndex, files[0])}
            />
          )}
          <SheetResults
            ruleNames={RULE_NAMES}
            sheets={result.sheets}
            selected={selected?.file === fileIndex ? selected.finding : null}
            onSelect={(finding) => setSelected({ file: fileIndex, finding })}
            detail={(finding) => (
              <SheetPreview
                grid={result.grids.find((g) => g.sheet === cellOf(finding)?.sheet) ?? result.grids[0]}
                finding={finding}
              />
            )}
          />
          {purpose !== "seating" && seatingOf(result)}
          <SigninSheetFile fileName={result.fileName} grids={result.grids} sheets={result.sheets} />
        </article>
      ))}
    </section>
  );
}
