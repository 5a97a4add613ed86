import { type CapabilityName, CAPABILITIES, type SetSupported, unsupportedMessage } from "./capabilities";
import type { SelfTestStep } from "./self-test-report";

export interface StepNeed {
  needs: string;
  skip: string | null;
}

/**
 * The pieces every Office self-test builds its steps from: what a step needs (a requirement set, or one of the pane's
 * capabilities) and why it is skipped where the host lacks it, and a step run in a guarded batch.
 */
export function selfTestSteps<Context>(
  guarded: (work: (context: Context) => Promise<string | void>) => Promise<string | void>,
  isSetSupported: SetSupported,
  product: "Excel" | "Word",
) {
  const bySet = (set: string, version: string): StepNeed => ({
    needs: `${set} ${version}`,
    skip: isSetSupported(set, version) ? null : `当前 ${product} 版本不支持 ${set} ${version}`,
  });
  const byCapability = (name: CapabilityName): StepNeed => {
    const c = CAPABILITIES[name];
    return { needs: `${c.set} ${c.version}`, skip: isSetSupported(c.set, c.version) ? null : unsupportedMessage(name) };
  };
  const step = (name: string, need: StepNeed, work: (context: Context) => Promise<string | void>): SelfTestStep => ({
    name,
    ...need,
    run: () => guarded(work),
  });
  return { bySet, byCapability, step };
}
