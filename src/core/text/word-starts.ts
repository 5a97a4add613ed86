import { keyKeepsFirstUnit } from "./simplified";

/**
 * The characters the words of anchored patterns begin with (`/^(合计|小计)/`: 合 小), both cases for an /i pattern;
 * null where a pattern does not begin with a plain list of words, and no text can be ruled out by its first character.
 */
export function firstCharsOfWords(patterns: RegExp[]): ReadonlySet<string> | null {
  const firsts = new Set<string>();
  for (const pattern of patterns) {
    const group = /^\^\(([^()[\]\\{}*+.^$]*)\)/.exec(pattern.source);
    if (!group) return null;
    for (const word of group[1].split("|")) {
      if (word === "" || word[0] === "?" || word[1] === "?") return null;
      firsts.add(word[0]);
      if (pattern.ignoreCase) firsts.add(word[0].toLowerCase()).add(word[0].toUpperCase());
    }
  }
  return firsts;
}

/**
 * Whether matchKey(text) may begin with one of `firsts` (see firstCharsOfWords): false only where the key keeps the
 * text's first character and it is none of them, so the patterns need neither the key nor a test.
 */
export function keyMayBeginWith(text: string, firsts: ReadonlySet<string> | null): boolean {
  return firsts === null || !keyKeepsFirstUnit(text) || firsts.has(text[0]);
}
