import {
  type FileJobInput,
  type FileJobName,
  type FileJobOutput,
  type FileJobProgress,
  runFileJob,
} from "../../hosts/files/file-jobs";

export interface JobRequest<K extends FileJobName = FileJobName> {
  id: number;
  job: K;
  input: FileJobInput<K>;
}

export type JobReply =
  | { id: number; type: "progress"; progress: FileJobProgress }
  | { id: number; type: "done"; result: FileJobOutput<FileJobName> }
  | { id: number; type: "error"; name: string; message: string };

/** The part of a dedicated worker's global scope the file jobs talk through. */
export interface JobScope {
  postMessage(reply: JobReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
}

/** Runs the file jobs for whoever posts requests to `scope`, answering with progress, the result or the error. */
export function serveFileJobs(scope: JobScope): void {
  scope.onmessage = ({ data: { id, job, input } }) => {
    runFileJob(job, input, (progress) => scope.postMessage({ id, type: "progress", progress })).then(
      (result) =>
        // A written workbook is handed over, not copied.
        scope.postMessage({ id, type: "done", result }, result instanceof Uint8Array ? [result.buffer] : []),
      (error: unknown) => {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        scope.postMessage({ id, type: "error", name, message });
      },
    );
  };
}
