import fc from "fast-check";

/**
 * Pieces of text that break XML writers: markup characters, every kind of character XML 1.0 forbids (C0
 * controls, Word's soft line break U+000B, U+FFFE/U+FFFF, lone surrogates), Excel's own `_xHHHH_` escapes and
 * the ordinary text they sit in.
 */
const PIECES = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "😀",
  "&",
  "<",
  ">",
  '"',
  "'",
  "]]>",
  "&amp;",
  "&#0;",
  "_x000B_",
  "_x0001_",
  "_x005F_",
  "_x005F_x000B_",
  "_xD800_",
  "_x",
  "_x00",
  "王",
  "芳",
  "县财政局",
  "a",
  " ",
  "\u3000",
];

export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 10 })
  .map((pieces) => pieces.join(""));
