import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { extraFakeMembers } from "./contract/fake-members";
import { ROOT } from "./contract/program";

/**
 * The vendor's contract for WPS: every interface of src/hosts/wps/wps-api.ts (the only way the WPS hosts reach WPS;
 * TypeScript holds them to it) is checked against Kingsoft's own description of the object model, vendored unchanged
 * in vendor/wps-jsapi (npm wps-jsapi 1.0.5, see its README): each member it uses must be a member of Kingsoft's
 * interface of the same name (Et.EtRange, Wps.WpsDocument, Kso.KsoCustomXMLPart…), a method where Kingsoft has a
 * method and a property where Kingsoft has a property; and the add-in globals detect.ts reads must be in `wps`.
 */
const VENDOR = path.join(ROOT, "vendor/wps-jsapi");
const API = path.join(ROOT, "src/hosts/wps/wps-api.ts");
const DETECT = path.join(ROOT, "src/hosts/wps/detect.ts");

/**
 * Members the hosts read that Kingsoft's typings do not have, each with why. A new one fails the test.
 * `wps.Application`: detect.ts takes `wps.Application` where a build gives it, as the wpsjs templates' window.Application.
 */
const KNOWN_EXTRAS: Record<string, string> = {
  "typeof wps.Application": "the program's Application on the wps global, as some builds give it (docs/wps.md)",
};

const program = ts.createProgram([path.join(VENDOR, "index.d.ts"), API, DETECT], {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();
const isOwnFile = (file: string) => path.resolve(file) === API || path.resolve(file) === DETECT;

/** Kingsoft's interface `namespace.name` (Et.EtRange), or null. */
function vendorInterface(namespace: string, name: string): ts.Type | null {
  for (const source of program.getSourceFiles().filter((s) => s.fileName.startsWith(VENDOR)))
    for (const statement of source.statements)
      if (ts.isModuleDeclaration(statement) && statement.name.text === namespace && statement.body)
        for (const member of (statement.body as ts.ModuleBlock).statements)
          if (ts.isInterfaceDeclaration(member) && member.name.text === name)
            return checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(member.name)!);
  return null;
}

const ours = program
  .getSourceFile(API)!
  .statements.filter(ts.isInterfaceDeclaration)
  .map((d) => ({ name: d.name.text, namespace: /^(Et|Wps|Kso)/.exec(d.name.text)?.[1] ?? "", declaration: d }));

describe("the WPS hosts' calls against Kingsoft's wps-jsapi typings", () => {
  it("reads Kingsoft's interfaces", () => {
    expect(ours.length).toBeGreaterThan(20);
    expect(checker.getPropertyOfType(vendorInterface("Et", "EtRange")!, "Value2")).toBeDefined();
  });

  it.each(ours.map((o) => [o.name, o] as const))("%s has only members Kingsoft's interface has", (_, o) => {
    const vendor = vendorInterface(o.namespace, o.name);
    expect(vendor).not.toBeNull();
    const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(o.declaration.name)!);
    expect(extraFakeMembers(checker, type, vendor!, o.name, isOwnFile)).toEqual([]);
  });

  it.each(ours.map((o) => [o.name, o] as const))("%s calls Kingsoft's methods and reads its properties", (_, o) => {
    const vendor = vendorInterface(o.namespace, o.name)!;
    const callable = (t: ts.Type) => t.getCallSignatures().length > 0 || !!(t.flags & ts.TypeFlags.Any);
    const mismatched = o.declaration.members
      .filter((m) => m.name && ts.isIdentifier(m.name))
      .filter((m) => {
        const theirs = checker.getPropertyOfType(vendor, (m.name as ts.Identifier).text);
        if (!theirs) return false;
        const type = checker.getTypeOfSymbol(theirs);
        if (type.flags & ts.TypeFlags.Any) return false;
        return ts.isMethodSignature(m) !== callable(type);
      })
      .map((m) => (m.name as ts.Identifier).text);
    expect(mismatched).toEqual([]);
  });

  it("finds the add-in globals detect.ts reads in Kingsoft's wps namespace", () => {
    const wpsGlobal = program
      .getSourceFile(DETECT)!
      .statements.find(
        (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "WpsGlobal",
      )!;
    const ns = checker.getTypeOfSymbol(
      checker
        .getSymbolsInScope(program.getSourceFile(path.join(VENDOR, "index.d.ts"))!, ts.SymbolFlags.Namespace)
        .find((s) => s.name === "wps")!,
    );
    const extras = extraFakeMembers(
      checker,
      checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(wpsGlobal.name)!),
      ns,
      "wps",
      isOwnFile,
    );
    const names = extras.map((e) => e.replace(/ \(.*\)$/, ""));
    expect(names.filter((e) => !(e in KNOWN_EXTRAS))).toEqual([]);
    expect(names).toEqual(Object.keys(KNOWN_EXTRAS));
  });

  it("finds the add-in API wps/main.js calls (api.*, PluginStorage.*, pane.*) in Kingsoft's wps namespace", () => {
    const main = readFileSync(path.join(ROOT, "wps/main.js"), "utf8");
    const used = (object: string) => [
      ...new Set([...main.matchAll(new RegExp(`\\b${object}\\.(\\w+)`, "g"))].map((m) => m[1])),
    ];
    const index = program.getSourceFile(path.join(VENDOR, "index.d.ts"))!;
    const wps = checker.getSymbolsInScope(index, ts.SymbolFlags.Namespace).find((s) => s.name === "wps")!;
    const exported = (symbol: ts.Symbol) => checker.getExportsOfModule(symbol).map((s) => s.name);
    const storage = checker.getExportsOfModule(wps).find((s) => s.name === "PluginStorage")!;
    const pane = checker.getExportsOfModule(wps).find((s) => s.name === "CustomTaskpane")!;
    const paneMembers = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(pane)).map((s) => s.name);
    expect(used("api")).toEqual(expect.arrayContaining(["CreateTaskPane", "GetTaskPane", "PluginStorage"]));
    expect(used("api").filter((name) => !exported(wps).includes(name))).toEqual([]);
    expect(used("PluginStorage").filter((name) => !exported(storage).includes(name))).toEqual([]);
    expect(used("pane")).toEqual(expect.arrayContaining(["Visible", "DockPosition", "ID"]));
    expect(used("pane").filter((name) => !paneMembers.includes(name))).toEqual([]);
  });
});
