import { DOMParser } from "@xmldom/xmldom";
import { parse } from "acorn";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsPackage = require("../../scripts/wps-package.cjs") as {
  assembleWpsPackage(options: {
    distDir: string;
    outDir: string;
    version?: string;
    baseUrl?: string;
    archive?: boolean;
  }): Promise<{
    folder: string;
    packageDir: string;
    outDir: string;
    archivePath: string | null;
    files: string[];
    templates: string[];
  }>;
  list7z(archivePath: string): Promise<string[]>;
};

/** Parses XML, failing on any error or warning (xmldom otherwise recovers from malformed input). */
function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml") as unknown as Document;
}

function elements(document: Document, name: string): Element[] {
  return Array.from(document.getElementsByTagName(name));
}

type Pane = { ID: string; Visible: boolean; DockPosition?: number; url: string };

/** Runs main.js as WPS would, in a page at the package's index.html, against a recording fake Application. */
function loadMain(
  packageDir: string,
  userAgent = "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/103.0.5060.134",
) {
  const panes: Pane[] = [];
  const alerts: string[] = [];
  const storage = new Map<string, unknown>();
  const Application = {
    Workbooks: {},
    PluginStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: unknown) => storage.set(key, value),
    },
    CreateTaskPane(url: string) {
      const pane: Pane = { ID: `pane-${panes.length + 1}`, Visible: false, url };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: string) => panes.find((pane) => pane.ID === id) ?? null,
    ribbonUI: undefined as unknown,
  };
  const sandbox: Record<string, unknown> = {
    location: { href: pathToFileURL(path.join(packageDir, "index.html")).href },
    navigator: { userAgent },
    alert: (message: string) => alerts.push(message),
    Application,
  };
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(path.join(packageDir, "main.js"), "utf8"), sandbox, { filename: "main.js" });
  const call = (name: string, ...args: unknown[]) => (sandbox[name] as (...a: unknown[]) => unknown)(...args);
  return { call, panes, alerts, storage, Application };
}

describe("the WPS 加载项 package (npm run build:wps)", () => {
  let work: string;
  let built: Awaited<ReturnType<typeof wpsPackage.assembleWpsPackage>>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "huiwu-wps-"));
    // A tiny stand-in for the pane build: what webpack's pane config writes to dist/ (and the CLI's dist/cli/).
    const dist = path.join(work, "dist");
    mkdirSync(path.join(dist, "chunks"), { recursive: true });
    mkdirSync(path.join(dist, "assets"), { recursive: true });
    mkdirSync(path.join(dist, "cli"), { recursive: true });
    writeFileSync(path.join(dist, "taskpane.html"), '<!doctype html><script src="guard.js"></script>');
    writeFileSync(path.join(dist, "guard.js"), "var x = 1;");
    writeFileSync(path.join(dist, "taskpane.0123abcd.js"), "self.x = 1;");
    writeFileSync(path.join(dist, "chunks", "42.89abcdef.js"), "self.y = 2;");
    writeFileSync(path.join(dist, "assets", "icon-32.png"), "png");
    writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>");
    writeFileSync(path.join(dist, "cli", "huiwu.cjs"), "module.exports = {};");
    built = await wpsPackage.assembleWpsPackage({
      distDir: dist,
      outDir: path.join(work, "dist-wps"),
      version: "9.8.7",
      baseUrl: "http://intranet.example.gov.cn/addins/huiwu",
    });
  }, 60_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("lays the add-in out as wpsjs's offline build does: <name>_<version>/ with the entry files and the pane", () => {
    expect(built.folder).toBe("huiwu_9.8.7");
    expect(built.files).toEqual(
      expect.arrayContaining([
        "index.html",
        "main.js",
        "ribbon.xml",
        "manifest.xml",
        "images/huiwu-32.png",
        "taskpane/taskpane.html",
        "taskpane/guard.js",
        "taskpane/taskpane.0123abcd.js",
        "taskpane/chunks/42.89abcdef.js",
        "taskpane/assets/icon-32.png",
      ]),
    );
    // The command and the Office manifest stay out: WPS reads neither.
    expect(built.files.filter((file) => file.startsWith("taskpane/cli/") || file === "taskpane/manifest.xml")).toEqual(
      [],
    );
    expect(readFileSync(path.join(built.packageDir, "index.html"), "utf8")).toMatch(
      /<script src="main\.js"><\/script>/,
    );
  });

  it("has a well-formed ribbon.xml with a 会务助手 group and button on the 开始 tab, its callbacks defined in main.js", () => {
    const ribbon = parseXml(readFileSync(path.join(built.packageDir, "ribbon.xml"), "utf8"));
    const root = ribbon.documentElement;
    expect(root.localName).toBe("customUI");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    const tab = elements(ribbon, "tab")[0];
    expect(tab.getAttribute("idMso")).toBe("TabHome");
    const group = elements(ribbon, "group")[0];
    expect(group.getAttribute("label")).toBe("会务助手");
    const buttons = elements(ribbon, "button");
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute("label")).toBe("会务助手");
    const main = readFileSync(path.join(built.packageDir, "main.js"), "utf8");
    const callbacks = [
      root.getAttribute("onLoad"),
      buttons[0].getAttribute("onAction"),
      buttons[0].getAttribute("getImage"),
    ];
    expect(callbacks).toEqual(["OnAddinLoad", "OnAction", "GetImage"]);
    for (const name of callbacks) expect(main).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });

  it("writes main.js in ES5, which any Chromium WPS embeds can parse", () => {
    const main = readFileSync(path.join(built.packageDir, "main.js"), "utf8");
    expect(() => parse(main, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("opens the task pane from the package's own taskpane.html, with no server, and toggles it on the next click", () => {
    const wps = loadMain(built.packageDir);
    expect(wps.call("OnAddinLoad", { ribbon: true })).toBe(true);
    expect(wps.Application.ribbonUI).toEqual({ ribbon: true });
    wps.call("OnAction", { Id: "huiwuOpenPane" });
    expect(wps.panes).toHaveLength(1);
    const [pane] = wps.panes;
    expect(pane.url.startsWith("file:///")).toBe(true);
    const target = fileURLToPath(pane.url);
    expect(path.relative(built.packageDir, target)).toBe(path.join("taskpane", "taskpane.html"));
    expect(existsSync(target)).toBe(true);
    expect(pane.Visible).toBe(true);
    expect(pane.DockPosition).toBe(2);
    expect(wps.storage.get("huiwu_taskpane_et")).toBe(pane.ID);
    wps.call("OnAction", { Id: "huiwuOpenPane" });
    expect(wps.panes).toHaveLength(1);
    expect(pane.Visible).toBe(false);
    wps.call("OnAction", { Id: "somethingElse" });
    expect(pane.Visible).toBe(false);
  });

  it("names an icon that is in the package", () => {
    const icon = loadMain(built.packageDir).call("GetImage", { Id: "huiwuOpenPane" }) as string;
    expect(existsSync(path.join(built.packageDir, icon))).toBe(true);
  });

  it("does not open the pane in a Chromium older than the pane's build needs, and says why in Chinese", () => {
    const wps = loadMain(built.packageDir, "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198");
    wps.call("OnAction", { Id: "huiwuOpenPane" });
    expect(wps.panes).toHaveLength(0);
    expect(wps.alerts).toEqual([expect.stringMatching(/Chromium 86.*Chromium 94/)]);
  });

  it("writes well-formed jsplugins.xml templates that list the add-in for 文字 and 表格 with the package's version", () => {
    const read = (file: string) => parseXml(readFileSync(path.join(built.outDir, file), "utf8"));
    const offline = elements(read("jsplugins.xml"), "jsplugin");
    expect(offline.map((e) => [e.getAttribute("name"), e.getAttribute("type"), e.getAttribute("version")])).toEqual([
      ["huiwu", "wps", "9.8.7"],
      ["huiwu", "et", "9.8.7"],
    ]);
    expect(offline.map((e) => e.getAttribute("url"))).toEqual([
      "http://intranet.example.gov.cn/addins/huiwu/huiwu.7z",
      "http://intranet.example.gov.cn/addins/huiwu/huiwu.7z",
    ]);
    for (const [file, url] of [
      ["jsplugins-local-windows.xml", "file:///C:/ProgramData/huiwu/huiwu.7z"],
      ["jsplugins-local-linux.xml", "file:///opt/huiwu/huiwu.7z"],
    ]) {
      const local = elements(read(file), "jsplugin");
      expect(local.map((e) => [e.getAttribute("type"), e.getAttribute("version"), e.getAttribute("url")])).toEqual([
        ["wps", "9.8.7", url],
        ["et", "9.8.7", url],
      ]);
    }
    const online = elements(read("jsplugins-online.xml"), "jspluginonline");
    expect(online.map((e) => [e.getAttribute("name"), e.getAttribute("type"), e.getAttribute("url")])).toEqual([
      ["huiwu", "wps", "http://intranet.example.gov.cn/addins/huiwu/huiwu_9.8.7/"],
      ["huiwu", "et", "http://intranet.example.gov.cn/addins/huiwu/huiwu_9.8.7/"],
    ]);
    const manifest = parseXml(readFileSync(path.join(built.packageDir, "manifest.xml"), "utf8"));
    expect(elements(manifest, "Name")[0].textContent).toBe("huiwu");
    expect(readFileSync(path.join(built.outDir, "oem.ini.example"), "utf8")).toMatch(
      /\[Support\]\r\nJsApiPlugin=true[\s\S]*\[Server\]\r\nJSPluginsServer=http:\/\/intranet\.example\.gov\.cn\/addins\/huiwu\/jsplugins\.xml/,
    );
  });

  it("packs the folder as huiwu.7z with huiwu_<version>/ at its top, as WPS unpacks it into jsaddons", async () => {
    expect(built.archivePath).toBe(path.join(built.outDir, "huiwu.7z"));
    const listed = await wpsPackage.list7z(built.archivePath!);
    expect(listed.every((entry) => entry === built.folder || entry.startsWith(`${built.folder}/`))).toBe(true);
    const files = built.files.map((file) => `${built.folder}/${file}`);
    expect(listed.filter((entry) => files.includes(entry)).sort()).toEqual([...files].sort());
  }, 60_000);

  it("refuses a dist/ with no task pane in it", async () => {
    await expect(
      wpsPackage.assembleWpsPackage({
        distDir: path.join(work, "nothing"),
        outDir: path.join(work, "out2"),
        archive: false,
      }),
    ).rejects.toThrow(/没有 taskpane\.html/);
  });
});
