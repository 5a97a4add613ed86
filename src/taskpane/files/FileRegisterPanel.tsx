import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkedAtNow } from "../../core/report/checked-at";
import { type FileExcelHost, type OpenedWorkbook, createFileExcelHost } from "../../hosts/files/file-excel-host";
import type { PendingFile } from "../../hosts/files/file-excel-downloads";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { gridsToXlsx } from "../../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { DateField } from "../components/DateField";
import { ProgressLine } from "../components/ProgressLine";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { RegisterSettings, SettingsToggle } from "../excel/RegisterSettings";
import { type SessionOptions, useRegisterSession } from "../excel/useRegisterSession";
import { S } from "../strings";
import { FileArticle } from "./FileArticle";
import { JobCancelled } from "./file-job-runner";
import { type FileRoute, type HandedFiles, hasRoster, isRosterOnly, isWordFile } from "./file-routes";
import { OpenFilesBox } from "./OpenFilesBox";
import { type OpenedFile, checkOpenedFiles, rosterBesideOf } from "./roster-beside";
import { useFileJobs } from "./useFileJobs";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * File mode's 检查登记表 and 座次图与桌签: the Excel pane's register session over the files opened (picker, drop,
 * samples), read in a Web Worker; per file its findings with a preview, fixes, the 座次图 and 桌签, and downloads.
 * Settings are kept in the browser; a meeting start typed here checks lateness in every file opened.
 */
export function FileRegisterPanel({
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
  const jobs = useFileJobs();
  /** The files open, and which opening they are: an opening's files are shown once the session has checked them. */
  const [{ opened, openId }, setOpened] = useState({ opened: [] as OpenedWorkbook[], openId: 0 });
  const [checkedId, setCheckedId] = useState(0);
  const [showSettings, setShowSettings] = useState(false);
  /** What to say once the files just opened are checked (a routing note, a file that failed). */
  const said = useRef<StatusMessage>(null);

  const host: FileExcelHost = useMemo(
    () =>
      createFileExcelHost(opened, {
        // The copies are made in the worker: a large workbook's copy takes seconds.
        downloads: async (files: PendingFile[]) =>
          jobs.run("fileDownloads", {
            fileName: files[0]?.fileName ?? "",
            checkedAt: checkedAtNow(),
            files: await Promise.all(files.map(async (file) => ({ ...file, bytes: await file.bytes() }))),
          }),
      }),
    [opened],
  );
  const check: NonNullable<SessionOptions["check"]> = useCallback(
    (_engine, grids, options) => checkOpenedFiles(grids, options, host.fileOf),
    [host],
  );
  const session = useRegisterSession(host, { check, words: S.settingsInBrowser });
  const { setStatus } = session;

  useEffect(() => {
    if (opened.length > 0)
      void session.attempt(async () => {
        await session.readAndCheck(false, said.current);
        setCheckedId(openId);
      });
  }, [host]);

  const show = (files: OpenedWorkbook[], status: StatusMessage) => {
    said.current = status;
    setOpened((previous) => ({ opened: files, openId: previous.openId + 1 }));
  };

  /** A 名单 opened to check goes to 座次图与桌签; a workbook with no 名单 opened for a 座次图 is checked instead. */
  const routeOpened = (checked: OpenedFile[]): string | undefined => {
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

  const openFiles = async (picked: File[], note?: string) => {
    const words = picked.filter((f) => isWordFile(f.name));
    if (words.length && onRoute)
      onRoute({ to: "documents", files: words, note: S.route.wordOnRegisters(words[0].name) });
    const files = onRoute ? picked.filter((f) => !isWordFile(f.name)) : picked;
    if (files.length === 0) return;
    const checked: (OpenedWorkbook & OpenedFile)[] = [];
    const problems: string[] = [];
    let cancelled = false;
    setStatus(null);
    for (const file of files) {
      try {
        const bytes = await pickedFileBytes(file);
        const { grids, sheets } = await jobs.run("checkWorkbook", { bytes, fileName: file.name });
        checked.push({ fileName: file.name, bytes: async () => bytes, grids, sheets });
      } catch (error) {
        if (error instanceof JobCancelled) {
          cancelled = true;
          break;
        }
        problems.push(errorText(error));
      }
    }
    const routed = checked.length ? routeOpened(checked) : undefined;
    const text = [...problems, ...(cancelled ? [S.file.cancelled] : []), ...((routed ?? note) ? [routed ?? note] : [])];
    const status: StatusMessage = text.length
      ? { intent: problems.length ? "error" : "info", text: text.join("；") }
      : null;
    // A failed or cancelled open keeps what was shown before; the status line says what went wrong.
    if (checked.length === 0) return setStatus(status);
    show(
      checked.map(({ fileName, bytes, grids }) => ({ fileName, bytes, grids })),
      status,
    );
  };

  const openSample = (index: number) => {
    const sample = SAMPLE_WORKBOOKS[index];
    show([{ fileName: sample.fileName, bytes: () => gridsToXlsx(sample.grids), grids: sample.grids }], null);
  };

  useEffect(() => {
    if (initialSample !== undefined) openSample(initialSample);
  }, []);

  useEffect(() => {
    if (handed?.files.length) void openFiles(handed.files, handed.note);
  }, [handed?.id]);

  // Each file's sheets as the session read and checked them; a 名单 opened beside a sheet is that sheet's roster.
  const files: OpenedFile[] = opened.map((file) => ({
    fileName: file.fileName,
    grids: (session.grids ?? []).filter((grid) => host.fileOf(grid.sheet) === file.fileName),
    sheets: session.sheets.filter((sheet) => host.fileOf(sheet.sheet) === file.fileName),
  }));
  const busy = jobs.busy || session.busy;

  return (
    <section className={styles.panel}>
      <OpenFilesBox purpose={purpose} busy={busy} onFiles={(picked) => void openFiles(picked)} onSample={openSample} />
      <div className={styles.row}>
        <SettingsToggle session={session} shown={showSettings} onToggle={setShowSettings} />
      </div>
      <RegisterSettings
        session={session}
        shown={showSettings}
        onClose={() => setShowSettings(false)}
        selfTest={false}
      />
      {session.needsStart && (
        <DateField label={S.file.meetingStartLabel} value={session.start} onChange={session.setStart} withTime />
      )}
      {jobs.progress && <ProgressLine {...jobs.progress} onCancel={jobs.cancel} />}
      <Status status={session.status} />
      {checkedId === openId &&
        files.map((file, index) => (
          <FileArticle
            key={`${openId}/${file.fileName}`}
            workbook={opened[index]}
            file={file}
            host={host}
            rosterBeside={rosterBesideOf(files, index)}
            // One tally on one screen: a sign-in sheet counted against this 名单 says who is on leave.
            countedBeside={files.filter((f, i) => i !== index && rosterBesideOf(files, i)?.fileName === file.fileName)}
            purpose={purpose}
            session={session}
            jobs={jobs}
            onAppended={(next, status) =>
              show(
                opened.map((o) => (o.fileName === file.fileName ? next : o)),
                status,
              )
            }
          />
        ))}
    </section>
  );
}
