import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

/**
 * npm run build:intranet (webpack --env office-js=local): the pane build with the real webpack.config.js — its HTML
 * page, CSP and copied files — on a one-line entry instead of the pane's code (the same plugins make the page
 * whatever the entry is), so the check takes seconds rather than a full build.
 */
const ROOT = path.resolve(__dirname, "../..");

type Config = webpack.Configuration & { name: string };

function paneConfig(env: Record<string, string>, out: string, entry: string): Config {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configs = require(path.join(ROOT, "webpack.config.js"))(env, { mode: "production" }) as Config[];
  const pane = configs.find((c) => c.name === "pane")!;
  const kept = (pane.plugins ?? []).filter((p) => {
    const name = p?.constructor?.name;
    return name === "HtmlWebpackPlugin" || name === "CopyPlugin";
  });
  return { ...pane, context: ROOT, entry: { taskpane: entry }, output: { ...pane.output, path: out }, plugins: kept };
}

function build(config: Config): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else resolve();
    }),
  );
}

describe("the intranet build serves office.js from the add-in's own origin", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "huiwu-intranet-"));
  const entry = path.join(out, "entry.js");
  let page = "";

  beforeAll(async () => {
    writeFileSync(entry, "document.title;\n");
    await build(paneConfig({ "office-js": "local" }, path.join(out, "dist"), entry));
    page = readFileSync(path.join(out, "dist/taskpane.html"), "utf8");
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("copies @microsoft/office-js's files into the build, without the debug builds", () => {
    const dir = path.join(out, "dist/office-js");
    for (const file of [
      "office.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "word-web-16.00.js",
      "word-win32-16.01.js",
    ])
      expect(existsSync(path.join(dir, file))).toBe(true);
    expect(existsSync(path.join(dir, "zh-cn/office_strings.js"))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".debug.js") || f.endsWith(".d.ts"))).toEqual([]);
  });

  it("loads office.js from the build and names no other origin in the page or its CSP", () => {
    // The page is minified: attribute values without spaces lose their quotes.
    const value = (pattern: string) => new RegExp(`${pattern}=["']?([^"'>\\s]+)`);
    expect(value("<meta name=[\"']?huiwu-office-js[\"']? content").exec(page)?.[1]).toBe("office-js/office.js");
    const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]*)"/.exec(page)![1];
    expect(csp).toMatch(/script-src 'self'( 'self')?;/);
    expect(page.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? []).toEqual([]);
    const scripts = [...page.matchAll(/<script[^>]* src=["']?([^"'>\s]+)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) expect(src).not.toMatch(/^(?:[a-z]+:)?\/\//i);
  });

  it("keeps Microsoft's CDN without the flag", () => {
    const pane = paneConfig({}, path.join(out, "unused"), entry);
    const html = (pane.plugins ?? []).find((p) => p?.constructor?.name === "HtmlWebpackPlugin") as unknown as {
      userOptions: { templateParameters: Record<string, string> };
    };
    expect(html.userOptions.templateParameters).toEqual({
      officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      officeOrigin: "https://appsforoffice.microsoft.com",
    });
  });
});
