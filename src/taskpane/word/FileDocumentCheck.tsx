import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Span } from "../../core/document/span";
import { type FileWordHost, createFileWordHost } from "../../hosts/files/file-word-host";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { FAULTY_MINUTES } from "../../samples/minutes";
import { FAULTY_NOTICE } from "../../samples/notices";
import { FilePickerButton } from "../components/FilePickerButton";
import { ProgressLine } from "../components/ProgressLine";
import type { StatusMessage } from "../components/Status";
import { useLayout } from "../components/layout";
import { type FileRoute, type HandedFiles, isSheetFile } from "../files/file-routes";
import { jobFailure, useFileJobs } from "../files/useFileJobs";
import { S } from "../strings";
import { CheckPanel, type OpenedFile } from "./CheckPanel";

const useStyles = makeStyles({
  selection: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
  },
});

type Selected = { at: Span; paragraph: string } | null;

/** File mode's Word host, and the paragraph a clicked finding points at (file mode has no document to select in). */
function useFileWordHost() {
  const [selected, setSelected] = useState<Selected>(null);
  const host = useMemo(() => {
    const made: FileWordHost = createFileWordHost({
      onSelect: (at) => setSelected({ at, paragraph: made.opened()?.paragraphs[at.paragraph] ?? "" }),
    });
    return made;
  }, []);
  const clearSelection = () => setSelected(null);
  return { host, selected, clearSelection };
}

/** The paragraph of the clicked finding, its text marked: where Word would have selected it. */
function SelectedParagraph({ selected }: { selected: Selected }) {
  const styles = useStyles();
  if (!selected) return null;
  const { at, paragraph } = selected;
  return (
    <figure className={styles.selection} aria-label={S.file.selectedParagraph}>
      <Caption1>{S.findings.paragraph(at.paragraph + 1)}</Caption1>
      <div>
        {paragraph.slice(0, at.start)}
        <mark>{paragraph.slice(at.start, at.end)}</mark>
        {paragraph.slice(at.end)}
      </div>
    </figure>
  );
}

/**
 * File mode's way to the document 检查通知/纪要 checks: a .docx or .txt read in the file worker, or a sample,
 * opened in the file host and checked at once. A workbook opened here goes to 检查登记表 (`onRoute`); files handed
 * from another task open with the line that says why. An empty or unreadable file keeps what was shown before.
 */
function FileDocumentSource({
  host,
  check,
  report,
  busy,
  onOpen,
  initialSample,
  handed,
  onRoute,
}: {
  host: FileWordHost;
  check: (opened: OpenedFile) => Promise<void>;
  report: (status: StatusMessage) => void;
  busy: boolean;
  /** Before a new document is shown (the last one's marked paragraph goes). */
  onOpen?: () => void;
  initialSample?: "notice" | "minutes";
  handed?: HandedFiles;
  onRoute?: (route: FileRoute) => void;
}) {
  const styles = useLayout();
  const jobs = useFileJobs();

  const show = async (name: string, paragraphs: string[], note?: string) => {
    if (paragraphs.every((p) => p.trim() === "")) {
      report({ intent: "info", text: `${name}：${S.word.emptyDocument}` });
      return;
    }
    onOpen?.();
    host.open({ name, paragraphs });
    await check({ name, note });
  };

  const showSample = (name: string, text: string) => void show(name, text.split("\n"));

  const open = async (file: File, note?: string) => {
    if (isSheetFile(file.name) && onRoute) {
      onRoute({ to: "registers", files: [file], note: S.route.sheetOnDocuments(file.name) });
      return;
    }
    try {
      const bytes = await pickedFileBytes(file);
      const { paragraphs } = await jobs.run("checkDocument", { bytes, fileName: file.name });
      await show(file.name, paragraphs, note);
    } catch (error) {
      report(jobFailure(error));
    }
  };

  useEffect(() => {
    if (initialSample === "notice") showSample(S.file.sampleNotice, FAULTY_NOTICE);
    if (initialSample === "minutes") showSample(S.file.sampleMinutes, FAULTY_MINUTES);
  }, []);

  useEffect(() => {
    if (handed?.files[0]) void open(handed.files[0], handed.note);
  }, [handed?.id]);

  const waiting = busy || jobs.busy;
  return (
    <>
      <div className={styles.actions}>
        <FilePickerButton
          appearance="primary"
          label={S.file.pickDocument}
          accept=".docx,.txt"
          disabled={waiting}
          onFiles={(files) => void open(files[0])}
        />
        <Button disabled={waiting} onClick={() => showSample(S.file.sampleNotice, FAULTY_NOTICE)}>
          {S.file.sampleNotice}
        </Button>
        <Button disabled={waiting} onClick={() => showSample(S.file.sampleMinutes, FAULTY_MINUTES)}>
          {S.file.sampleMinutes}
        </Button>
      </div>
      {jobs.progress && <ProgressLine {...jobs.progress} onCancel={jobs.cancel} />}
    </>
  );
}

/** 检查通知/纪要 in file mode: the Word pane's check over the file host, the document opened from a file or a sample. */
export function FileDocumentCheck({
  initialSample,
  handed,
  onRoute,
}: {
  initialSample?: "notice" | "minutes";
  handed?: HandedFiles;
  onRoute?: (route: FileRoute) => void;
}) {
  const { host, selected, clearSelection } = useFileWordHost();
  return (
    <CheckPanel
      host={host}
      selection={<SelectedParagraph selected={selected} />}
      source={(panel) => (
        <FileDocumentSource
          host={host}
          {...panel}
          onOpen={clearSelection}
          initialSample={initialSample}
          handed={handed}
          onRoute={onRoute}
        />
      )}
    />
  );
}
