import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useDeferredValue } from "react";
import { checkedAtNow } from "../../core/report/checked-at";
import { cellsToMark, reportContent } from "../../core/report/report";
import type { RosterBeside } from "../../hosts/files/check-beside";
import { offerDownload } from "../../hosts/files/download";
import type { FileExcelHost } from "../../hosts/files/file-excel-host";
import { HELD_ROWS } from "../../hosts/files/held-sheets";
import { FilePickerButton } from "../components/FilePickerButton";
import { useLayout } from "../components/layout";
import { SheetResults } from "../components/SheetResults";
import { downloadedStatus } from "../components/Status";
import { FixList } from "../excel/FixList";
import type { RegisterSession } from "../excel/useRegisterSession";
import { useTrackingAppend } from "../excel/useTrackingAppend";
import { S } from "../strings";
import type { OpenedFile } from "../../hosts/files/roster-beside";
import type { Seating } from "../excel/useSeating";
import { FileSeating } from "./FileSeating";
import { FindingPreview } from "./SheetPreview";
import { SigninSheetFile } from "./SigninSheetFile";
import { jobFailure, type useFileJobs } from "./useFileJobs";

/**
 * One opened file in file mode: its findings (each with a preview of its rows), fixes, 座次图 and 桌签, 签到表,
 * 追加纪要中的议定事项 as in Excel, and 下载核对结果 — the checked copy from the file host (with any rows appended),
 * its formatting kept, the opened file untouched.
 */
export function FileArticle({
  file,
  host,
  rosterBeside,
  purpose,
  session,
  seating,
  jobs,
}: {
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
}) {
  const layout = useLayout();
  const { fileName, grids } = file;
  // A 座次图 made here is shown with its preview in the seating part, not among the file's own sheets.
  const sheets = file.sheets.filter((sheet) => !host.chartOf(sheet.sheet));
  const busy = jobs.busy || session.busy;
  const { setStatus } = session;
  const appendMinutes = useTrackingAppend(session, { among: sheets, appendedNote: S.tracking.inCopy(S.file.download) });
  // A 台账 the file worker holds has no rows on this page to append under.
  const tracking = sheets.find((sheet) => sheet.kind === "tracking");
  const trackingHeld = tracking && host.isHeld(tracking.sheet);
  // The fixes (hundreds on a large sheet) sit under the findings, off the first screen: they follow in a background
  // render rather than hold the findings back.
  const belowShown = useDeferredValue(true, false);

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
      {tracking && trackingHeld && <Caption1>{S.tracking.tooLongHere(tracking.sheet, HELD_ROWS)}</Caption1>}
      {appendMinutes && !trackingHeld && (
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
      {belowShown && (
        <FixList findings={sheets.flatMap((s) => s.findings)} onApply={session.applyFix} onUndo={session.undoFix} />
      )}
      {purpose !== "seating" && seatingPart}
      <SigninSheetFile fileName={fileName} grids={grids} sheets={sheets} />
    </article>
  );
}
