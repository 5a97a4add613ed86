export type PaneMode = "excel" | "word" | "file";

/** How long the pane waits for office.js before it opens on files: outside Office it may never answer. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

interface OfficeLike {
  onReady(callback: (info: { host: unknown }) => void): unknown;
  HostType: { Excel: unknown; Word: unknown };
}

/**
 * Which pane to show: Excel → the Excel pane, Word → the Word pane, anything else (no Office, another
 * host, or office.js that did not load or answer within the timeout) → the file pane.
 */
export function detectPaneMode(
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<PaneMode> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve("file");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("file"), timeoutMs);
    try {
      office.onReady((info) => {
        clearTimeout(timer);
        if (info?.host === office.HostType.Excel) resolve("excel");
        else if (info?.host === office.HostType.Word) resolve("word");
        else resolve("file");
      });
    } catch {
      clearTimeout(timer);
      resolve("file");
    }
  });
}
