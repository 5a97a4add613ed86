import { unsupportedMessage } from "../../hosts/office/capabilities";
import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { type Finding, spanOf } from "../../core/rules/finding";
import type { CheckedKind, DocumentKind } from "../../core/rules/text-rule";
import type { WordHost } from "../../hosts/word/word-host";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { DocumentFindingMessage, KindSwitch } from "../components/DocumentFindings";
import { Status, type StatusMessage } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { useLayout } from "../components/layout";
import { loadDraftEngine } from "./load-engines";
import { TrackingDownload } from "../components/TrackingDownload";
import { LazySelfTestCard } from "../components/LazySelfTestCard";
import { S } from "../strings";

const useStyles = makeStyles({});

/** 检查本文档: reads the document, lists findings; a click selects the text; comments and confirmed fixes. */
export function CheckPanel({ host }: { host: WordHost }) {
  const styles = { ...useLayout(), ...useStyles() };
  const [result, setResult] = useState<{ kind: CheckedKind; findings: Finding[]; paragraphs: string[] } | null>(null);
  const [chosenKind, setChosenKind] = useState<DocumentKind | undefined>(undefined);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [fixing, setFixing] = useState<Finding | null>(null);

  const { busy, attempt } = useBusyAction(setStatus);

  const check = (kind: DocumentKind | undefined = chosenKind) =>
    attempt(async () => {
      setStatus(null);
      const paragraphs = await host.readParagraphs();
      if (paragraphs.every((p) => p.trim() === "")) {
        setResult(null);
        setStatus({ intent: "info", text: S.word.emptyDocument });
        return;
      }
      const { checkDocument } = await loadDraftEngine();
      setResult({ ...checkDocument({ paragraphs, kind }), paragraphs });
    });

  const comment = () =>
    attempt(async () => {
      const located = (result?.findings ?? []).flatMap((f) => {
        const span = spanOf(f);
        return span ? [{ at: span, text: span.text, message: f.message }] : [];
      });
      const n = await host.addComments(located);
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
        <Button appearance="primary" disabled={busy} onClick={() => void check()}>
          {busy ? S.word.checking : S.word.checkDocument}
        </Button>
        {result && result.findings.length > 0 && (
          <Button
            disabled={busy || !host.supportsComments()}
            onClick={comment}
            title={host.supportsComments() ? undefined : unsupportedMessage("wordComments")}
          >
            {S.word.addComments}
          </Button>
        )}
      </div>
      {result && !host.supportsComments() && result.findings.length > 0 && (
        <Caption1>{unsupportedMessage("wordComments")}</Caption1>
      )}
      <Status status={status} />
      {result && (
        <KindSwitch
          checkedAs={result.kind}
          chosen={chosenKind}
          disabled={busy}
          onChoose={(kind) => {
            setChosenKind(kind);
            void check(kind);
          }}
        />
      )}
      {result?.kind === "minutes" && <TrackingDownload paragraphs={result.paragraphs} name={S.tracking.wordName} />}
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
                onClick={() => {
                  const span = spanOf(f);
                  if (span) void attempt(() => host.selectText(span, span.text));
                }}
              >
                <DocumentFindingMessage finding={f} />
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
      <LazySelfTestCard run={(options) => host.selfTest(options)} confirmBody={S.selfTest.confirmWord} />
    </section>
  );
}
