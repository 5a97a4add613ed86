import type { EtApplication, WpsApplication } from "./wps-api";

/** Which WPS application the pane runs in: 表格 ("et"), 文字 ("wps"), or none (Office or a plain browser). */
export type WpsKind = "et" | "wps";

/**
 * The global a WPS 加载项's pages get: `wps.EtApplication()` / `wps.WpsApplication()` (wps-jsapi's index.d.ts) and,
 * in newer WPS, the same Application object as `wps.Application` / `window.Application` (the wpsjs samples use
 * `window.Application.ActiveWorkbook`). Office and browsers have neither.
 */
interface WpsGlobal {
  EtApplication?: () => unknown;
  WpsApplication?: () => unknown;
  Application?: unknown;
}

type Scope = { wps?: WpsGlobal; Application?: unknown };

/** Reads a member of a host object, where a COM bridge may throw instead of answering undefined. */
function has(object: unknown, member: string): boolean {
  try {
    return !!object && (object as Record<string, unknown>)[member] !== undefined;
  } catch {
    return false;
  }
}

function call(make: (() => unknown) | undefined): unknown {
  try {
    return typeof make === "function" ? make() : null;
  } catch {
    return null;
  }
}

/** The Application object of the WPS the pane runs in, or null. */
export function wpsApplicationObject(scope: Scope = globalThis as Scope): {
  kind: WpsKind;
  app: EtApplication | WpsApplication;
} | null {
  const wps = scope.wps;
  if (!wps || typeof wps !== "object") return null;
  // The Application of the current window tells which program this is: a workbook program has Workbooks.
  const app = wps.Application ?? scope.Application;
  if (has(app, "Workbooks")) return { kind: "et", app: app as EtApplication };
  if (has(app, "Documents")) return { kind: "wps", app: app as WpsApplication };
  const et = call(wps.EtApplication?.bind(wps));
  if (has(et, "Workbooks")) return { kind: "et", app: et as EtApplication };
  const writer = call(wps.WpsApplication?.bind(wps));
  if (has(writer, "Documents")) return { kind: "wps", app: writer as WpsApplication };
  return null;
}

/** "et" in WPS 表格, "wps" in WPS 文字, null anywhere else (Office, a browser, WPS 演示). */
export function wpsApplication(scope: Scope = globalThis as Scope): WpsKind | null {
  return wpsApplicationObject(scope)?.kind ?? null;
}
