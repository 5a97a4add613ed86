import {
  type FileJobInput,
  type FileJobName,
  type FileJobOutput,
  type FileJobProgress,
  runFileJob,
} from "../../hosts/files/file-jobs";
import { S } from "../strings";
import type { JobReply, JobRequest } from "./serve-file-jobs";

/** The user pressed 取消: the job's promise rejects with this and its work is thrown away. */
export class JobCancelled extends Error {
  constructor() {
    super(S.file.cancelled);
    this.name = "JobCancelled";
  }
}

export interface FileJobRunner {
  run<K extends FileJobName>(
    job: K,
    input: FileJobInput<K>,
    onProgress?: (progress: FileJobProgress) => void,
  ): Promise<FileJobOutput<K>>;
  /** Stops every running job at once (the worker is terminated; the next job starts a new one). */
  cancel(): void;
  /** Starts the worker before the first job, so that job does not wait for the worker's script to load. */
  warm(): void;
}

/**
 * A job's message to the worker, and what it hands over: a file's bytes go as a copy of their own, transferred. Cloned,
 * the 8 MB of a 50,000-row workbook were copied on the page and again as the worker first read the message, before
 * it could start to unzip. The page keeps its bytes: a worker that fails to load runs the job here, a download may
 * need them.
 */
function requestOf(id: number, job: FileJobName, input: unknown): [JobRequest, Transferable[]] {
  const bytes = (input as { bytes?: unknown }).bytes;
  if (!(bytes instanceof Uint8Array)) return [{ id, job, input } as JobRequest, []];
  const own = bytes.slice();
  return [{ id, job, input: { ...(input as object), bytes: own } } as JobRequest, [own.buffer]];
}

interface Pending {
  job: FileJobName;
  input: unknown;
  onProgress: (progress: FileJobProgress) => void;
  resolve: (result: never) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs file jobs in the worker `startWorker` gives, or on the page when it gives none or the worker
 * script cannot load. Cancelling a worker job stops its work outright; cancelling a job on the page only
 * discards its result.
 */
export function createFileJobRunner(startWorker: () => Worker | null): FileJobRunner {
  let worker: Worker | null | undefined; // undefined: not started; null: none, jobs run on the page
  let workerAnswered = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number, outcome: (job: Pending) => void) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    outcome(job);
  };

  const runOnPage = (id: number, job: Pending) => {
    runFileJob(job.job, job.input, (progress) => pending.get(id)?.onProgress(progress)).then(
      (result) => settle(id, (p) => p.resolve(result as never)),
      (error: unknown) => settle(id, (p) => p.reject(error)),
    );
  };

  const onReply = ({ data }: MessageEvent<JobReply>) => {
    workerAnswered = true;
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === "progress") job.onProgress(data.progress);
    else if (data.type === "done") settle(data.id, (p) => p.resolve(data.result as never));
    else settle(data.id, (p) => p.reject(Object.assign(new Error(data.message), { name: data.name })));
  };

  const onWorkerError = (event: Event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const stranded = [...pending];
    if (!workerAnswered) {
      for (const [id, job] of stranded) runOnPage(id, job);
      return;
    }
    worker = undefined;
    for (const [id] of stranded) settle(id, (p) => p.reject(new Error(S.file.workerStopped)));
  };

  const ensureWorker = (): Worker | null => {
    if (worker !== undefined) return worker;
    worker = startWorker();
    workerAnswered = false;
    worker?.addEventListener("message", onReply);
    worker?.addEventListener("error", onWorkerError);
    return worker;
  };

  return {
    run(job, input, onProgress = () => undefined) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        const entry: Pending = { job, input, onProgress, resolve: resolve as (result: never) => void, reject };
        pending.set(id, entry);
        const target = ensureWorker();
        if (target) target.postMessage(...requestOf(id, job, input));
        else runOnPage(id, entry);
      });
    },
    warm() {
      ensureWorker();
    },
    cancel() {
      if (worker) {
        worker.terminate();
        worker = undefined;
      }
      for (const [id] of [...pending]) settle(id, (p) => p.reject(new JobCancelled()));
    },
  };
}
