import ts from "typescript";
import {
  type ApiSet,
  type MemberSets,
  apiSetNote,
  memberSets,
  officeMemberName,
  parseApiSetNote,
  versionAtLeast,
} from "./api-sets";
import { type Guard, GuardAnalysis } from "./guards";
import { where } from "./program";

export interface OfficeCall {
  /** `Excel.Range.getCellProperties`. */
  member: string;
  kind: "read" | "write" | "call";
  needs: ApiSet;
  guard: Guard;
  at: string;
  /** Needs nothing its object does not already prove (impliedByItsObject). */
  implied: boolean;
}

/**
 * A member no newer than its class (in the same set) needs no guard of its own: holding an object of the class means
 * the host has the class's set, and the call that gave the object is checked against its own guard. So
 * `merges.areas` (RangeAreas 1.9, on an object from getMergedAreasOrNullObject 1.13) is not checked again, while
 * `NamedItem.delete` (1.4 on a 1.1 class) is.
 */
function impliedByItsObject(owner: ts.Node, sets: MemberSets): boolean {
  if (!ts.isClassDeclaration(owner)) return false;
  const note = apiSetNote(owner);
  const own = note === null ? null : parseApiSetNote(note);
  return !!own && own.read.set === sets.read.set && versionAtLeast(own.read.version, sets.read.version);
}

/** The assignment target of `a.b = …` / `a.b += …`. */
function isWritten(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/**
 * Every property read, property write and method call of an Excel.* or Word.* class (and namespace function such
 * as Excel.run) in `files`, each resolved by the type checker to its declaration in @types/office-js, with the set
 * its note requires and the guard that stands before it. Members without a note (none so far) are left out.
 */
export function officeCalls(
  program: ts.Program,
  checker: ts.TypeChecker,
  files: readonly ts.SourceFile[],
): OfficeCall[] {
  const guards = new GuardAnalysis(program, checker, files);
  const calls: OfficeCall[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const isCall = ts.isCallExpression(node.parent) && node.parent.expression === node;
      const declaration = isCall
        ? checker.getResolvedSignature(node.parent as ts.CallExpression)?.declaration
        : checker.getSymbolAtLocation(node.name)?.declarations?.[0];
      const member = declaration && !ts.isJSDocSignature(declaration) ? officeMemberName(declaration) : null;
      const sets = member ? memberSets(declaration as ts.Declaration) : null;
      if (member && sets) {
        const kind = isCall ? "call" : isWritten(node) ? "write" : "read";
        calls.push({
          member: member.qualified,
          kind,
          needs: kind === "write" ? sets.write : sets.read,
          guard: guards.guardAt(node),
          at: where(node),
          implied: impliedByItsObject(member.owner, sets),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return calls;
}

/** A call whose set is above what its guard establishes: `Excel.Worksheet.getRangeByIndexes needs ExcelApi 1.7, …`. */
export function aboveGuard(call: OfficeCall): string | null {
  if (call.implied) return null;
  const have = call.guard.get(call.needs.set);
  if (have !== undefined && versionAtLeast(have, call.needs.version)) return null;
  const guard = [...call.guard].map(([set, version]) => `${set} ${version}`).join(", ");
  return `${call.at} ${call.member} (${call.kind}) needs ${call.needs.set} ${call.needs.version}; its guard gives ${guard}`;
}
