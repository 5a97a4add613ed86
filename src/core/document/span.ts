/** A place in a document: a paragraph (0-based) and a character range in it. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** A value read from a document, with where it was read. */
export interface Located<T> {
  value: T;
  at: Span;
  /** The text as written. */
  text: string;
}

export function spanOf(paragraph: number, start: number, text: string): Span {
  return { paragraph, start, end: start + text.length };
}

export function located<T>(value: T, paragraph: number, start: number, text: string): Located<T> {
  return { value, at: spanOf(paragraph, start, text), text };
}
