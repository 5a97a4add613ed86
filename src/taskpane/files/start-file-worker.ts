/** A new file worker, or null where the browser cannot start one (then jobs run on the page). */
export function startFileWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./file-worker.ts", import.meta.url), { name: "huiwu-files" });
  } catch {
    return null; // e.g. a locked-down embedded browser that forbids workers
  }
}
