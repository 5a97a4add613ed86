/** One correction inside a paragraph: replace [start, end) with `after`. */
export interface Edit {
  start: number;
  end: number;
  after: string;
}

/** The span from the first edit to the last and its text with every edit made: one fix for a paragraph. */
export function applyEdits(paragraph: string, edits: readonly Edit[]): { start: number; end: number; fixed: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((e) => e.end));
  let fixed = "";
  let at = start;
  for (const edit of sorted) {
    if (edit.start < at) continue; // overlapping edits: the first wins
    fixed += paragraph.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  fixed += paragraph.slice(at, end);
  return { start, end, fixed };
}
