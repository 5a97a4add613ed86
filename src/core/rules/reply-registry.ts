import type { ReplyRule } from "./reply/define";
import { RULES } from "./rules";

/** RULES.md §13, in its order, then the file-level checks. */
export const REPLY_RULES: readonly ReplyRule[] = RULES.filter((rule) => rule.kind === "reply");
