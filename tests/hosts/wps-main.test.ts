/**
 * wps/main.js, the WPS 加载项's ribbon callbacks, run as WPS runs them (a page at the add-in's index.html) under each
 * convention a WPS build may follow: the add-in API on a global `wps` (Kingsoft's typings) or on `window.Application`
 * (the wpsjs templates). tests/foundation/wps-package.test.ts runs the packaged copy.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { FakeEt, FakeWpsAddinApi, FakeWpsWriter, type WpsConvention, wpsGlobals } from "../fakes/wps-fake";

const MAIN = readFileSync("wps/main.js", "utf8");

function loadMain(kind: "et" | "wps", convention: WpsConvention) {
  const api = new FakeWpsAddinApi();
  const application = kind === "et" ? new FakeEt().application : new FakeWpsWriter(["通知"]).application;
  const alerts: string[] = [];
  const sandbox: Record<string, unknown> = {
    location: { href: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/huiwu_0.1.0/index.html" },
    navigator: { userAgent: "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/103.0.5060.134" },
    alert: (message: string) => alerts.push(message),
    ...wpsGlobals(kind, application, convention, api),
  };
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(MAIN, sandbox, { filename: "main.js" });
  const call = (name: string, ...args: unknown[]) => (sandbox[name] as (...a: unknown[]) => unknown)(...args);
  return { call, api, alerts };
}

describe.each<[WpsConvention, "et" | "wps"]>([
  ["wps", "et"],
  ["wps", "wps"],
  ["Application", "et"],
  ["Application", "wps"],
])("wps/main.js with the add-in API on %s, in %s", (convention, kind) => {
  it("opens the pane from the add-in's folder, keeps its id per program, and toggles it on the next click", () => {
    const wps = loadMain(kind, convention);
    expect(wps.call("OnAddinLoad", { ribbon: true })).toBe(true);
    wps.call("OnAction", { Id: "huiwuOpenPane" });
    expect(wps.alerts).toEqual([]);
    expect(wps.api.panes).toEqual([
      {
        ID: 1,
        Visible: true,
        DockPosition: 2,
        url: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/huiwu_0.1.0/taskpane/taskpane.html",
      },
    ]);
    expect([...wps.api.storage]).toEqual([[`huiwu_taskpane_${kind}`, "1"]]);
    wps.call("OnAction", { Id: "huiwuOpenPane" });
    expect(wps.api.panes).toHaveLength(1);
    expect(wps.api.panes[0].Visible).toBe(false);
  });
});

it("says in Chinese that the pane cannot open where neither global has CreateTaskPane", () => {
  const alerts: string[] = [];
  const sandbox: Record<string, unknown> = {
    location: { href: "file:///x/index.html" },
    navigator: { userAgent: "Chrome/103.0" },
    alert: (message: string) => alerts.push(message),
    Application: new FakeEt().application,
  };
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(MAIN, sandbox);
  (sandbox.OnAction as (c: unknown) => void)({ Id: "huiwuOpenPane" });
  expect(alerts).toEqual([expect.stringContaining("CreateTaskPane")]);
});
