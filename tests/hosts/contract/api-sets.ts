import ts from "typescript";

/**
 * The requirement sets that @types/office-js gives every Excel and Word member in its doc comment, as
 * `[Api set: ExcelApi 1.9]`, or for a property read and written at different sets
 * `[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it]` / `[Api set: ExcelApi 1.1 for get, 1.8 for set]`.
 * The notes are Microsoft's (the typings are generated from office-js-docs-reference), so a member's set here is the
 * one Microsoft's requirement-set tables give.
 */
export interface ApiSet {
  set: string;
  version: string;
}

export interface MemberSets {
  /** Reading the property or calling the method. */
  read: ApiSet;
  /** Assigning the property: the same set unless the note names another "for setting" it. */
  write: ApiSet;
  note: string;
}

const NOTE = /\[Api set: ([^\]]*)\]/;
const FIRST = /^\s*([A-Za-z]+) (\d+\.\d+)/;
const VERSION = /(\d+\.\d+)/;

/** The note's text in the declaration's own doc comment (the last one before it), or null. */
export function apiSetNote(declaration: ts.Node): string | null {
  const source = declaration.getSourceFile().getFullText();
  const comments = ts.getLeadingCommentRanges(source, declaration.getFullStart()) ?? [];
  for (const comment of [...comments].reverse()) {
    const found = NOTE.exec(source.slice(comment.pos, comment.end));
    if (found) return found[1];
  }
  return null;
}

/** `ExcelApi 1.1 for get, 1.8 for set` → read ExcelApi 1.1, write ExcelApi 1.8; null where the note names no set. */
export function parseApiSetNote(note: string): MemberSets | null {
  const first = FIRST.exec(note);
  if (!first) return null;
  const read = { set: first[1], version: first[2] };
  const setting = note
    .split(/[;,]/)
    .slice(1)
    .find((clause) => /\bset(ting)?\b/i.test(clause) && VERSION.test(clause));
  const write = setting ? { set: read.set, version: VERSION.exec(setting)![1] } : read;
  return { read, write, note };
}

const at = (version: string) => version.split(".").map(Number);

/** True where `version` is `floor` or later (1.13 is later than 1.9). */
export function versionAtLeast(version: string, floor: string): boolean {
  const [a, b] = [at(version), at(floor)];
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}

/** `Excel.Range.getCellProperties`: a class member or a namespace function of Excel or Word, else null. */
export function officeMemberName(declaration: ts.Declaration): { qualified: string; owner: ts.Node } | null {
  const inNamespace = (node: ts.Node) =>
    ts.isModuleBlock(node) &&
    ts.isModuleDeclaration(node.parent) &&
    ts.isSourceFile(node.parent.parent) &&
    ["Excel", "Word"].includes(node.parent.name.text);
  const name = ts.getNameOfDeclaration(declaration);
  if (!name || !ts.isIdentifier(name)) return null;
  const parent = declaration.parent;
  if ((ts.isClassDeclaration(parent) || ts.isEnumDeclaration(parent)) && parent.name && inNamespace(parent.parent)) {
    const namespace = (parent.parent.parent as ts.ModuleDeclaration).name.text;
    return { qualified: `${namespace}.${parent.name.text}.${name.text}`, owner: parent };
  }
  if (ts.isFunctionDeclaration(declaration) && inNamespace(parent)) {
    return { qualified: `${(parent.parent as ts.ModuleDeclaration).name.text}.${name.text}`, owner: declaration };
  }
  return null;
}

/** The member's sets: its own note, else its class's (`load`, `toJSON` and `set` carry none of their own). */
export function memberSets(declaration: ts.Declaration): MemberSets | null {
  const member = officeMemberName(declaration);
  if (!member) return null;
  const note = apiSetNote(declaration) ?? apiSetNote(member.owner);
  return note === null ? null : parseApiSetNote(note);
}
