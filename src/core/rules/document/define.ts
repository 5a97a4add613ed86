import { type TextRule, defineTextRule } from "../text-rule";

/** A rule about the document as a whole, whatever its kind: it reads only the context's reading and elements. */
export type DocumentRule = TextRule<unknown>;

export function defineDocumentRule<MessageId extends string>(rule: TextRule<unknown, MessageId>) {
  return defineTextRule(rule);
}
