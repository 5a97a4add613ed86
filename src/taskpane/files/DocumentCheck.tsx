import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { quoteInContext } from "../../core/document/quote";
import type { Finding } from "../../core/rules/finding";
import { checkDocument } from "../../core/rules/run-text";
import { DOCUMENT_KIND_LABELS } from "../../core/rules/text-rule";
import { decodeText, readDocxParagraphs, textParagraphs } from "../../hosts/files/read-docx";
import { FAULTY_MINUTES } from "../../samples/minutes";
import { FAULTY_NOTICE } from "../../samples/notices";
import { FilePickerButton } from "../components/FilePickerButton";
import { FindingMessage } from "../components/FindingText";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { useLayout } from "../components/layout";
import { S } from "../strings";

const useStyles = makeStyles({
  quote: { color: tokens.colorNeutralForeground3, display: "block", marginLeft: tokens.spacingHorizontalL },
});

/** File mode: check a .docx or .txt notice or minutes; each finding quotes the text in context. */
export function DocumentCheck() {
  const styles = { ...useLayout(), ...useStyles() };
  const [result, setResult] = useState<{
    name: string;
    kind: "notice" | "minutes";
    paragraphs: string[];
    findings: Finding[];
  } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);

  const show = (name: string, paragraphs: string[]) => {
    if (paragraphs.every((p) => p.trim() === "")) {
      setResult(null);
      setStatus({ intent: "info", text: `${name}：${S.word.emptyDocument}` });
      return;
    }
    setStatus(null);
    setResult({ name, paragraphs, ...checkDocument({ paragraphs }) });
  };

  const open = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      show(
        file.name,
        /\.docx$/i.test(file.name) ? await readDocxParagraphs(bytes, file.name) : textParagraphs(decodeText(bytes)),
      );
    } catch (error) {
      setResult(null);
      setStatus({ intent: "error", text: errorText(error) });
    }
  };

  return (
    <section className={styles.panel}>
      <div className={styles.actions}>
        <FilePickerButton
          appearance="primary"
          label={S.file.pickDocument}
          accept=".docx,.txt"
          onFiles={(files) => void open(files[0])}
        />
        <Button onClick={() => show(S.file.sampleNotice, FAULTY_NOTICE.split("\n"))}>{S.file.sampleNotice}</Button>
        <Button onClick={() => show(S.file.sampleMinutes, FAULTY_MINUTES.split("\n"))}>{S.file.sampleMinutes}</Button>
      </div>
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
                  <FindingMessage finding={f} />{" "}
                  <Text size={200}>
                    {f.paragraph !== undefined ? S.findings.paragraph(f.paragraph + 1) : S.findings.whole}
                  </Text>
                  {f.paragraph !== undefined && f.start !== undefined && f.end !== undefined && (
                    <span className={styles.quote}>
                      {quoteInContext(result.paragraphs[f.paragraph], f.start, f.end)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </article>
      )}
    </section>
  );
}
