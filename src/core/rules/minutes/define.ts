import type { MinutesFacts } from "../../meeting/read-minutes";
import type { Messages, MoreData, NoMoreData } from "../finding";
import { type TextRule, defineTextRule } from "../text-rule";

export type MinutesRule = TextRule<MinutesFacts>;

export function defineMinutesRule<
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<TextRule<MinutesFacts, Id, M, More>, "kind">): TextRule<MinutesFacts, Id, M, More> {
  return defineTextRule(rule);
}
