import documentHeadingLevels from "./document/heading-levels";
import documentIncomplete from "./document/incomplete";
import documentKindUnsure from "./document/kind-unsure";
import documentNumberUsage from "./document/number-usage";
import documentPlaceholder from "./document/placeholder";
import documentPunctuation from "./document/punctuation";
import documentStructureUnrecognised from "./document/structure-unrecognised";
import minutesAttendanceMismatch from "./minutes/attendance-mismatch";
import minutesDecisionNoDeadline from "./minutes/decision-no-deadline";
import minutesDecisionNoOwner from "./minutes/decision-no-owner";
import minutesLate from "./minutes/late";
import minutesMissingElement from "./minutes/missing-element";
import minutesNoDistribution from "./minutes/no-distribution";
import minutesPersonnel from "./minutes/personnel";
import noticeAttachmentPunctuation from "./notice/attachment-punctuation";
import noticeBadPhone from "./notice/bad-phone";
import noticeClassifiedChannel from "./notice/classified-channel";
import noticeDateFormat from "./notice/date-format";
import noticeDateNoYear from "./notice/date-no-year";
import noticeDocNumberFormat from "./notice/doc-number-format";
import noticeMissingElement from "./notice/missing-element";
import noticeNoCopyNumber from "./notice/no-copy-number";
import noticeNonWorkday from "./notice/non-workday";
import noticePlaceImprecise from "./notice/place-imprecise";
import noticeRelativeDate from "./notice/relative-date";
import noticeReplyAfterMeeting from "./notice/reply-after-meeting";
import noticeShortNotice from "./notice/short-notice";
import noticeWeekdayMismatch from "./notice/weekday-mismatch";
import type { DocumentRule } from "./document/define";
import type { RuleGroup } from "./finding";
import type { MinutesRule } from "./minutes/define";
import type { NoticeRule } from "./notice/define";
import type { TextRule } from "./text-rule";

/**
 * The rules of a document's text, RULES.md §6 类型识别 and §11, §6 and §7, each in its order: the text section of the
 * one rule list (rules.ts). The runner's lists below are read from it by each rule's group and meta.
 */
const TEXT_RULE_LIST = [
  documentKindUnsure,
  documentStructureUnrecognised,
  documentIncomplete,
  documentPlaceholder,
  documentHeadingLevels,
  documentPunctuation,
  documentNumberUsage,
  noticeMissingElement,
  noticeRelativeDate,
  noticeDateNoYear,
  noticeWeekdayMismatch,
  noticePlaceImprecise,
  noticeBadPhone,
  noticeShortNotice,
  noticeNonWorkday,
  noticeReplyAfterMeeting,
  noticeClassifiedChannel,
  noticeNoCopyNumber,
  noticeDocNumberFormat,
  noticeDateFormat,
  noticeAttachmentPunctuation,
  minutesMissingElement,
  minutesDecisionNoOwner,
  minutesDecisionNoDeadline,
  minutesLate,
  minutesPersonnel,
  minutesAttendanceMismatch,
  minutesNoDistribution,
] as const;

/** Any one text rule, with its own id, messages and data. */
export type AnyTextRule = (typeof TEXT_RULE_LIST)[number];

export const TEXT_RULES: readonly TextRule<never>[] = TEXT_RULE_LIST as readonly TextRule<never>[];

/** The text rules of one RULES.md section, in its order. */
function textRules(group: RuleGroup): readonly TextRule<never>[] {
  return TEXT_RULES.filter((rule) => rule.meta.group === group);
}

/** RULES.md §6, in its order. */
export const NOTICE_RULES = textRules("notice") as readonly NoticeRule[];

/** RULES.md §7, in its order. */
export const MINUTES_RULES = textRules("minutes") as readonly MinutesRule[];

/** RULES.md §6 类型识别 and §11 proofreading: about the document as a whole, for every kind. */
export const DOCUMENT_RULES = textRules("document") as readonly DocumentRule[];

/** The notice rules that hold for any text about a meeting: run where the kind is unsure. */
export const KIND_FREE_RULES: readonly NoticeRule[] = NOTICE_RULES.filter((rule) => rule.meta.kindFree);
