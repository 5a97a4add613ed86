import type { ReplyRule } from "./reply/define";
import replyDuplicatePerson from "./reply/duplicate-person";
import replyLate from "./reply/late";
import replyMissingUnit from "./reply/missing-unit";
import replyNoContact from "./reply/no-contact";
import replyOverQuota from "./reply/over-quota";
import replyUnreadable from "./reply/unreadable";

/** RULES.md §13, in its order, then the file-level checks: the 回执 section of the one rule list (rules.ts). */
const REPLY_RULE_LIST = [
  replyMissingUnit,
  replyDuplicatePerson,
  replyOverQuota,
  replyLate,
  replyNoContact,
  replyUnreadable,
] as const;

/** Any one 回执 rule, with its own id, messages and data. */
export type AnyReplyRule = (typeof REPLY_RULE_LIST)[number];

export const REPLY_RULES: readonly ReplyRule[] = REPLY_RULE_LIST;
