import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Nothing leaves the machine: the built pane has no way to send anything (no fetch, XHR, beacon, socket),
 * no runtime package phones home, and the page's CSP would block it anyway. Runs on the dist/ that
 * `npm test` builds first.
 */
const DIST = "dist";
const scripts = (): string[] =>
  existsSync(DIST)
    ? [
        ...readdirSync(DIST)
          .filter((f) => f.endsWith(".js"))
          .map((f) => join(DIST, f)),
        ...readdirSync(join(DIST, "chunks"))
          .filter((f) => f.endsWith(".js"))
          .map((f) => join(DIST, "chunks", f)),
      ]
    : [];

const NETWORK_CALLS = [
  /\bfetch\(/,
  /XMLHttpRequest/,
  /sendBeacon/,
  /new WebSocket/,
  /new EventSource/,
  /\.importScripts\(/,
];

const TELEMETRY =
  /^(office-addin-usage-data|applicationinsights|@microsoft\/applicationinsights|@sentry\/|posthog|mixpanel|@segment\/|analytics|@amplitude\/|@datadog\/|newrelic|bugsnag|@bugsnag\/|logrocket)/;

describe("nothing leaves the machine", () => {
  const files = scripts();

  it("the built pane holds no network call of any kind", () => {
    if (files.length === 0) throw new Error("dist/ 不存在：先运行 npm run build");
    const found = files.flatMap((file) => {
      const code = readFileSync(file, "utf8");
      return NETWORK_CALLS.filter((pattern) => pattern.test(code)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });

  it("no runtime dependency is a telemetry or usage-data package", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const runtime = Object.entries(lock.packages)
      .filter(([path, info]) => path.startsWith("node_modules/") && !info.dev)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(runtime.length).toBeGreaterThan(10);
    expect(runtime.filter((name) => TELEMETRY.test(name))).toEqual([]);
    expect(runtime).not.toContain("xlsx"); // SheetJS 0.18.5 on npm carries known advisories
  });

  it("the page's CSP allows scripts from itself and office.js only, and connections to itself only", () => {
    // As the default build fills the template in (docs/deployment.md: office.js from Microsoft's CDN).
    const html = readFileSync("src/taskpane/taskpane.html", "utf8").replace(
      "<%= officeOrigin %>",
      "https://appsforoffice.microsoft.com",
    );
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directive = (name: string) =>
      csp
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith(name + " "))
        ?.split(/\s+/)
        .slice(1);
    expect(directive("script-src")?.sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"].sort());
    expect(directive("connect-src")).toEqual(["'self'"]);
    expect(directive("default-src")).toEqual(["'self'"]);
  });
});
