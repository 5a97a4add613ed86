import type { ReplyRule } from "./reply/define";
import replyDuplicatePerson from "./reply/duplicate-person";
import replyLate from "./reply/late";
import replyMissingUnit from "./reply/missing-unit";
import replyNoContact from "./reply/no-contact";
import replyOverQuota from "./reply/over-quota";
import replyUnreadable from "./reply/unreadable";

/** RULES.md §13, in its order, then the file-level checks. */
export const REPLY_RULES: readonly ReplyRule[] = [
  replyMissingUnit,
  replyDuplicatePerson,
  replyOverQuota,
  replyLate,
  replyNoContact,
  replyUnreadable,
] as ReplyRule[];
