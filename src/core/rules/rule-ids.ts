import { REGISTER_RULES } from "./register-registry";
import { REPLY_RULES } from "./reply-registry";
import { DOCUMENT_RULES, MINUTES_RULES, NOTICE_RULES } from "./text-registry";

/** Every rule id users may configure. */
export const ALL_RULE_IDS: readonly string[] = [
  ...REGISTER_RULES,
  ...DOCUMENT_RULES,
  ...NOTICE_RULES,
  ...MINUTES_RULES,
  ...REPLY_RULES,
].map((rule) => rule.meta.id);
