import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/rules/finding";
import { DOCUMENT_KIND_LABELS, type DocumentKind } from "../../core/rules/text-rule";
import type { WordHost } from "../../hosts/word/word-host";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { FindingMessage } from "../components/FindingText";
import { Status, type StatusMessage } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { useLayout } from "../components/layout";
import { loadDraftEngine } from "./load-engines";
import { S } from "../strings";

const useStyles = makeStyles({});

/** 检查本文档: reads the document, lists findings; a click selects the text; comments and confirmed fixes. */
export function CheckPanel({ host }: { host: WordHost }) {
  const styles = { ...useLayout(), ...useStyles() };
  const [result, setResult] = useState<{ kind: DocumentKind; findings: Finding[] } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [fixing, setFixing] = useState<Finding | null>(null);

  const { busy, attempt } = useBusyAction(setStatus);

  const check = () =>
    attempt(async () => {
      setStatus(null);
      const paragraphs = await host.readParagraphs();
      if (paragraphs.every((p) => p.trim() === "")) {
        setResult(null);
        setStatus({ intent: "info", text: S.word.emptyDocument });
        return;
      }
      const { checkDocument } = await loadDraftEngine();
      setResult(checkDocument({ paragraphs }));
    });

  const comment = () =>
    attempt(async () => {
      const located = (result?.findings ?? []).filter((f) => f.paragraph !== undefined);
      const n = await host.addComments(
        located.map((f) => ({
          at: { paragraph: f.paragraph!, start: f.start!, end: f.end! },
          text: f.text ?? "",
          message: f.message,
        })),
      );
      setStatus({ intent: "success", text: S.word.commentsAdded(n) });
    });

  const applyFix = (finding: Finding) =>
    attempt(async () => {
      setFixing(null);
      const fix = finding.fix!;
      if (fix.kind !== "text") return;
      await host.replaceText({ paragraph: fix.paragraph, start: fix.start, end: fix.end }, fix.before, fix.after);
      setStatus({ intent: "success", text: S.word.fixed });
      await check();
    });

  return (
    <section className={styles.panel}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={check}>
          {busy ? S.word.checking : S.word.checkDocument}
        </Button>
        {result && result.findings.length > 0 && (
          <Button
            disabled={busy || !host.supportsComments()}
            onClick={comment}
            title={host.supportsComments() ? undefined : S.word.commentsUnsupported}
          >
            {S.word.addComments}
          </Button>
        )}
      </div>
      {result && !host.supportsComments() && result.findings.length > 0 && (
        <Caption1>{S.word.commentsUnsupported}</Caption1>
      )}
      <Status status={status} />
      {result && <Caption1>{S.word.detectedKind(DOCUMENT_KIND_LABELS[result.kind])}</Caption1>}
      {result && result.findings.length === 0 && <Status status={{ intent: "success", text: S.word.noFindings }} />}
      {result && result.findings.length > 0 && (
        <ul className={styles.list} aria-label="检查结果">
          {result.findings.map((f, i) => (
            <li key={i} className={styles.item}>
              <Button
                appearance="transparent"
                style={{
                  justifyContent: "flex-start",
                  textAlign: "left",
                  flex: 1,
                  minWidth: 0,
                  whiteSpace: "normal",
                  fontWeight: "normal",
                }}
                onClick={() =>
                  f.paragraph !== undefined &&
                  attempt(() =>
                    host.selectText({ paragraph: f.paragraph!, start: f.start!, end: f.end! }, f.text ?? ""),
                  )
                }
              >
                <FindingMessage
                  finding={f}
                  where={f.paragraph !== undefined ? S.findings.paragraph(f.paragraph + 1) : S.findings.whole}
                />
              </Button>
              {f.fix && (
                <Button size="small" disabled={busy} onClick={() => setFixing(f)}>
                  {S.word.fix}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={fixing !== null}
        title={S.word.fixTitle}
        body={fixing?.fix ? S.word.fixBody(fixing.fix.before, fixing.fix.after) : ""}
        confirm={S.word.fix}
        onConfirm={() => fixing && applyFix(fixing)}
        onCancel={() => setFixing(null)}
      />
    </section>
  );
}
