import type { Messages, MoreData, NoMoreData } from "../finding";
import { type TextRule, defineTextRule } from "../text-rule";

/** A rule about the document as a whole, whatever its kind: it reads only the context's reading and elements. */
export type DocumentRule = TextRule<unknown>;

export function defineDocumentRule<
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<TextRule<unknown, Id, M, More>, "kind">): TextRule<unknown, Id, M, More> {
  return defineTextRule(rule);
}
