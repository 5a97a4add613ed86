export type PaneMode = "excel" | "word" | "file";
export type OfficeHostHint = "Excel" | "Word" | "other";

/** How long the pane waits for office.js to answer inside Office before it says so (it keeps waiting). */
export const OFFICE_SILENT_MS = 10_000;

export interface OfficeLike {
  onReady(callback: (info: { host: unknown }) => void): unknown;
  HostType: { Excel: unknown; Word: unknown };
}

/**
 * Which Office host opened the pane, from the `_host_Info` Office adds to a task pane's address
 * (`Excel$Win32$16.01$zh-CN$…`, older builds `Excel|Win32|…`), or from what office.js kept of it; null in a
 * plain browser.
 */
export function officeHostHint(hostInfo: string | null | undefined): OfficeHostHint | null {
  if (!hostInfo) return null;
  const host = hostInfo.split(/[$|]/)[0].toLowerCase();
  return host === "excel" ? "Excel" : host === "word" ? "Word" : "other";
}

/** What the pane shows while it starts, and after. */
export type StartState =
  | { kind: "mode"; mode: PaneMode }
  | { kind: "waiting"; host: OfficeHostHint }
  /** Inside Office, but office.js did not load (no Internet, no intranet mirror, a proxy in the way). */
  | { kind: "office-missing"; host: OfficeHostHint }
  /** office.js loaded but has not answered yet; the pane goes on waiting and switches when it does. */
  | { kind: "office-silent"; host: OfficeHostHint };

/**
 * Decides which pane to show. A plain browser gets the file pane at once. Inside Office the pane waits
 * for office.js however long it takes, says so after OFFICE_SILENT_MS, and opens the Excel or Word pane
 * whenever it answers.
 */
export function startPane(
  hint: OfficeHostHint | null,
  office: OfficeLike | undefined,
  onState: (state: StartState) => void,
  silentMs = OFFICE_SILENT_MS,
): void {
  if (!hint) return onState({ kind: "mode", mode: "file" });
  if (!office || typeof office.onReady !== "function") return onState({ kind: "office-missing", host: hint });
  onState({ kind: "waiting", host: hint });
  const timer = setTimeout(() => onState({ kind: "office-silent", host: hint }), silentMs);
  try {
    office.onReady((info) => {
      clearTimeout(timer);
      const mode =
        info?.host === office.HostType.Excel ? "excel" : info?.host === office.HostType.Word ? "word" : "file";
      onState({ kind: "mode", mode });
    });
  } catch {
    clearTimeout(timer);
    onState({ kind: "office-missing", host: hint });
  }
}
