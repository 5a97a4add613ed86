import path from "node:path";
import ts from "typescript";
import { CAPABILITIES, type CapabilityName } from "../../../src/hosts/office/capabilities";
import { versionAtLeast } from "./api-sets";
import { ROOT } from "./program";

/**
 * What a point of an adapter may assume of the running Office: per requirement set, the highest version a capability
 * check before it has established (hosts/office/capabilities.ts: `office.require("excelMark")` as a statement,
 * `office.has(…)` as an if/?:/&& condition or an early `if (!office.has(…)) return`, or a const holding one).
 * Nothing checked means the sets every Office has: ExcelApi 1.1 and WordApi 1.1.
 */
export type Guard = ReadonlyMap<string, string>;

export const BASELINE: Guard = new Map([
  ["ExcelApi", "1.1"],
  ["WordApi", "1.1"],
]);

const TOP = null;
type Entry = Guard | typeof TOP;

function join(a: Guard, b: Guard): Guard {
  const out = new Map(a);
  for (const [set, version] of b) if (!out.has(set) || !versionAtLeast(out.get(set)!, version)) out.set(set, version);
  return out;
}

/** What both guards establish (the weaker at each set). */
function meet(a: Entry, b: Guard): Guard {
  if (a === TOP) return b;
  const out = new Map<string, string>();
  for (const [set, version] of a) {
    const other = b.get(set);
    if (other !== undefined) out.set(set, versionAtLeast(version, other) ? other : version);
  }
  return out;
}

const same = (a: Entry, b: Entry) =>
  a === b || (a !== null && b !== null && a.size === b.size && [...a].every(([k, v]) => b.get(k) === v));

const guardOf = (name: CapabilityName): Guard =>
  join(BASELINE, new Map([[CAPABILITIES[name].set, CAPABILITIES[name].version]]));

/** A function whose guard comes from where it is called, not from where it is written. */
type Named = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isNamed(node: ts.Node): node is Named {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return true;
  return (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent);
}

function nameOf(fn: Named): ts.Identifier | null {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn))
    return fn.name && ts.isIdentifier(fn.name) ? fn.name : null;
  const d = fn.parent as ts.VariableDeclaration;
  return ts.isIdentifier(d.name) ? d.name : null;
}

const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) ||
  ts.isThrowStatement(s) ||
  (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements.at(-1)!));

export class GuardAnalysis {
  private entries = new Map<Named, Entry>();

  constructor(
    private readonly program: ts.Program,
    private readonly checker: ts.TypeChecker,
    /** The files whose functions take their guard from their callers. */
    private readonly scanned: readonly ts.SourceFile[],
  ) {
    this.solve();
  }

  /** The capabilities a string argument can name: its literal type or the union of them (`use: NewDocumentUse`). */
  private capabilitiesOf(arg: ts.Expression | undefined): CapabilityName[] | null {
    if (!arg) return null;
    const type = this.checker.getTypeAtLocation(arg);
    const parts = type.isUnion() ? type.types : [type];
    const names = parts.map((t) => (t.isStringLiteral() ? t.value : null));
    return names.every((n): n is CapabilityName => n !== null && n in CAPABILITIES) ? names : null;
  }

  /** The guard a `x.has(…)` / `x.require(…)` call establishes, a const holding `x.has(…)`, or null. */
  private guardCall(expression: ts.Expression, method: "has" | "require"): Guard | null {
    let e = expression;
    while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    if (ts.isIdentifier(e) && method === "has") {
      const d = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (d && ts.isVariableDeclaration(d) && d.initializer && ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const)
        return this.guardCall(d.initializer, "has");
      return null;
    }
    if (
      ts.isBinaryExpression(e) &&
      e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      method === "has"
    ) {
      const [l, r] = [this.guardCall(e.left, "has"), this.guardCall(e.right, "has")];
      return l || r ? join(l ?? BASELINE, r ?? BASELINE) : null;
    }
    if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return null;
    if (e.expression.name.text !== method) return null;
    const names = this.capabilitiesOf(e.arguments[0]);
    if (!names) return null;
    return names.map(guardOf).reduce<Entry>((acc, g) => meet(acc, g), TOP);
  }

  private negated(expression: ts.Expression): ts.Expression | null {
    let e = expression;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken ? e.operand : null;
  }

  /** What the lexical context of `node` establishes up to its enclosing named function (and that function's entry). */
  guardAt(node: ts.Node): Guard {
    let guard = BASELINE;
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent)) {
        for (const s of parent.statements) {
          if (s === child) break;
          if (ts.isExpressionStatement(s)) guard = join(guard, this.guardCall(s.expression, "require") ?? BASELINE);
          if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) {
            const operand = this.negated(s.expression);
            if (operand) guard = join(guard, this.guardCall(operand, "has") ?? BASELINE);
          }
        }
      }
      const inThen =
        (ts.isIfStatement(parent) && child === parent.thenStatement) ||
        (ts.isConditionalExpression(parent) && child === parent.whenTrue);
      const inElse =
        (ts.isIfStatement(parent) && child === parent.elseStatement) ||
        (ts.isConditionalExpression(parent) && child === parent.whenFalse);
      const condition = ts.isIfStatement(parent)
        ? parent.expression
        : ts.isConditionalExpression(parent)
          ? parent.condition
          : null;
      if (condition && inThen) guard = join(guard, this.guardCall(condition, "has") ?? BASELINE);
      if (condition && inElse) {
        const operand = this.negated(condition);
        if (operand) guard = join(guard, this.guardCall(operand, "has") ?? BASELINE);
      }
      if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        child === parent.right
      )
        guard = join(guard, this.guardCall(parent.left, "has") ?? BASELINE);
      if (isNamed(parent) && this.entries.has(parent)) {
        const entry = this.entries.get(parent)!;
        return join(guard, entry ?? BASELINE);
      }
    }
    return guard;
  }

  /**
   * Each function's entry guard: what every place that calls it, or passes it on, has established. Functions in
   * the scanned files only; one called from nowhere in src (a host's method, an export the pane calls) has none.
   */
  private solve(): void {
    const named: Named[] = [];
    const visit = (node: ts.Node) => {
      if (isNamed(node) && nameOf(node)) named.push(node);
      ts.forEachChild(node, visit);
    };
    this.scanned.forEach(visit);
    const byName = new Map<string, Named[]>();
    for (const fn of named) {
      const name = nameOf(fn)!.text;
      byName.set(name, [...(byName.get(name) ?? []), fn]);
      this.entries.set(fn, TOP);
    }
    const references = new Map<Named, ts.Identifier[]>(named.map((fn) => [fn, []]));
    const declarationOf = (id: ts.Identifier): Named | null => {
      let symbol = this.checker.getSymbolAtLocation(id);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      const d = symbol?.valueDeclaration;
      if (!d) return null;
      const fn = ts.isVariableDeclaration(d) ? d.initializer : d;
      return fn && references.has(fn as Named) ? (fn as Named) : null;
    };
    const sources = this.program
      .getSourceFiles()
      .filter((s) => !s.isDeclarationFile && s.fileName.startsWith(path.join(ROOT, "src")));
    const find = (node: ts.Node) => {
      const inImportOrExport = (id: ts.Identifier) =>
        ts.isImportSpecifier(id.parent) || ts.isExportSpecifier(id.parent) || ts.isImportClause(id.parent);
      if (ts.isIdentifier(node) && byName.has(node.text) && !inImportOrExport(node)) {
        const fn = declarationOf(node);
        if (fn && nameOf(fn) !== node) references.get(fn)!.push(node);
      }
      ts.forEachChild(node, find);
    };
    sources.forEach(find);
    for (let round = 0; round < 50; round++) {
      let changed = false;
      for (const fn of named) {
        const refs = references.get(fn)!;
        const entry =
          refs.length === 0 ? BASELINE : refs.reduce<Entry>((acc, ref) => meet(acc, this.guardAt(ref)), TOP);
        if (!same(entry, this.entries.get(fn)!)) {
          this.entries.set(fn, entry);
          changed = true;
        }
      }
      if (!changed) return;
    }
    throw new Error("guard analysis did not settle");
  }
}
