import { REGISTER_RULES } from "./register-registry";

/** Every rule id users may configure. */
export const ALL_RULE_IDS: readonly string[] = [...REGISTER_RULES.map((rule) => rule.meta.id)];
