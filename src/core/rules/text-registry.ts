import documentHeadingLevels from "./document/heading-levels";
import documentIncomplete from "./document/incomplete";
import documentKindUnsure from "./document/kind-unsure";
import type { DocumentRule } from "./document/define";
import documentNumberUsage from "./document/number-usage";
import documentPlaceholder from "./document/placeholder";
import documentPunctuation from "./document/punctuation";
import documentStructureUnrecognised from "./document/structure-unrecognised";
import type { MinutesRule } from "./minutes/define";
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
import noticeNoCopyNumber from "./notice/no-copy-number";
import noticeDateFormat from "./notice/date-format";
import noticeDateNoYear from "./notice/date-no-year";
import type { NoticeRule } from "./notice/define";
import noticeDocNumberFormat from "./notice/doc-number-format";
import noticeMissingElement from "./notice/missing-element";
import noticeNonWorkday from "./notice/non-workday";
import noticePlaceImprecise from "./notice/place-imprecise";
import noticeRelativeDate from "./notice/relative-date";
import noticeReplyAfterMeeting from "./notice/reply-after-meeting";
import noticeShortNotice from "./notice/short-notice";
import noticeWeekdayMismatch from "./notice/weekday-mismatch";

/** RULES.md §6, in its order. */
export const NOTICE_RULES: readonly NoticeRule[] = [
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
] as NoticeRule[];

/** RULES.md §7, in its order. */
export const MINUTES_RULES: readonly MinutesRule[] = [
  minutesMissingElement,
  minutesDecisionNoOwner,
  minutesDecisionNoDeadline,
  minutesLate,
  minutesPersonnel,
  minutesAttendanceMismatch,
  minutesNoDistribution,
] as MinutesRule[];

/** RULES.md §6 类型识别 and §11 proofreading: about the document as a whole, for every kind. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  documentKindUnsure,
  documentStructureUnrecognised,
  documentIncomplete,
  documentPlaceholder,
  documentHeadingLevels,
  documentPunctuation,
  documentNumberUsage,
];

/** The notice rules that hold for any text about a meeting: run where the kind is unsure. */
export const KIND_FREE_RULES: readonly NoticeRule[] = [
  noticeRelativeDate,
  noticeWeekdayMismatch,
  noticeBadPhone,
  noticeDateFormat,
] as NoticeRule[];
