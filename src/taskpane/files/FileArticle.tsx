import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { checkedAtNow } from "../../core/report/checked-at";
import { cellsToMark, reportContent } from "../../core/report/report";
import type { RosterBeside } from "../../hosts/files/check-beside";
import { XLSX_TYPE, copyName, offerDownload } from "../../hosts/files/download";
import type { FileExcelHost, OpenedWorkbook } from "../../hosts/files/file-excel-host";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { FilePickerButton } from "../components/FilePickerButton";
import { useLayout } from "../components/layout";
import { SheetResults } from "../components/SheetResults";
import { type StatusMessage, downloadedStatus } from "../components/Status";
import { FixList } from "../excel/FixList";
import type { RegisterSession } from "../excel/useRegisterSession";
import { S } from "../strings";
import type { OpenedFile } from "../../hosts/files/roster-beside";
import type { Seating } from "../excel/useSeating";
import { FileSeating } from "./FileSeating";
import { FindingPreview } from "./SheetPreview";
import { SigninSheetFile } from "./SigninSheetFile";
import { jobFailure, type useFileJobs } from "./useFileJobs";

/**
 * One opened file in file mode: its findings (each with a preview of its rows), fixes, 座次图 and 桌签, 签到表, and
 * 下载核对结果 — the checked copy from the file host, its formatting kept, the opened file untouched.
 */
export function FileArticle({
  workbook,
  file,
  host,
  rosterBeside,
  purpose,
  session,
  seating,
  jobs,
  onAppended,
}: {
  workbook: OpenedWorkbook;
  /** The file's sheets as read and checked. */
  file: OpenedFile;
  host: FileExcelHost;
  /** The 名单 of another file this one was checked against. */
  rosterBeside: RosterBeside | null;
  purpose: "registers" | "seating";
  session: RegisterSession;
  /** The session's 座次图: shown in the file that holds its 名单. */
  seating: Seating;
  jobs: ReturnType<typeof useFileJobs>;
  /** The file with a meeting's items appended (a new file, downloaded), to show checked in its place. */
  onAppended: (appended: OpenedWorkbook & { kept: number }, status: StatusMessage) => void;
}) {
  const layout = useLayout();
  const { fileName, grids } = file;
  // A 座次图 made here is shown with its preview in the seating part, not among the file's own sheets.
  const sheets = file.sheets.filter((sheet) => !host.chartOf(sheet.sheet));
  const busy = jobs.busy || session.busy;
  const { setStatus } = session;

  const download = async () => {
    try {
      await host.markCells(cellsToMark(sheets));
      await host.writeReport(reportContent(sheets, checkedAtNow(), session.ruleNames));
      const [copy] = await host.downloads(fileName);
      offerDownload(copy.bytes, copy.fileName, copy.type);
      setStatus(downloadedStatus(copy.fileName));
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  /** 追加纪要中的议定事项: a copy of the 督办台账 with the minutes' new items, downloaded and shown checked. */
  const appendMinutes = async (minutes: File) => {
    setStatus(null);
    try {
      const { bytes, added, alreadyThere } = await jobs.run("appendMinutes", {
        bytes: await workbook.bytes(),
        fileName,
        minutes: await pickedFileBytes(minutes),
        minutesName: minutes.name,
      });
      if (added === 0) return setStatus({ intent: "info", text: S.tracking.nothingNew(alreadyThere) });
      const appended = copyName(fileName, S.tracking.appendedSuffix, ".xlsx");
      offerDownload(bytes, appended, XLSX_TYPE);
      const { grids: read, kept } = await jobs.run("readWorkbook", { bytes, fileName: appended });
      onAppended(
        { fileName: appended, bytes: async () => bytes, grids: read, kept },
        { intent: "success", text: S.tracking.appended(added, alreadyThere, appended) },
      );
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  const seatingPart = seating.roster && host.fileOf(seating.roster.sheet) === fileName && (
    <FileSeating fileName={fileName} session={session} seating={seating} host={host} jobs={jobs} />
  );

  return (
    <article aria-label={fileName} className={layout.panel}>
      <Subtitle2 as="h2">{fileName}</Subtitle2>
      {rosterBeside?.grids[0] && (
        <Caption1>{S.file.rosterBeside(rosterBeside.fileName, rosterBeside.grids[0].sheet)}</Caption1>
      )}
      {purpose === "seating" && seatingPart}
      <Button disabled={busy} onClick={() => void download()}>
        {S.file.download}
      </Button>
      <Caption1>{S.file.downloadNote}</Caption1>
      {sheets.some((sheet) => sheet.kind === "tracking") && (
        <FilePickerButton
          label={S.tracking.append}
          accept=".docx,.txt"
          disabled={busy}
          onFiles={(files) => void appendMinutes(files[0])}
        />
      )}
      <SheetResults
        ruleNames={session.ruleNames}
        sheets={sheets}
        selected={session.selected}
        onSelect={session.select}
        detail={(finding) => <FindingPreview host={host} finding={finding} />}
      />
      <FixList findings={sheets.flatMap((s) => s.findings)} onApply={session.applyFix} onUndo={session.undoFix} />
      {purpose !== "seating" && seatingPart}
      <SigninSheetFile fileName={fileName} grids={grids} sheets={sheets} />
    </article>
  );
}
