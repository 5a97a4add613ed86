import type { DocumentRule } from "./document/define";
import type { RuleGroup } from "./finding";
import type { MinutesRule } from "./minutes/define";
import type { NoticeRule } from "./notice/define";
import { RULES } from "./rules";
import type { TextRule } from "./text-rule";

/** The text rules of one RULES.md section, in its order. */
function textRules(group: RuleGroup): readonly TextRule<never>[] {
  return RULES.filter((rule) => rule.kind === "text" && rule.meta.group === group) as readonly TextRule<never>[];
}

/** RULES.md §6, in its order. */
export const NOTICE_RULES = textRules("notice") as readonly NoticeRule[];

/** RULES.md §7, in its order. */
export const MINUTES_RULES = textRules("minutes") as readonly MinutesRule[];

/** RULES.md §6 类型识别 and §11 proofreading: about the document as a whole, for every kind. */
export const DOCUMENT_RULES = textRules("document") as readonly DocumentRule[];

/** The notice rules that hold for any text about a meeting: run where the kind is unsure. */
export const KIND_FREE_RULES: readonly NoticeRule[] = NOTICE_RULES.filter((rule) => rule.meta.kindFree);
