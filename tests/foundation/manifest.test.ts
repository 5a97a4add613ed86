import { readFileSync } from "node:fs";
import { OfficeAddinManifest } from "office-addin-manifest";

const MANIFEST = "manifest.xml";

describe("manifest.xml, read offline by office-addin-manifest", () => {
  let info: Awaited<ReturnType<typeof OfficeAddinManifest.readManifestFile>>;
  beforeAll(async () => {
    info = await OfficeAddinManifest.readManifestFile(MANIFEST);
  });

  it("is one task-pane add-in for Excel and Word", () => {
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook", "Document"]);
  });

  it("asks for ReadWriteDocument and nothing more, and needs no extra domains", () => {
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.appDomains ?? []).toEqual([]);
  });

  it("speaks Chinese by default", () => {
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.displayName).toBe("会务助手");
    expect(info.description).toMatch(/签到表/);
  });

  it("points every URL at the pane served over https on localhost:3000, files that the build writes", () => {
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    const xml = readFileSync(MANIFEST, "utf8");
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      const path = url.replace("https://localhost:3000/", "");
      if (path.startsWith("assets/")) expect(() => readFileSync(path)).not.toThrow();
    }
  });

  it("puts a 会务助手 button on the Home tab of both hosts", () => {
    const xml = readFileSync(MANIFEST, "utf8");
    for (const host of ["Workbook", "Document"]) {
      const block = xml.split(`<Host xsi:type="${host}">`)[1]?.split("</Host>")[0] ?? "";
      expect(block).toContain('<OfficeTab id="TabHome">');
      expect(block).toContain('<Action xsi:type="ShowTaskpane">');
    }
    expect(xml).toContain('<bt:String id="Button.Label" DefaultValue="会务助手"/>');
  });

  it("has icons of 16, 32, 64 and 80 pixels as real PNG files of those sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(`assets/icon-${size}.png`);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
