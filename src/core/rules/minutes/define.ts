import type { MinutesFacts } from "../../meeting/read-minutes";
import { type TextRule, defineTextRule } from "../text-rule";

export type MinutesRule = TextRule<MinutesFacts>;

export function defineMinutesRule<MessageId extends string>(rule: TextRule<MinutesFacts, MessageId>) {
  return defineTextRule(rule);
}
