import {
  Button,
  Caption1,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  type SelfTestOptions,
  type SelfTestReport,
  type SelfTestStepResult,
  selfTestFileBytes,
  selfTestFileName,
  selfTestSummary,
  selfTestText,
} from "../../hosts/office/self-test-report";
import { S } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";
import { useLayout } from "./layout";
import { Status, type StatusMessage, errorText } from "./Status";

const loadDownload = () => import(/* webpackChunkName: "download" */ "../../hosts/files/download");

const useStyles = makeStyles({
  step: { display: "grid", gridTemplateColumns: "2.5em 1fr auto", columnGap: tokens.spacingHorizontalXS },
  mark: { fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
  detail: { gridColumn: "2 / 4", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  ms: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

function StepRow({ step }: { step: SelfTestStepResult }) {
  const styles = useStyles();
  return (
    <li className={styles.step}>
      <Text
        className={mergeClasses(styles.mark, styles[step.outcome])}
        aria-label={S.selfTest.outcomeName[step.outcome]}
      >
        {S.selfTest.outcome[step.outcome]}
      </Text>
      <Text size={200}>
        {step.name}（{step.needs}）
      </Text>
      <Caption1 className={styles.ms}>{step.outcome === "skipped" ? "" : `${step.ms} ms`}</Caption1>
      {step.detail && <Caption1 className={styles.detail}>{step.detail}</Caption1>}
    </li>
  );
}

/** Copies text where the pane may (navigator.clipboard), else through a selected text area (older Office panes). */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand?.("copy");
    area.remove();
    if (!copied) throw new Error(S.selfTest.copyFailed);
  }
}

/**
 * 自检: one button that, once confirmed, runs the host's self-test, shows each step as it ends and then the report,
 * which can be copied or saved as a .txt. The pane only calls the host (`run`), never Office or WPS itself.
 */
export interface SelfTestCardProps {
  run: (options: SelfTestOptions) => Promise<SelfTestReport>;
  confirmBody: string;
}

export function SelfTestCard({ run, confirmBody }: SelfTestCardProps) {
  const layout = useLayout();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<{ steps: readonly SelfTestStepResult[]; total: number } | null>(null);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const running = progress !== null && report === null;

  const start = async () => {
    setAsking(false);
    setReport(null);
    setStatus(null);
    setProgress({ steps: [], total: 0 });
    try {
      setReport(await run({ onStep: (steps, total) => setProgress({ steps, total }) }));
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setProgress(null);
    }
  };
  const copy = async () => {
    try {
      await copyText(selfTestText(report!));
      setStatus({ intent: "success", text: S.selfTest.copied });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  const save = async () => {
    const { offerDownload } = await loadDownload();
    const name = selfTestFileName(report!);
    offerDownload(selfTestFileBytes(report!), name, "text/plain;charset=utf-8");
    setStatus({ intent: "success", text: S.selfTest.saved(name) });
  };
  const steps = report?.steps ?? progress?.steps ?? [];

  return (
    <section className={layout.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {S.selfTest.title}
      </Subtitle2>
      <Caption1>{S.selfTest.intro}</Caption1>
      <div className={layout.actions}>
        <Button disabled={running} onClick={() => setAsking(true)}>
          {S.selfTest.run}
        </Button>
      </div>
      {running && (
        <div role="status">
          <Caption1>{S.selfTest.running(progress.steps.length, progress.total)}</Caption1>
          <ProgressBar value={progress.total ? progress.steps.length / progress.total : undefined} />
        </div>
      )}
      {report && (
        <Status
          status={{
            intent: report.steps.some((s) => s.outcome === "failed") || !report.scratchRemoved ? "warning" : "success",
            text: selfTestSummary(report),
          }}
        />
      )}
      {report && <Caption1>{S.selfTest.environment(report.host, report.version, report.platform)}</Caption1>}
      {steps.length > 0 && (
        <ul className={layout.list} aria-label={S.selfTest.reportLabel}>
          {steps.map((step, i) => (
            <StepRow key={i} step={step} />
          ))}
        </ul>
      )}
      {report && !report.scratchRemoved && (
        <Status status={{ intent: "error", text: `${report.scratch}未能删除，请手动删除。` }} />
      )}
      {report && (
        <div className={layout.actions}>
          <Button onClick={() => void copy()}>{S.selfTest.copy}</Button>
          <Button onClick={() => void save()}>{S.selfTest.save}</Button>
        </div>
      )}
      <Status status={status} />
      <ConfirmDialog
        open={asking}
        title={S.selfTest.confirmTitle}
        body={confirmBody}
        confirm={S.selfTest.start}
        onConfirm={() => void start()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
