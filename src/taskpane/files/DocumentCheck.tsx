import { Button, Caption1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { checkDocument } from "../../core/rules/run-text";
import type { DocumentKind } from "../../core/rules/text-rule";
import type { CheckedDocument } from "../../hosts/files/file-jobs";
import { FAULTY_MINUTES } from "../../samples/minutes";
import { FAULTY_NOTICE } from "../../samples/notices";
import { FilePickerButton } from "../components/FilePickerButton";
import { DocumentFindingMessage, KindSwitch } from "../components/DocumentFindings";
import { ProgressLine } from "../components/ProgressLine";
import { Status, type StatusMessage } from "../components/Status";
import { useLayout } from "../components/layout";
import { TrackingDownload } from "../components/TrackingDownload";
import { S } from "../strings";
import { jobFailure, useFileJobs } from "./useFileJobs";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { type FileRoute, type HandedFiles, isSheetFile } from "./file-routes";

/**
 * File mode: check a .docx or .txt notice or minutes; each finding quotes the text in context. A workbook opened
 * here goes to 检查登记表 (`onRoute`); files handed from another task open with the line that says why.
 */
export function DocumentCheck({
  initialSample,
  handed,
  onRoute,
}: {
  initialSample?: "notice" | "minutes";
  handed?: HandedFiles;
  onRoute?: (route: FileRoute) => void;
}) {
  const styles = useLayout();
  const [result, setResult] = useState<(CheckedDocument & { name: string; chosen?: DocumentKind }) | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const jobs = useFileJobs();

  const show = (name: string, checked: CheckedDocument, chosen?: DocumentKind, note?: string) => {
    // An empty or unreadable file keeps what was shown before; the status line says what went wrong.
    if (checked.paragraphs.every((p) => p.trim() === "")) {
      setStatus({ intent: "info", text: `${name}：${S.word.emptyDocument}` });
      return;
    }
    setStatus(note ? { intent: "info", text: note } : null);
    setResult({ name, ...checked, chosen });
  };

  const showSample = (name: string, text: string) => {
    const paragraphs = text.split("\n");
    show(name, { paragraphs, ...checkDocument({ paragraphs }) });
  };

  /** The same paragraphs checked again as the kind the user chose: no need to read the file again. */
  const recheck = (kind: DocumentKind | undefined) => {
    if (!result) return;
    show(
      result.name,
      { paragraphs: result.paragraphs, ...checkDocument({ paragraphs: result.paragraphs, kind }) },
      kind,
    );
  };

  useEffect(() => {
    if (initialSample === "notice") showSample(S.file.sampleNotice, FAULTY_NOTICE);
    if (initialSample === "minutes") showSample(S.file.sampleMinutes, FAULTY_MINUTES);
  }, []);

  const open = async (file: File, note?: string) => {
    if (isSheetFile(file.name) && onRoute) {
      onRoute({ to: "registers", files: [file], note: S.route.sheetOnDocuments(file.name) });
      return;
    }
    try {
      const bytes = await pickedFileBytes(file);
      show(file.name, await jobs.run("checkDocument", { bytes, fileName: file.name }), undefined, note);
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  useEffect(() => {
    if (handed?.files[0]) void open(handed.files[0], handed.note);
  }, [handed?.id]);

  return (
    <section className={styles.panel}>
      <div className={styles.actions}>
        <FilePickerButton
          appearance="primary"
          label={S.file.pickDocument}
          accept=".docx,.txt"
          disabled={jobs.busy}
          onFiles={(files) => void open(files[0])}
        />
        <Button disabled={jobs.busy} onClick={() => showSample(S.file.sampleNotice, FAULTY_NOTICE)}>
          {S.file.sampleNotice}
        </Button>
        <Button disabled={jobs.busy} onClick={() => showSample(S.file.sampleMinutes, FAULTY_MINUTES)}>
          {S.file.sampleMinutes}
        </Button>
      </div>
      {jobs.progress && <ProgressLine {...jobs.progress} onCancel={jobs.cancel} />}
      <Status status={status} />
      {result && (
        <article aria-label={result.name}>
          <Caption1>{result.name}</Caption1>
          <KindSwitch checkedAs={result.kind} chosen={result.chosen} disabled={jobs.busy} onChoose={recheck} />
          {result.kind === "minutes" && (
            <TrackingDownload paragraphs={result.paragraphs} name={result.name} note={S.trackingTask.noteInFiles} />
          )}
          {result.findings.length === 0 ? (
            <Status status={{ intent: "success", text: S.word.noFindings }} />
          ) : (
            <ul className={styles.list} aria-label="检查结果">
              {result.findings.map((f, i) => (
                <li key={i}>
                  <DocumentFindingMessage finding={f} paragraphs={result.paragraphs} />
                </li>
              ))}
            </ul>
          )}
        </article>
      )}
    </section>
  );
}
