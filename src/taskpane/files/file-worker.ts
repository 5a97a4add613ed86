// The Web Worker that reads and checks files off the page's thread (started by start-file-worker.ts).
import { type JobScope, serveFileJobs } from "./serve-file-jobs";

serveFileJobs(self as unknown as JobScope);
