import { RULES } from "./rules";

/** Every rule id users may configure. */
export const ALL_RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
