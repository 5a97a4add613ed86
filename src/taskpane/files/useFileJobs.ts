import { useEffect, useMemo, useState } from "react";
import type { FileJobInput, FileJobName, FileJobOutput, FileJobProgress } from "../../hosts/files/file-jobs";
import { S } from "../strings";
import { type StatusMessage, errorText } from "../components/Status";
import { JobCancelled, createFileJobRunner } from "./file-job-runner";
import { startFileWorker } from "./start-file-worker";

export interface JobProgress {
  label: string;
  /** 0..1, or undefined while the step cannot be measured. */
  value?: number;
}

function describe(fileName: string, progress: FileJobProgress): JobProgress {
  switch (progress.step) {
    case "unzip":
      return { label: S.file.progress.unzip(fileName) };
    case "read":
      return {
        label: S.file.progress.read(fileName, progress.done, progress.total),
        value: progress.done / progress.total,
      };
    case "check":
      return { label: S.file.progress.check(fileName) };
    case "write":
      return { label: S.file.progress.write(fileName) };
  }
}

/**
 * File jobs for one panel: run in a Web Worker, progress to show, cancel; the worker stops with the panel. `warm`:
 * the worker starts as the panel shows, its script loading while the clerk picks a file rather than after.
 */
export function useFileJobs({ warm = false }: { warm?: boolean } = {}) {
  const runner = useMemo(() => createFileJobRunner(startFileWorker), []);
  useEffect(() => {
    const started = warm ? setTimeout(() => runner.warm(), 0) : undefined;
    return () => {
      clearTimeout(started);
      runner.cancel();
    };
  }, [runner]);
  const [progress, setProgress] = useState<JobProgress | null>(null);

  const run = async <K extends FileJobName>(job: K, input: FileJobInput<K>): Promise<FileJobOutput<K>> => {
    setProgress(describe(input.fileName, { step: "unzip" }));
    try {
      return await runner.run(job, input, (step) => setProgress(describe(input.fileName, step)));
    } finally {
      setProgress(null);
    }
  };
  /** A quick answer (a held sheet's few rows): no progress line, and the panel is not busy meanwhile. */
  const ask = <K extends FileJobName>(job: K, input: FileJobInput<K>): Promise<FileJobOutput<K>> =>
    runner.run(job, input);
  return { run, ask, progress, busy: progress !== null, cancel: runner.cancel };
}

/** A job's failure as the status line: cancelling is the user's own choice, not an error. */
export function jobFailure(error: unknown): StatusMessage {
  return error instanceof JobCancelled
    ? { intent: "info", text: error.message }
    : { intent: "error", text: errorText(error) };
}
