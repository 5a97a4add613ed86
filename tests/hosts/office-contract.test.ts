import path from "node:path";
import ts from "typescript";
import { parseApiSetNote } from "./contract/api-sets";
import { extraFakeMembers } from "./contract/fake-members";
import { aboveGuard, officeCalls } from "./contract/office-calls";
import { ANCHORS, ROOT, anchorType, contractProgram } from "./contract/program";

/**
 * The vendor's contract for Office.js: every Excel.* / Word.* member the adapters use, resolved by the TypeScript
 * checker to its declaration in the installed @types/office-js, needs no requirement set above the capability check
 * that stands before it (hosts/office/capabilities.ts); and the fakes the host tests run on give no member that
 * the typings do not have.
 */
const ADAPTERS = ["src/hosts/excel", "src/hosts/word"];
const FAKES = { excel: "tests/fakes/excel-fake.ts", word: "tests/fakes/word-fake.ts" };

/**
 * Members the fakes give that Office.js does not, each the fake's own machinery rather than a modelled API
 * (tests/fakes/* belong to the 自检 work; reported there instead of edited here). A new one fails the test.
 */
const KNOWN_FAKE_EXTRAS: Record<string, string> = {
  "Deferred.resolve": "word-fake's loaded collections: what its sync() calls to make the items readable",
  "Word.Range.offset": "word-fake's point(): the character offset a Range 'Start' stands for",
};
const known = (finding: string) =>
  Object.keys(KNOWN_FAKE_EXTRAS).some((k) => finding.startsWith(`${k} `) || finding.includes(`(${k}, `));

/** A probe the checks must flag, so that a check that finds nothing is known to be looking. */
const PROBES = `
declare const excelContext: Excel.RequestContext;
declare const wordContext: Word.RequestContext;
declare const office: import("../../../src/hosts/office/capabilities").Capabilities;
export async function probe(context: Excel.RequestContext) {
  context.workbook.customXmlParts.add("<above/>");
  if (office.has("excelMark")) context.workbook.customXmlParts.add("<guarded/>");
  office.require("excelRead");
  context.workbook.worksheets.getItemOrNullObject("guarded");
  context.workbook.worksheets.getActiveWorksheet().getRange("A1").getCellProperties({});
}
export const probeFake = {
  workbook: { worksheets: { getItem: (name: string) => ({ name, nonsense: 1, activate: () => undefined }) } },
};
`;

const { program, checker } = contractProgram(
  PROBES,
  Object.values(FAKES).map((f) => path.join(ROOT, f)),
);

/**
 * The adapters' files. The 自检 (self-test.ts) is left out: it runs each capability on purpose and skips a step by
 * its `needs` data (office/self-test-report.ts), a guard of another shape than office.has / office.require.
 */
const adapterFiles = program
  .getSourceFiles()
  .filter((s) => ADAPTERS.some((dir) => path.dirname(s.fileName) === path.join(ROOT, dir)))
  .filter((s) => path.basename(s.fileName) !== "self-test.ts");

/** The type of the const `name` in `file` (a fake's `const context = { … }`, the request context its run hands over). */
function constType(file: string, name: string): ts.Type {
  const source = program.getSourceFile(file)!;
  let found: ts.Type | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name)
      found = checker.getTypeAtLocation(node.name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file}: no ${name}`);
  return found;
}

describe("Office.js calls against @types/office-js's requirement sets", () => {
  const calls = officeCalls(program, checker, adapterFiles);

  it("reads the typings' notes, including a property read and set at different sets", () => {
    expect(parseApiSetNote("ExcelApi 1.1 for reading visibility; 1.2 for setting it")).toMatchObject({
      read: { set: "ExcelApi", version: "1.1" },
      write: { set: "ExcelApi", version: "1.2" },
    });
    expect(parseApiSetNote("ExcelApi 1.1 for get, 1.8 for set")?.write.version).toBe("1.8");
    expect(parseApiSetNote("ExcelApi 1.9, ExcelApi Preview for null `destinationRange`")?.write.version).toBe("1.9");
    expect(calls.find((c) => c.member === "Excel.Range.getCellProperties")?.needs).toEqual({
      set: "ExcelApi",
      version: "1.9",
    });
    expect(calls.find((c) => c.member === "Word.Range.insertComment")?.needs).toEqual({
      set: "WordApi",
      version: "1.4",
    });
  });

  it("finds every adapter and their calls", () => {
    expect(adapterFiles.map((s) => path.basename(s.fileName))).toEqual(
      expect.arrayContaining(["excel-host.ts", "marks.ts", "word-host.ts"]),
    );
    expect(new Set(calls.map((c) => c.member)).size).toBeGreaterThan(60);
  });

  it("flags a call above its guard, and only that (a probe)", () => {
    const probe = officeCalls(program, checker, [program.getSourceFile(ANCHORS)!]);
    expect(probe.map(aboveGuard).filter(Boolean)).toEqual([
      expect.stringMatching(
        /:6 Excel\.Workbook\.customXmlParts \(read\) needs ExcelApi 1\.5; its guard gives ExcelApi 1\.1/,
      ),
      expect.stringMatching(
        /:10 Excel\.Range\.getCellProperties \(call\) needs ExcelApi 1\.9; its guard gives ExcelApi 1\.4/,
      ),
    ]);
  });

  it("calls no member above the capability that guards it", () => {
    expect(calls.map(aboveGuard).filter(Boolean)).toEqual([]);
  });
});

describe("the fakes implement only members the typings have", () => {
  it("flags a member Excel.Worksheet does not have (a probe)", () => {
    const real = anchorType(program, checker, "excelContext");
    expect(extraFakeMembers(checker, constType(ANCHORS, "probeFake"), real, "probe")).toEqual([
      expect.stringMatching(/^Excel\.Worksheet\.nonsense /),
    ]);
  });

  it.each(Object.entries(FAKES))("%s", (host, file) => {
    const real = anchorType(program, checker, `${host}Context`);
    const extras = extraFakeMembers(checker, constType(path.join(ROOT, file), "context"), real, `${host}Context`);
    expect(extras.filter((e) => !known(e))).toEqual([]);
  });
});
