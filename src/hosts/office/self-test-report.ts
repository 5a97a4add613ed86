/**
 * 自检: the host-neutral part. A host's self-test is a list of steps run one after the other against the live
 * program on a scratch sheet or document part it makes and removes; each step says what the pane needs it for,
 * which requirement set (or WPS object) it needs, and ends ✓, ✗ with the error, or 跳过 with the reason. The report
 * is plain data and plain text: it stays on this machine (copied or saved as a .txt by the user).
 */

export type SelfTestOutcome = "ok" | "failed" | "skipped";

export interface SelfTestStepResult {
  /** What was tried, in Chinese: `名称：添加、隐藏、删除`. */
  name: string;
  /** What it needs: `ExcelApi 1.9`, `WordApi 1.4`, `WPS 表格对象模型`. */
  needs: string;
  outcome: SelfTestOutcome;
  /** ✗: the error as the host said it; 跳过: why it was not run; ✓: a remark, if any. */
  detail?: string;
  /** Milliseconds the step took (0 when skipped). */
  ms: number;
}

export interface SelfTestEnvironment {
  /** `Excel`, `Word`, `WPS 表格`, `WPS 文字`. */
  host: string;
  /** Office.context.diagnostics.version, or WPS's Application.Build; `未知` where the program does not say. */
  version: string;
  /** Office.context.diagnostics.platform (PC, Mac, OfficeOnline…), or what WPS or the browser says. */
  platform: string;
}

export interface SelfTestReport extends SelfTestEnvironment {
  /** When the self-test ran, as local time `2026-12-08 14:03`. */
  ranAt: string;
  steps: SelfTestStepResult[];
  /** Whether the scratch sheet or content control is gone again: false means the user must remove it by hand. */
  scratchRemoved: boolean;
  /** What was made to test with, in Chinese: `临时工作表“会务助手自检”`. */
  scratch: string;
}

export interface SelfTestOptions {
  /** Called after each step with the steps so far and how many there are in all. */
  onStep?: (done: readonly SelfTestStepResult[], total: number) => void;
  /** A millisecond clock (performance.now by default); tests pass a fixed one. */
  now?: () => number;
  /** The time of the run (new Date() by default). */
  date?: () => Date;
}

/** One step of a host's self-test: `run` throws to fail; `skip` is the reason it cannot run here, or null. */
export interface SelfTestStep {
  name: string;
  needs: string;
  skip: string | null;
  /** Returns a remark to show beside ✓, or nothing. */
  run: () => Promise<string | void>;
}

/** The name of the scratch sheet, and the tag of the scratch content control. */
export const SELF_TEST_SHEET = "会务助手自检";
export const SELF_TEST_TAG = "huiwu-selftest";
/** The text written to the scratch and searched for: unlikely in any user's document. */
export const SELF_TEST_MARKER = "会务助手自检ZJ7Q";

const SYMBOL: Record<SelfTestOutcome, string> = { ok: "✓", failed: "✗", skipped: "跳过" };

export function errorMessage(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

function defaultNow(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

const pad = (n: number) => String(n).padStart(2, "0");
export function localTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Runs the steps in order. The first (`setup`) makes the scratch; if it fails, the other steps are skipped.
 * `cleanup` removes the scratch and always runs last (try/finally), whatever the steps did.
 */
export async function runSelfTest(
  environment: SelfTestEnvironment,
  /** `scratch` names what the test makes, for the report (a function: the name may be chosen by `setup`). */
  plan: { scratch: string | (() => string); setup: SelfTestStep; steps: SelfTestStep[]; cleanup: SelfTestStep },
  options: SelfTestOptions = {},
): Promise<SelfTestReport> {
  const now = options.now ?? defaultNow;
  const total = plan.steps.length + 2;
  const scratch = () => (typeof plan.scratch === "function" ? plan.scratch() : plan.scratch);
  const done: SelfTestStepResult[] = [];
  const record = (result: SelfTestStepResult) => {
    done.push(result);
    options.onStep?.([...done], total);
    return result;
  };
  const attempt = async (step: SelfTestStep): Promise<SelfTestStepResult> => {
    if (step.skip) return record({ name: step.name, needs: step.needs, outcome: "skipped", detail: step.skip, ms: 0 });
    const started = now();
    try {
      const remark = await step.run();
      const ms = Math.round(now() - started);
      return record({ name: step.name, needs: step.needs, outcome: "ok", ms, ...(remark ? { detail: remark } : {}) });
    } catch (error) {
      const ms = Math.round(now() - started);
      return record({ name: step.name, needs: step.needs, outcome: "failed", detail: errorMessage(error), ms });
    }
  };
  let scratchRemoved = false;
  try {
    const made = await attempt(plan.setup);
    for (const step of plan.steps) {
      if (made.outcome === "ok") await attempt(step);
      else await attempt({ ...step, skip: step.skip ?? `${scratch()}未能创建，无法测试` });
    }
  } finally {
    scratchRemoved = (await attempt(plan.cleanup)).outcome !== "failed";
  }
  return {
    ...environment,
    ranAt: localTime((options.date ?? (() => new Date()))()),
    steps: done,
    scratchRemoved,
    scratch: scratch(),
  };
}

export function selfTestSummary(report: SelfTestReport): string {
  const count = (outcome: SelfTestOutcome) => report.steps.filter((s) => s.outcome === outcome).length;
  const parts = [`${count("ok")} 项通过`, `${count("failed")} 项失败`];
  if (count("skipped") > 0) parts.push(`${count("skipped")} 项跳过`);
  return parts.join("，");
}

/** One line of a step: `✓ 读取数据块（ExcelApi 1.4） 12 ms`, the detail on the next line. */
export function stepLines(step: SelfTestStepResult): string[] {
  const head = `${SYMBOL[step.outcome]} ${step.name}（${step.needs}）${step.outcome === "skipped" ? "" : ` ${step.ms} ms`}`;
  if (!step.detail) return [head];
  const label = step.outcome === "failed" ? "错误" : step.outcome === "skipped" ? "原因" : "说明";
  return [head, `    ${label}：${step.detail}`];
}

/** The report as text, to copy or save: every line in Chinese, nothing but what is shown. */
export function selfTestText(report: SelfTestReport): string {
  return [
    "会务助手自检报告",
    `时间：${report.ranAt}`,
    `宿主：${report.host}`,
    `版本：${report.version}`,
    `平台：${report.platform}`,
    `结果：${selfTestSummary(report)}`,
    "",
    ...report.steps.flatMap(stepLines),
    "",
    report.scratchRemoved
      ? `${report.scratch}已删除，文档中没有留下自检的内容。`
      : `${report.scratch}未能删除，请手动删除。`,
    "本报告只在本机生成，未发送到任何地方。",
  ].join("\n");
}

/** `会务助手自检报告（Excel 2026-12-08 1403）.txt`. */
export function selfTestFileName(report: SelfTestReport): string {
  return `会务助手自检报告（${report.host} ${report.ranAt.replace(/:/g, "")}）.txt`;
}

/** The text as a .txt file for Windows: UTF-8 with a BOM (older Notepad needs it) and CRLF line ends. */
export function selfTestFileBytes(report: SelfTestReport): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${selfTestText(report).replace(/\n/g, "\r\n")}\r\n`);
}
