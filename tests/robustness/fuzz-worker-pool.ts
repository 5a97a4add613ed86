import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { FuzzInput, Outcome } from "./fuzz-readers";

/** The budget for any hostile input: ends within 10 s and 400 MB. */
export const CASE_BUDGET = { seconds: Number(process.env.FUZZ_CASE_SECONDS ?? 10), heapMb: 400 };

/**
 * One worker thread that reads fuzz inputs one at a time. An input past the time budget is stopped by
 * terminating the worker, one past the heap budget stops it by itself; the next input gets a new worker.
 */
export class FuzzWorker {
  private worker: Worker | null = null;
  private nextId = 1;

  private start(): Worker {
    this.worker ??= new Worker(join(__dirname, "fuzz-worker.cjs"), {
      resourceLimits: { maxOldGenerationSizeMb: CASE_BUDGET.heapMb },
      stdout: true,
      stderr: true,
    });
    return this.worker;
  }

  async run(input: FuzzInput): Promise<Outcome & { ms: number }> {
    const worker = this.start();
    const id = this.nextId++;
    const started = Date.now();
    const outcome = await new Promise<Outcome>((resolve) => {
      const finish = (outcome: Outcome, stop: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (stop) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (reply: { id: number; outcome: Outcome }) => reply.id === id && finish(reply.outcome, false);
      const onError = (error: Error & { code?: string }) =>
        finish(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { verdict: "out-of-memory", detail: `heap past ${CASE_BUDGET.heapMb} MB` }
            : { verdict: "internal", detail: `worker: ${error.name}: ${error.message}` },
          true,
        );
      const onExit = (code: number) => finish({ verdict: "internal", detail: `worker exited (${code})` }, true);
      const timer = setTimeout(
        () => finish({ verdict: "timeout", detail: `still running after ${CASE_BUDGET.seconds} s` }, true),
        CASE_BUDGET.seconds * 1000 + (this.warm ? 0 : 20_000),
      );
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ ...input, id });
    });
    this.warm = this.worker !== null;
    return { ...outcome, ms: Date.now() - started };
  }

  private warm = false;

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
