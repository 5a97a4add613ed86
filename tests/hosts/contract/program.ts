import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "../../..");

/** A file the test adds to the program to name the vendors' types: `declare const excelContext: Excel.RequestContext`. */
export const ANCHORS = path.join(ROOT, "tests/hosts/contract/__anchors__.ts");

/**
 * One TypeScript program over the project's sources as tsconfig.json compiles them (so every Excel.* and Word.* type
 * resolves to the installed @types/office-js), plus `extra` files and the anchors' declarations.
 */
export function contractProgram(
  anchors: string,
  extra: string[] = [],
): { program: ts.Program; checker: ts.TypeChecker } {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  )!;
  const roots = config.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`) || extra.includes(f));
  for (const f of extra) if (!roots.includes(f)) roots.push(f);
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === ANCHORS
      ? ts.createSourceFile(name, anchors, language)
      : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === ANCHORS || fileExists(name);
  const program = ts.createProgram([...roots, ANCHORS], config.options, host);
  return { program, checker: program.getTypeChecker() };
}

/** The type a `declare const name: …` of the anchors has. */
export function anchorType(program: ts.Program, checker: ts.TypeChecker, name: string): ts.Type {
  const source = program.getSourceFile(ANCHORS)!;
  for (const statement of source.statements)
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name) return checker.getTypeAtLocation(d.name);
  throw new Error(`no anchor ${name}`);
}

/** `src/hosts/excel/marks.ts:120` for a node. */
export function where(node: ts.Node): string {
  const source = node.getSourceFile();
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${path.relative(ROOT, source.fileName)}:${line + 1}`;
}
