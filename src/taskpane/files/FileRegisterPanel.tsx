import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { checkedAtNow } from "../../core/report/checked-at";
import { type FileExcelHost, createFileExcelHost } from "../../hosts/files/file-excel-host";
import type { PendingFile } from "../../hosts/files/file-excel-downloads";
import type { CheckedOnRead } from "../../hosts/files/file-jobs";
import { pickedFileBytes, pickedFileWithinSize } from "../../hosts/files/input-size";
import { gridsToXlsx } from "../../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { DateField } from "../components/DateField";
import { ProgressLine } from "../components/ProgressLine";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { RegisterSettings, SettingsToggle } from "../excel/RegisterSettings";
import { type SessionOptions, useRegisterSession } from "../excel/useRegisterSession";
import { useSeating } from "../excel/useSeating";
import { S } from "../strings";
import { FileArticle } from "./FileArticle";
import { JobCancelled } from "./file-job-runner";
import { type FileRoute, type HandedFiles, hasRoster, isRosterOnly, isWordFile } from "./file-routes";
import { OpenFilesBox } from "./OpenFilesBox";
import { type OpenedFile, rosterBesideOf } from "../../hosts/files/roster-beside";
import { jobFailure, useFileJobs } from "./useFileJobs";
import { type Opened, useHeldSheets } from "./useHeldSheets";

/** What the status line says after an opening: files that failed, a cancel, why the files are here or went on. */
interface Said {
  problems: string[];
  cancelled?: boolean;
  note?: string;
  /** Whether the files may belong to another task (opened here, not handed over or a sample). */
  route?: boolean;
}

function statusOf({ problems, cancelled, note }: Said): StatusMessage {
  const text = [...problems, ...(cancelled ? [S.file.cancelled] : []), ...(note ? [note] : [])];
  return text.length ? { intent: problems.length ? "error" : "info", text: text.join("；") } : null;
}

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
  const jobs = useFileJobs({ warm: true });
  /** The files open, and which opening they are: an opening's files are shown once the session has checked them. */
  const [{ opened, openId }, setOpened] = useState({ opened: [] as Opened[], openId: 0 });
  const openings = useRef(0);
  const [checkedId, setCheckedId] = useState(0);
  const [showSettings, setShowSettings] = useState(false);
  /** What to say once the files just opened are checked, and whether they may go to another task. */
  const said = useRef<Said>({ problems: [] });

  const held = useHeldSheets(jobs, opened);
  const host: FileExcelHost = useMemo(
    () => createFileExcelHost(opened, { downloads: inWorker, ...held.hostOptions }),
    [opened],
  );
  const check: NonNullable<SessionOptions["check"]> = useMemo(() => {
    const checkFiles = held.checkOn(host);
    return (_engine, grids, options) => checkFiles(grids, options);
  }, [host, held.landed]);
  const session = useRegisterSession(host, { check, words: S.settingsInBrowser });
  held.onFailure((error) => session.setStatus(jobFailure(error)));
  /** The options the files just opened are checked with in the worker, before they are shown. */
  const checkOptions = useRef(session.checkOptions);
  checkOptions.current = session.checkOptions;
  const seating = useSeating(session);
  const { setStatus } = session;

  /** The copies are made in the worker (a large workbook's copy takes seconds), from the bytes it kept if it can. */
  async function inWorker(files: PendingFile[]) {
    const send = async (withBytes: boolean) =>
      jobs.run("fileDownloads", {
        fileName: files[0]?.fileName ?? "",
        checkedAt: checkedAtNow(),
        files: await Promise.all(
          files.map(async ({ bytes, ...file }) => {
            const kept = opened.find((o) => o.fileName === file.fileName)?.kept;
            // Only a workbook rebuilt from its values needs them (an .xlsx/.xlsm copy is its own bytes patched), and a
            // 座次图's, which holds only the 名单 it goes with.
            const grids = /\.xls[xm]$/i.test(file.fileName) && file.charts.length === 0 ? [] : file.grids;
            return withBytes || kept === undefined
              ? { ...file, grids, bytes: await bytes() }
              : { ...file, grids, kept };
          }),
        ),
      });
    // A file whose sheets the worker held is read again there (they are not on this page); any other is sent.
    if (opened.some((o) => o.held)) return held.withHeld(() => send(false));
    return send(false).catch((error: unknown) => {
      if ((error as Error)?.name === "KeptWorkbookGone") return send(true);
      throw error;
    });
  }

  useEffect(() => {
    if (opened.length > 0)
      void session.attempt(async () => {
        await session.readAndCheck(false, statusOf(said.current));
        setCheckedId(openId);
      });
  }, [host]);

  // Files opened to the wrong task go on to the right one, once their check says what they are.
  useEffect(() => {
    const { route, ...rest } = said.current;
    if (!route || checkedId !== openId) return;
    said.current = rest;
    const routed = routeOpened(files);
    if (routed) setStatus(statusOf({ ...rest, note: routed }));
  }, [checkedId]);

  const show = (files: Opened[], next: Said) => {
    said.current = next;
    setOpened({ opened: files, openId: ++openings.current });
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
    const read: Opened[] = [];
    const problems: string[] = [];
    let cancelled = false;
    let checked: CheckedOnRead | undefined;
    setStatus(null);
    for (const [index, file] of files.entries()) {
      try {
        // The worker reads the file itself, the page its own copy alongside (a download, or a worker started again,
        // needs it). Read here first and sent, the worker's start waited for the page's renders as the file opened.
        const own = pickedFileBytes(pickedFileWithinSize(file));
        own.catch(() => undefined); // a file that cannot be read fails the worker's read too, which says so
        // The last file's read checks the opening in the worker where it holds a sheet: no second request to wait for.
        const options = index === files.length - 1 ? checkOptions.current : null;
        const before = read.map(({ fileName, grids, held }) => ({ fileName, grids, ...(held ? { held } : {}) }));
        const workbook = await jobs.run("readWorkbook", {
          file,
          fileName: file.name,
          hold: true,
          ...(options ? { checkWith: { before, options } } : {}),
        });
        const bytes = await own;
        const { grids, kept, held: sheets } = workbook;
        checked = workbook.checked;
        read.push({
          fileName: file.name,
          bytes: async () => bytes,
          grids,
          kept,
          ...(sheets.length > 0 ? { held: { kept, sheets } } : {}),
        });
      } catch (error) {
        if (error instanceof JobCancelled) {
          cancelled = true;
          break;
        }
        problems.push(errorText(error));
      }
    }
    // A failed or cancelled open keeps what was shown before; the status line says what went wrong.
    if (read.length === 0) return setStatus(statusOf({ problems, cancelled, note }));
    try {
      await held.prepare(read, checkOptions.current, checked);
    } catch (error) {
      if (!(error instanceof JobCancelled)) problems.push(errorText(error));
      return setStatus(statusOf({ problems, cancelled: error instanceof JobCancelled, note }));
    }
    show(read, { problems, cancelled, note, route: true });
  };

  const openSample = (index: number) => {
    const sample = SAMPLE_WORKBOOKS[index];
    show([{ fileName: sample.fileName, bytes: () => gridsToXlsx(sample.grids), grids: sample.grids }], {
      problems: [],
    });
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
            file={file}
            host={host}
            rosterBeside={rosterBesideOf(files, index)}
            purpose={purpose}
            session={session}
            seating={seating}
            jobs={jobs}
          />
        ))}
    </section>
  );
}
