import { requireWpsApplication, wpsApplication, wpsApplicationObject } from "../../src/hosts/wps/detect";
import { FakeEt, FakeWpsWriter, type WpsConvention, wpsGlobals } from "../fakes/wps-fake";

const programs = { et: () => new FakeEt().application, wps: () => new FakeWpsWriter(["通知"]).application };

describe("which WPS the pane runs in", () => {
  it.each<[WpsConvention, "et" | "wps"]>([
    ["wps", "et"],
    ["wps", "wps"],
    ["Application", "et"],
    ["Application", "wps"],
  ])("finds the program through %s in %s, and its Application object", (convention, kind) => {
    const application = programs[kind]();
    const scope = wpsGlobals(kind, application, convention);
    expect(wpsApplication(scope)).toBe(kind);
    expect(wpsApplicationObject(scope)?.app).toBe(application);
  });

  it("gives a pane the program it was opened for, and says in Chinese which object is missing otherwise", () => {
    const et = programs.et();
    expect(requireWpsApplication("et", wpsGlobals("et", et, "wps"))).toBe(et);
    expect(() => requireWpsApplication("et", wpsGlobals("wps", programs.wps(), "wps"))).toThrow(
      "未找到 WPS 表格的应用对象（wps.EtApplication）",
    );
    expect(() => requireWpsApplication("wps", {})).toThrow("未找到 WPS 文字的应用对象（wps.WpsApplication）");
  });

  it("takes a wps global with the Application on it, or beside it", () => {
    const et = programs.et();
    expect(wpsApplication({ wps: { Application: et } })).toBe("et");
    expect(wpsApplication({ wps: {}, Application: et })).toBe("et");
  });

  it("takes a bare window.Application only where it is WPS's: its add-in API, or a name that says WPS", () => {
    expect(wpsApplication({ Application: programs.et() })).toBeNull();
    expect(wpsApplication({ Application: { Workbooks: {}, Name: "WPS 表格" } })).toBe("et");
    expect(wpsApplication({ Application: { Documents: {}, Path: "C:\\Program Files\\Kingsoft\\WPS Office" } })).toBe(
      "wps",
    );
    expect(wpsApplication({ Application: { Documents: {}, Name: "Microsoft Word" } })).toBeNull();
    expect(wpsApplication({ Application: { PluginStorage: {} } })).toBeNull();
  });

  it("answers null in Office and browsers, and where the program cannot be told", () => {
    expect(wpsApplication({ wps: { EtApplication: () => null, WpsApplication: () => null } })).toBeNull();
    expect(
      wpsApplication({
        wps: {
          EtApplication: () => {
            throw new Error("not here");
          },
        },
      }),
    ).toBeNull();
    expect(wpsApplication({})).toBeNull();
  });

  it("survives a COM bridge that throws on a member its program lacks", () => {
    const app = new Proxy(
      { Documents: {}, CreateTaskPane: () => null },
      {
        get(target, name) {
          if (name === "Workbooks") throw new Error("member not found");
          return (target as Record<string | symbol, unknown>)[name];
        },
        has: () => true,
      },
    );
    expect(wpsApplication({ Application: app })).toBe("wps");
  });
});
