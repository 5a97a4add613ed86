import type { RegisterRule } from "./register-rule";
import { type AnyRegisterRule, REGISTER_RULES } from "./register-registry";
import type { ReplyRule } from "./reply/define";
import { type AnyReplyRule, REPLY_RULES } from "./reply-registry";
import { type AnyTextRule, TEXT_RULES } from "./text-registry";
import type { TextRule } from "./text-rule";

/**
 * Every rule, once: the register rules (RULES.md §1–5, §9, §8, §10), the rules of a document's text (§6 类型识别,
 * §11, §6, §7) and the 回执's (§13). Each rule says its `kind` (what it reads: a register, a document's text,
 * merged 回执) and its meta its `group`; the configurable ids, the catalog and the docs read this list. Its three
 * sections live in their own modules (register-registry, text-registry, reply-registry), which the runners
 * import, so that a pane's check engine loads only the rules of its kind.
 */
export const RULES: readonly (RegisterRule | TextRule<never> | ReplyRule)[] = [
  ...REGISTER_RULES,
  ...TEXT_RULES,
  ...REPLY_RULES,
];

/** Every rule id users may configure. */
export const ALL_RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

/** Any one rule, with its own id, messages and data. */
export type AnyRule = AnyRegisterRule | AnyTextRule | AnyReplyRule;
/** Every rule id: a public contract (configurations, reports and the CLI name rules by it). */
export type RuleId = AnyRule["meta"]["id"];
