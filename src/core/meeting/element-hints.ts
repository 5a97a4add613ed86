import type { ElementPresence } from "./elements";

/**
 * A second look for an element the reader did not find where it reads elements (under a label, in the
 * arranging sentence, in the 落款): a plain sign anywhere in the text that the element is written after all,
 * in a way the reader does not know. Such an element is not reported missing: a secretary told that a notice
 * lacks the people it plainly invites stops trusting the check. The sign is kept, for `--explain`.
 *
 * Only where a sign is as good as the element: measured over the annotated corpora, a hint for the time, the
 * place, the contact, the phone, the 署名 or the date, or 出席 in minutes, hid more real faults than false ones
 * (the annotators count a contact office, a date in a sentence or 参加 by a leader as no element).
 */
const SIGNS: Record<"notice" | "minutes", Record<string, RegExp>> = {
  notice: { "参会人员/参会单位": /参加|出席|参会|列席|与会|请[^。]{2,40}?(?:同志|负责人|人员|代表)/ },
  minutes: { 主持人: /主持/ },
};

/** The elements, each not found but plainly signed somewhere in the text marked with where. */
export function withHints(
  elements: ElementPresence[],
  paragraphs: string[],
  kind: "notice" | "minutes",
): ElementPresence[] {
  return elements.map((e) => {
    const sign = SIGNS[kind][e.element];
    if (e.present || e.deferred || !sign) return e;
    for (const [paragraph, text] of paragraphs.entries()) {
      const m = sign.exec(text);
      if (m) return { ...e, hinted: { paragraph, text: m[0] } };
    }
    return e;
  });
}
