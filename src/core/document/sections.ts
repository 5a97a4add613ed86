/** Numbering a paragraph may start with: 一、 壹、 （一） 1. 1、 （1） ①. */
const NUMBERING =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;

export function numberingOf(paragraph: string): string {
  return NUMBERING.exec(paragraph)?.[0] ?? "";
}

export function isNumbered(paragraph: string): boolean {
  return NUMBERING.test(paragraph);
}

/** A paragraph such as `一、会议时间：2026年…` or `会议地点` split into its label and what follows. */
export interface Labelled {
  label: string;
  /** Offset of the value in the paragraph; the value may be empty (a heading alone). */
  valueStart: number;
  value: string;
}

interface CompiledLabel {
  label: string;
  /** Ended by a colon, or alone on its line. */
  plain: RegExp;
  /** After numbering, a heading may also end as a sentence and its value follow: `三、会议地点。开源大酒店…`. */
  numbered: RegExp;
}

/** Label lists compiled once, grouped by first character (longest label first within each group). */
const compiledLists = new Map<string, Map<string, CompiledLabel[]>>();

function compiled(labels: readonly string[]): Map<string, CompiledLabel[]> {
  const key = labels.join("|");
  let byFirst = compiledLists.get(key);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    // Labels are spaced out to fill a width as often as not: `时  间：`, `地 点:`.
    const spaced = [...label].join("\\s*");
    const entry = {
      label,
      plain: new RegExp(`^\\s*${spaced}\\s*(?:[:：]\\s*|$)`),
      numbered: new RegExp(`^\\s*${spaced}\\s*(?:[:：。．]\\s*|$)`),
    };
    byFirst.set(label[0], [...(byFirst.get(label[0]) ?? []), entry]);
  }
  compiledLists.set(key, byFirst);
  return byFirst;
}

/** Splits `label：value` when the label is one of `labels` (longest first), after any numbering. */
export function readLabel(paragraph: string, labels: readonly string[]): Labelled | null {
  const prefix = numberingOf(paragraph).length;
  const rest = paragraph.slice(prefix);
  const candidates = compiled(labels).get(rest.trimStart()[0] ?? "");
  if (!candidates) return null;
  for (const { label, plain, numbered } of candidates) {
    const m = (prefix > 0 ? numbered : plain).exec(rest);
    if (!m) continue;
    const valueStart = prefix + m[0].length;
    const value = paragraph.slice(valueStart).trim();
    if (!/[:：。．]/.test(m[0]) && value !== "") continue;
    return {
      label,
      valueStart: valueStart + (paragraph.slice(valueStart).length - paragraph.slice(valueStart).trimStart().length),
      value,
    };
  }
  return null;
}
