/** guard.js finds the Office host from every signal office.js itself reads, not _host_Info alone. */
import { readFileSync } from "node:fs";
import vm from "node:vm";

const GUARD = readFileSync("src/taskpane/guard.js", "utf8");

function hostInfo(page: { search?: string; name?: string; kept?: string; external?: object }): unknown {
  const written: string[] = [];
  const window: Record<string, unknown> = {
    location: { search: page.search ?? "", href: `https://addin.example/taskpane.html${page.search ?? ""}` },
    name: page.name ?? "",
    sessionStorage: { getItem: (key: string) => (key === "hostInfoValue" ? (page.kept ?? null) : null) },
    external: page.external,
    TextEncoder,
    __huiwuModernSyntax: true,
  };
  const document = {
    querySelector: () => ({ getAttribute: () => "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" }),
    write: (html: string) => written.push(html),
  };
  vm.runInNewContext(GUARD, { window, document, Promise, Object, String, Array, JSON, decodeURIComponent });
  return { info: window.__huiwuHostInfo, loadsOfficeJs: written.length === 1 };
}

describe("guard.js: which Office opened the pane", () => {
  it("reads _host_Info, then sessionStorage, window.name's JSON and window.external.GetHostInfo()", () => {
    expect(hostInfo({ search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" })).toEqual({
      info: "Excel$Win32$16.01$zh-CN$$$$0",
      loadsOfficeJs: true,
    });
    expect(hostInfo({ kept: "Word|Mac|16.00" })).toEqual({ info: "Word|Mac|16.00", loadsOfficeJs: true });
    expect(hostInfo({ name: JSON.stringify({ hostInfo: "Excel$Web$16.00$zh-CN" }) })).toEqual({
      info: "Excel$Web$16.00$zh-CN",
      loadsOfficeJs: true,
    });
    expect(hostInfo({ external: { GetHostInfo: () => "Word$Win32$16.01$zh-CN" } })).toEqual({
      info: "Word$Win32$16.01$zh-CN",
      loadsOfficeJs: true,
    });
  });

  it("finds none in a plain browser, whatever window.name holds, and loads no office.js", () => {
    expect(hostInfo({})).toEqual({ info: null, loadsOfficeJs: false });
    expect(hostInfo({ name: "some-frame" })).toEqual({ info: null, loadsOfficeJs: false });
    expect(hostInfo({ name: JSON.stringify({ other: 1 }) })).toEqual({ info: null, loadsOfficeJs: false });
  });
});
