import type { EtApplication, WpsApplication } from "./wps-api";

/** Which WPS application the pane runs in: 表格 ("et"), 文字 ("wps"), or none (Office or a plain browser). */
export type WpsKind = "et" | "wps";

/**
 * The two conventions WPS builds follow for a 加载项's pages. Kingsoft's wps-jsapi typings (index.d.ts) put the
 * add-in API on a global `wps`: `wps.EtApplication()` / `wps.WpsApplication()`, `wps.CreateTaskPane`,
 * `wps.GetTaskPane`, `wps.PluginStorage`. The current wpsjs templates (wpsjs 2.2.2, et_vue/wps_vue taskpane.js and
 * dialog.js) use `window.Application` alone: the program's Application with `ActiveWorkbook`/`ActiveDocument` and
 * the same CreateTaskPane/GetTaskPane/PluginStorage on it. A build may offer either, or both.
 */
interface WpsGlobal {
  EtApplication?: () => unknown;
  WpsApplication?: () => unknown;
  Application?: unknown;
}

export type WpsScope = { wps?: WpsGlobal; Application?: unknown };

/** Reads a member of a host object, where a COM bridge may throw instead of answering undefined. */
function member(object: unknown, name: string): unknown {
  try {
    return object ? (object as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}

const has = (object: unknown, name: string) => member(object, name) !== undefined;

function call(make: (() => unknown) | undefined): unknown {
  try {
    return typeof make === "function" ? make() : null;
  } catch {
    return null;
  }
}

/**
 * True where a bare `window.Application` is WPS's: Office's task panes and browsers define no such global, but a
 * page script might, so a program's collection alone is not enough. WPS's own add-in members (the wpsjs
 * templates call them on window.Application) or a name or install path that says WPS / Kingsoft settle it.
 */
function isWpsApplication(app: unknown): boolean {
  if (!has(app, "Workbooks") && !has(app, "Documents")) return false;
  if (["CreateTaskPane", "GetTaskPane", "PluginStorage"].some((name) => has(app, name))) return true;
  return ["Name", "Path", "Build"].some((name) => /wps|kingsoft|金山/i.test(String(member(app, name) ?? "")));
}

function kindOf(app: unknown): WpsKind | null {
  if (has(app, "Workbooks")) return "et";
  if (has(app, "Documents")) return "wps";
  return null;
}

/** The Application object of the WPS the pane runs in, or null. */
export function wpsApplicationObject(scope: WpsScope = globalThis as WpsScope): {
  kind: WpsKind;
  app: EtApplication | WpsApplication;
} | null {
  const wps = scope.wps && typeof scope.wps === "object" ? scope.wps : null;
  const candidates: unknown[] = [];
  if (wps) {
    candidates.push(wps.Application ?? scope.Application);
    candidates.push(call(wps.EtApplication?.bind(wps)), call(wps.WpsApplication?.bind(wps)));
  } else if (isWpsApplication(scope.Application)) candidates.push(scope.Application);
  for (const app of candidates) {
    const kind = kindOf(app);
    if (kind) return { kind, app: app as EtApplication | WpsApplication };
  }
  return null;
}

/** "et" in WPS 表格, "wps" in WPS 文字, null anywhere else (Office, a browser, WPS 演示). */
export function wpsApplication(scope: WpsScope = globalThis as WpsScope): WpsKind | null {
  return wpsApplicationObject(scope)?.kind ?? null;
}

type ApplicationOf<K extends WpsKind> = K extends "et" ? EtApplication : WpsApplication;

const APPLICATION_OBJECTS: Record<WpsKind, string> = {
  et: "WPS 表格的应用对象（wps.EtApplication）",
  wps: "WPS 文字的应用对象（wps.WpsApplication）",
};

/** The Application object of the WPS 表格 ("et") or 文字 ("wps") the pane was opened for; an Error where it is not. */
export function requireWpsApplication<K extends WpsKind>(
  kind: K,
  scope: WpsScope = globalThis as WpsScope,
): ApplicationOf<K> {
  const found = wpsApplicationObject(scope);
  if (found?.kind !== kind) throw new Error(`未找到 ${APPLICATION_OBJECTS[kind]}`);
  return found.app as ApplicationOf<K>;
}
