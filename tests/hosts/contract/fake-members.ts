import ts from "typescript";
import { ANCHORS, where } from "./program";

/**
 * The members a fake gives that the vendor's type does not have, found by walking the fake's object types beside
 * the typings' types: a property of the fake must be a member of the typings' type (its own or inherited); a value
 * is compared with the typings' property, a method's result with the typings' method's result, an array's items
 * with the typings' items. Members whose name starts with `_` (the fake's hooks) and private or protected ones are
 * not the API and are skipped. Each finding: `Word.Range.offset (tests/fakes/word-fake.ts:73)`, with the fake's class
 * where the member is a class's: `Word.RangeCollection.resolve (Deferred.resolve, tests/fakes/word-fake.ts:31)`.
 */
export function extraFakeMembers(
  checker: ts.TypeChecker,
  fake: ts.Type,
  real: ts.Type,
  label: string,
  /** The files whose types are the fake's own, to walk into (other types, Promise or Map, are not compared). */
  isOwnFile: (fileName: string) => boolean = (file) => /[\\/]tests[\\/]fakes[\\/]/.test(file) || file === ANCHORS,
): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const ids = new Map<ts.Type, number>();
  const id = (type: ts.Type) => ids.get(type) ?? (ids.set(type, ids.size), ids.size - 1);
  const nameOf = (type: ts.Type) => checker.typeToString(type, undefined, ts.TypeFormatFlags.UseFullyQualifiedType);

  const objects = (type: ts.Type): ts.Type[] =>
    (type.isUnion() ? type.types : [type]).filter(
      (t) =>
        !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) &&
        !(t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) &&
        !!(t.flags & ts.TypeFlags.Object),
    );
  /** What calling a value of this type returns, over all its overloads (empty for a non-function). */
  const results = (type: ts.Type): ts.Type[] => type.getCallSignatures().map((s) => s.getReturnType());
  const isPrivate = (symbol: ts.Symbol) =>
    (symbol.declarations ?? []).some(
      (d) => ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected),
    );

  /** A type the fake itself wrote (an object literal, a class or interface of its own files), or an array. */
  const isFakes = (type: ts.Type) =>
    checker.isArrayType(type) ||
    (type.getSymbol()?.declarations ?? []).some((d) => isOwnFile(d.getSourceFile().fileName));

  const compare = (fakeType: ts.Type, realTypes: ts.Type[], path: string) => {
    const reals = realTypes.flatMap(objects);
    for (const f of objects(fakeType).filter(isFakes)) {
      if (reals.length === 0) continue;
      const key = `${id(f)}|${reals.map(id).join("|")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (checker.isArrayType(f)) {
        const item = checker.getTypeArguments(f as ts.TypeReference)[0];
        const items = reals.filter((r) => checker.isArrayType(r));
        compare(
          item,
          items.map((r) => checker.getTypeArguments(r as ts.TypeReference)[0]),
          `${path}[]`,
        );
        continue;
      }
      for (const property of checker.getPropertiesOfType(f)) {
        const name = property.getName();
        if (name.startsWith("_") || isPrivate(property)) continue;
        const matches = reals.map((r) => checker.getPropertyOfType(r, name)).filter((p): p is ts.Symbol => !!p);
        const declaration = property.declarations?.[0];
        if (matches.length === 0) {
          const owner =
            declaration && ts.isClassDeclaration(declaration.parent) && declaration.parent.name
              ? `${declaration.parent.name.text}.${name}, `
              : "";
          found.add(`${reals.map(nameOf).join(" | ")}.${name} (${owner}${declaration ? where(declaration) : path})`);
          continue;
        }
        const fakeValue = checker.getTypeOfSymbol(property);
        const realValues = matches.map((m) => checker.getTypeOfSymbol(m));
        const fakeResults = results(fakeValue);
        const realResults = realValues.flatMap(results);
        if (fakeResults.length > 0 && realResults.length > 0)
          for (const r of fakeResults) compare(r, realResults, `${path}.${name}()`);
        else compare(fakeValue, realValues, `${path}.${name}`);
      }
    }
  };
  compare(fake, [real], label);
  return [...found].sort();
}
