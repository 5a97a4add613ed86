import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { type Finding, spanOf } from "../../core/rules/finding";
import type { CheckedKind, DocumentKind } from "../../core/rules/text-rule";
import type { WordHost } from "../../hosts/word/word-host";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { DocumentFindingMessage, KindSwitch } from "../components/DocumentFindings";
import { Status, type StatusMessage } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { useLayout } from "../components/layout";
import { LayoutDocument } from "./LayoutDocument";
import { loadDraftEngine } from "./load-engines";
import { TrackingDownload } from "../components/TrackingDownload";
import { LazySelfTestCard } from "../components/LazySelfTestCard";
import { S } from "../strings";

const useStyles = makeStyles({
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    flex: 1,
    minWidth: 0,
    whiteSpace: "normal",
    fontWeight: "normal",
  },
});

/** A document opened from a file (file mode): its name, and the line saying why it opened here, if any. */
export interface OpenedFile {
  name: string;
  note?: string;
}

/**
 * Where the document comes from when it is not the open one (file mode): its controls (open a file, samples) in
 * place of 检查本文档, told to check each document once it is opened, to report a file that could not be, and
 * whether the panel is busy.
 */
export type DocumentSource = (source: {
  check: (opened: OpenedFile) => Promise<void>;
  report: (status: StatusMessage) => void;
  busy: boolean;
}) => ReactNode;

interface Checked {
  kind: CheckedKind;
  findings: Finding[];
  paragraphs: string[];
  /** The opened file's name, in file mode. */
  name?: string;
}

/**
 * 检查本文档: reads the document, lists findings; a click shows the finding's text (selected in Word, quoted in file
 * mode); comments where the host has them, and confirmed fixes. In file mode `source` opens the document and
 * `selection` shows where a clicked finding is.
 */
export function CheckPanel({
  host,
  source,
  selection,
}: {
  host: WordHost;
  source?: DocumentSource;
  selection?: ReactNode;
}) {
  const styles = { ...useLayout(), ...useStyles() };
  const [result, setResult] = useState<Checked | null>(null);
  const [chosenKind, setChosenKind] = useState<DocumentKind | undefined>(undefined);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [fixing, setFixing] = useState<Finding | null>(null);

  const { busy, attempt } = useBusyAction(setStatus);

  const read = async (kind: DocumentKind | undefined, name: string | undefined) => {
    const paragraphs = await host.readParagraphs();
    if (paragraphs.every((p) => p.trim() === "")) {
      // A named file keeps what was shown before: the file source checks for text before opening it.
      if (!name) setResult(null);
      setStatus({ intent: "info", text: name ? `${name}：${S.word.emptyDocument}` : S.word.emptyDocument });
      return;
    }
    const { checkDocument } = await loadDraftEngine();
    setResult({ ...checkDocument({ paragraphs, kind }), paragraphs, name });
  };

  const check = (kind: DocumentKind | undefined = chosenKind) =>
    attempt(async () => {
      setStatus(null);
      await read(kind, result?.name);
    });

  /** A document just opened from a file: checked as its own kind, with the line that says why it is here. */
  const checkOpened = (opened: OpenedFile) =>
    attempt(async () => {
      setChosenKind(undefined);
      setStatus(opened.note ? { intent: "info", text: opened.note } : null);
      await read(undefined, opened.name);
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
      await read(chosenKind, result?.name);
    });

  const findings = result && (
    <>
      <KindSwitch
        checkedAs={result.kind}
        chosen={chosenKind}
        disabled={busy}
        onChoose={(kind) => {
          setChosenKind(kind);
          void check(kind);
        }}
      />
      {result.kind === "minutes" && (
        <TrackingDownload
          paragraphs={result.paragraphs}
          name={result.name ?? S.tracking.wordName}
          note={result.name ? S.trackingTask.noteInFiles : undefined}
        />
      )}
      {selection}
      {result.findings.length === 0 && <Status status={{ intent: "success", text: S.word.noFindings }} />}
      {result.findings.length > 0 && (
        <ul className={styles.list} aria-label="检查结果">
          {result.findings.map((f, i) => (
            <li key={i} className={styles.item}>
              <Button
                appearance="transparent"
                className={styles.finding}
                onClick={() => {
                  const span = spanOf(f);
                  if (span) void attempt(() => host.selectText(span, span.text));
                }}
              >
                <DocumentFindingMessage finding={f} paragraphs={source ? result.paragraphs : undefined} />
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
    </>
  );

  return (
    <section className={styles.panel}>
      {source?.({ check: checkOpened, report: setStatus, busy })}
      <div className={styles.actions}>
        {!source && (
          <Button appearance="primary" disabled={busy} onClick={() => void check()}>
            {busy ? S.word.checking : S.word.checkDocument}
          </Button>
        )}
        {result && result.findings.length > 0 && (
          <Button
            disabled={busy || !host.supportsComments()}
            onClick={comment}
            title={host.supportsComments() ? undefined : host.unsupported("wordComments")}
          >
            {S.word.addComments}
          </Button>
        )}
      </div>
      {result && !host.supportsComments() && result.findings.length > 0 && (
        <Caption1>{host.unsupported("wordComments")}</Caption1>
      )}
      {(!source || result) && (
        <LayoutDocument host={host} kind={chosenKind} name={result?.name} onChanged={() => void check()} />
      )}
      <Status status={status} />
      {result?.name ? (
        <article aria-label={result.name}>
          <Caption1>{result.name}</Caption1>
          {findings}
        </article>
      ) : (
        findings
      )}
      <ConfirmDialog
        open={fixing !== null}
        title={S.word.fixTitle}
        body={fixing?.fix ? S.word.fixBody(fixing.fix.before, fixing.fix.after) : ""}
        confirm={S.word.fix}
        onConfirm={() => fixing && applyFix(fixing)}
        onCancel={() => setFixing(null)}
      />
      {host.delivery === "document" && (
        <LazySelfTestCard run={(options) => host.selfTest(options)} confirmBody={S.selfTest.confirmWord} />
      )}
    </section>
  );
}
