import { readFileSync } from "node:fs";

/** The pane build's settings for a deployment, as `npm run build` would make them with these variables set. */
function paneBuild(env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configs = require("../../webpack.config.js")({}, { mode: "production" }) as {
      name: string;
      plugins: {
        patterns?: { from: string; transform?: (c: Buffer) => string }[];
        userOptions?: Record<string, unknown>;
      }[];
    }[];
    const pane = configs.find((c) => c.name === "pane")!;
    const copy = pane.plugins.find((p) => p.patterns)!.patterns!;
    const manifest = copy.find((p) => p.from === "manifest.xml")!.transform!(readFileSync("manifest.xml"));
    const html = pane.plugins.find((p) => p.userOptions?.filename === "taskpane.html")!.userOptions!;
    return { manifest, parameters: html.templateParameters as Record<string, string> };
  } finally {
    process.env = saved;
  }
}

describe("deploying to an office's own server", () => {
  it("writes every manifest address for the public base URL, with no localhost left", () => {
    const { manifest } = paneBuild({ HUIWU_BASE_URL: "https://huiwu.example.gov.cn" });
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.every((url) => url.startsWith("https://huiwu.example.gov.cn/"))).toBe(true);
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/huiwu\.example\.gov\.cn\/assets\/support\.html"\/>/);
  });

  it("keeps the manifest on the port npm start serves", () => {
    expect(paneBuild({ PORT: "4000" }).manifest).toMatch(/https:\/\/localhost:4000\/taskpane\.html/);
  });

  it("loads office.js from an intranet mirror and allows only that origin in the page's CSP", () => {
    const { parameters } = paneBuild({ HUIWU_OFFICE_JS: "https://mirror.example.gov.cn/office/office.js" });
    expect(parameters).toEqual({
      officeJs: "https://mirror.example.gov.cn/office/office.js",
      officeOrigin: "https://mirror.example.gov.cn",
    });
  });

  it("refuses a base address Office would not load (http)", () => {
    expect(() => paneBuild({ HUIWU_BASE_URL: "http://huiwu.example.gov.cn/" })).toThrow(/必须是 https 地址/);
  });
});
