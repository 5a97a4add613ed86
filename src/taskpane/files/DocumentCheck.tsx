import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { quoteInContext } from "../../core/document/quote";
import { checkDocument } from "../../core/rules/run-text";
import type { CheckedDocument } from "../../hosts/files/file-jobs";
import { DOCUMENT_KIND_LABELS } from "../../core/rules/text-rule";
import { FAULTY_MINUTES } from "../../samples/minutes";
import { FAULTY_NOTICE } from "../../samples/notices";
import { FilePickerButton } from "../components/FilePickerButton";
import { FindingMessage } from "../components/FindingText";
import { ProgressLine } from "../components/ProgressLine";
import { Status, type StatusMessage } from "../components/Status";
import { useLayout } from "../components/layout";
import { S } from "../strings";
import { jobFailure, useFileJobs } from "./useFileJobs";

const useStyles = makeStyles({
  quote: { display: "block" },
});

/** File mode: check a .docx or .txt notice or minutes; each finding quotes the text in context. */
export function DocumentCheck({ initialSample }: { initialSample?: "notice" | "minutes" }) {
  const styles = { ...useLayout(), ...useStyles() };
  const [result, setResult] = useState<(CheckedDocument & { name: string }) | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const jobs = useFileJobs();

  const show = (name: string, checked: CheckedDocument) => {
    if (checked.paragraphs.every((p) => p.trim() === "")) {
      setResult(null);
      setStatus({ intent: "info", text: `${name}：${S.word.emptyDocument}` });
      return;
    }
    setStatus(null);
    setResult({ name, ...checked });
  };

  const showSample = (name: string, text: string) => {
    const paragraphs = text.split("\n");
    show(name, { paragraphs, ...checkDocument({ paragraphs }) });
  };

  useEffect(() => {
    if (initialSample === "notice") showSample(S.file.sampleNotice, FAULTY_NOTICE);
    if (initialSample === "minutes") showSample(S.file.sampleMinutes, FAULTY_MINUTES);
  }, []);

  const open = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      show(file.name, await jobs.run("checkDocument", { bytes, fileName: file.name }));
    } catch (error) {
      setResult(null);
      setStatus(jobFailure(error));
    }
  };

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
          <Caption1>
            {result.name} · {S.word.detectedKind(DOCUMENT_KIND_LABELS[result.kind])}
          </Caption1>
          {result.findings.length === 0 ? (
            <Status status={{ intent: "success", text: S.word.noFindings }} />
          ) : (
            <ul className={styles.list} aria-label="检查结果">
              {result.findings.map((f, i) => (
                <li key={i}>
                  <FindingMessage
                    finding={f}
                    where={
                      f.paragraph === undefined ? (
                        S.findings.whole
                      ) : (
                        <>
                          {S.findings.paragraph(f.paragraph + 1)}
                          {f.start !== undefined && f.end !== undefined && (
                            <span className={styles.quote}>
                              {quoteInContext(result.paragraphs[f.paragraph], f.start, f.end)}
                            </span>
                          )}
                        </>
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </article>
      )}
    </section>
  );
}
