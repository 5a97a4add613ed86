import { paneBuild } from "./pane-build";

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
