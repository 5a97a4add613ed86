import { keyKeepsFirstUnit } from "./simplified";

/**
 * The characters the words of anchored patterns begin with (`/^(合计|小计)/`: 合 小), both cases for an /i pattern,
 * as UTF-16 code units; null where a pattern does not begin with a plain list of words, and no text can be ruled out
 * by its first character. Units, not one-character strings: asked for every cell of a register, `text[0]` made a new
 * string of each ideograph and hashed it.
 */
export function firstCharsOfWords(patterns: RegExp[]): ReadonlySet<number> | null {
  const firsts = new Set<number>();
  // A case form longer than one unit (İ lowers to i and a dot) is never a text's first unit.
  const add = (char: string) => {
    if (char.length === 1) firsts.add(char.charCodeAt(0));
  };
  for (const pattern of patterns) {
    const group = /^\^\(([^()[\]\\{}*+.^$]*)\)/.exec(pattern.source);
    if (!group) return null;
    for (const word of group[1].split("|")) {
      if (word === "" || word[0] === "?" || word[1] === "?") return null;
      add(word[0]);
      if (pattern.ignoreCase) {
        add(word[0].toLowerCase());
        add(word[0].toUpperCase());
      }
    }
  }
  return firsts;
}

/**
 * Whether matchKey(text) may begin with one of `firsts` (see firstCharsOfWords): false only where the key keeps the
 * text's first character and it is none of them, so the patterns need neither the key nor a test.
 */
export function keyMayBeginWith(text: string, firsts: ReadonlySet<number> | null): boolean {
  return firsts === null || !keyKeepsFirstUnit(text) || firsts.has(text.charCodeAt(0));
}
