import type { ElementPresence } from "./elements";

/**
 * A second look for an element the reader did not find where it reads elements (under a label, in the
 * arranging sentence, in the 落款): a plain sign anywhere in the text that the element is written after all,
 * in a way the reader does not know. Such an element is not reported missing: a secretary told that a notice
 * lacks a phone number that stands in it stops trusting the check. The sign is kept, for `--explain`.
 */
type Hint = (paragraphs: string[]) => { paragraph: number; text: string } | null;

/** The first match of a pattern in the paragraphs (or in those `where` picks), as a hint. */
function firstMatch(pattern: RegExp, where: (i: number, all: string[]) => boolean = () => true): Hint {
  return (paragraphs) => {
    for (const [i, p] of paragraphs.entries()) {
      if (!where(i, paragraphs)) continue;
      const m = pattern.exec(p);
      if (m) return { paragraph: i, text: m[0] };
    }
    return null;
  };
}

/** Those asked to come. */
const WHO = /(?:参加|出席|参会|列席|与会|请[^。]{2,40}?(?:同志|负责人|人员|代表))/;
/**
 * Only where a sign is as good as the element: measured over the annotated corpora, a hint for the time, the
 * place, the contact, the phone, the 署名 or the date, or 出席 in minutes, hid more real faults than false ones
 * (the annotators count a contact office, a date in a sentence or 参加 by a leader as no element).
 */
const NOTICE_HINTS: Record<string, Hint> = {
  "参会人员/参会单位": firstMatch(WHO),
};

const MINUTES_HINTS: Record<string, Hint> = {
  主持人: firstMatch(/主持/),
};

/** The elements, each not found but plainly signed somewhere in the text marked with where. */
export function withHints(
  elements: ElementPresence[],
  paragraphs: string[],
  kind: "notice" | "minutes",
): ElementPresence[] {
  const hints = kind === "notice" ? NOTICE_HINTS : MINUTES_HINTS;
  return elements.map((e) => {
    if (e.present) return e;
    const hint = hints[e.element]?.(paragraphs);
    return hint ? { ...e, hinted: hint } : e;
  });
}
