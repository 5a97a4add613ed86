import { readdirSync, readFileSync } from "node:fs";
import { paneBuild } from "./pane-build";

// The same check as `npm run validate`: Microsoft's manifest schemas (schemas/office-addin-manifest/),
// libxml2 in WebAssembly, no network.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, SCHEMA_DIR } = require("../../scripts/validate-manifest.cjs") as {
  validateManifest: (xml: string, fileName?: string) => Promise<{ valid: boolean; errors: string[] }>;
  SCHEMA_DIR: string;
};

const MANIFEST = readFileSync("manifest.xml", "utf8");
const NS = "{http://schemas.microsoft.com/office/appforoffice/1.1}";
const OV = "{http://schemas.microsoft.com/office/taskpaneappversionoverrides}";

/** The manifest with one piece of text replaced; fails if the text is not there, so a broken case stays broken. */
function changed(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  expect(out).not.toBe(xml);
  return out;
}

describe("manifest.xml against Microsoft's add-in manifest schema, offline", () => {
  it("validates as it is in the repository", async () => {
    expect(await validateManifest(MANIFEST)).toEqual({ valid: true, errors: [] });
  });

  it("validates as a production build for https://huiwu.example.gov.cn/ writes it", async () => {
    const { manifest } = paneBuild({ HUIWU_BASE_URL: "https://huiwu.example.gov.cn/" });
    expect(manifest).toMatch(/https:\/\/huiwu\.example\.gov\.cn\/taskpane\.html/);
    expect(manifest).not.toMatch(/localhost/);
    expect(await validateManifest(manifest)).toEqual({ valid: true, errors: [] });
  });

  it("validates as npm start writes it for another port", async () => {
    const { manifest } = paneBuild({ PORT: "4000" });
    expect(await validateManifest(manifest)).toEqual({ valid: true, errors: [] });
  });

  it("fails without the required <Id>, with xmllint's message", async () => {
    const broken = changed(MANIFEST, /\s*<Id>[^<]*<\/Id>/, "");
    const { valid, errors } = await validateManifest(broken);
    expect(valid).toBe(false);
    expect(errors).toEqual([
      expect.stringContaining(`Element '${NS}Version': This element is not expected. Expected is ( ${NS}Id ).`),
    ]);
  });

  it("fails with <Version> after <ProviderName> (the schema fixes the order)", async () => {
    const broken = changed(MANIFEST, /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1");
    const { valid, errors } = await validateManifest(broken);
    expect(valid).toBe(false);
    expect(errors.join("\n")).toMatch(/manifest\.xml:\d+: .*Element '.*ProviderName': This element is not expected/);
  });

  it("checks inside VersionOverrides too: <TaskpaneId> after <SourceLocation> fails", async () => {
    const broken = changed(
      MANIFEST,
      /(<TaskpaneId>HuiwuPane<\/TaskpaneId>)(\s*)(<SourceLocation resid="Taskpane.Url"\/>)/,
      "$3$2$1",
    );
    const { valid, errors } = await validateManifest(broken);
    expect(valid).toBe(false);
    expect(errors[0]).toContain(`Element '${OV}TaskpaneId': This element is not expected.`);
  });

  it("fails on a permission the schema does not know", async () => {
    const broken = changed(
      MANIFEST,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    const { valid, errors } = await validateManifest(broken);
    expect(valid).toBe(false);
    expect(errors.join("\n")).toMatch(/Permissions.*'Everything'/);
  });

  it("uses only schemas whose source and changes the folder's README records", () => {
    const readme = readFileSync(`${SCHEMA_DIR}/README.md`, "utf8");
    const schemas = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".xsd"));
    expect(schemas.length).toBeGreaterThanOrEqual(5);
    for (const name of schemas) expect(readme).toContain(`### ${name}`);
  });
});
