import badDate from "./cell/bad-date";
import badPhone from "./cell/bad-phone";
import formulaError from "./cell/formula-error";
import fullWidthDigits from "./cell/full-width-digits";
import nameSpaces from "./cell/name-spaces";
import documentHeadingLevels from "./document/heading-levels";
import documentIncomplete from "./document/incomplete";
import documentKindUnsure from "./document/kind-unsure";
import documentNumberUsage from "./document/number-usage";
import documentPlaceholder from "./document/placeholder";
import documentPunctuation from "./document/punctuation";
import documentStructureUnrecognised from "./document/structure-unrecognised";
import incomingBadCategory from "./incoming/bad-category";
import incomingDocNumberFormat from "./incoming/doc-number-format";
import incomingDuplicate from "./incoming/duplicate";
import incomingNoApproval from "./incoming/no-approval";
import incomingNoProposal from "./incoming/no-proposal";
import incomingSequence from "./incoming/sequence";
import materialsDuplicateNumber from "./materials/duplicate-number";
import materialsMissedPerson from "./materials/missed-person";
import materialsNotRecovered from "./materials/not-recovered";
import materialsUnsigned from "./materials/unsigned";
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
import receiptClassifiedChannel from "./receipt/classified-channel";
import receiptNoReply from "./receipt/no-reply";
import receiptShortNotice from "./receipt/short-notice";
import receiptSignedAfterMeeting from "./receipt/signed-after-meeting";
import receiptSignedBeforeSent from "./receipt/signed-before-sent";
import receiptUnitMissing from "./receipt/unit-missing";
import receiptUnsigned from "./receipt/unsigned";
import replyDuplicatePerson from "./reply/duplicate-person";
import replyLate from "./reply/late";
import replyMissingUnit from "./reply/missing-unit";
import replyNoContact from "./reply/no-contact";
import replyOverQuota from "./reply/over-quota";
import replyUnreadable from "./reply/unreadable";
import sealBadCopies from "./seal/bad-copies";
import sealDateOrder from "./seal/date-order";
import sealNoApproval from "./seal/no-approval";
import sealPhoneNoBackfill from "./seal/phone-no-backfill";
import sealSelfApproved from "./seal/self-approved";
import sealSequence from "./seal/sequence";
import sealUnknownSeal from "./seal/unknown-seal";
import seatingDuplicate from "./seating/duplicate";
import seatingMissing from "./seating/missing";
import seatingNearName from "./seating/near-name";
import seatingNotOnRoster from "./seating/not-on-roster";
import seatingRankOrder from "./seating/rank-order";
import signinAbsent from "./signin/absent";
import signinDuplicate from "./signin/duplicate";
import signinLate from "./signin/late";
import signinLeaveButSigned from "./signin/leave-but-signed";
import signinNotInvited from "./signin/not-invited";
import signinProxy from "./signin/proxy";
import signinSharedPhone from "./signin/shared-phone";
import signinTotalMismatch from "./signin/total-mismatch";
import signinUnsigned from "./signin/unsigned";
import tableEmptyRequired from "./table/empty-required";
import tableMissingColumn from "./table/missing-column";
import tableNoHeader from "./table/no-header";
import trackingDueSoon from "./tracking/due-soon";
import trackingNoDeadline from "./tracking/no-deadline";
import trackingNoOwner from "./tracking/no-owner";
import trackingNoProgress from "./tracking/no-progress";
import trackingOverdue from "./tracking/overdue";

/**
 * Every rule, once: the register rules (RULES.md §1–5, §9, §8, §10), the rules of any document text (§6 类型识别,
 * §11), the notice's (§6), the minutes' (§7) and the 回执's (§13), each in its section's order. Each says its
 * `kind` (what it reads: a register, a document's text, merged 回执) and its meta its `group`; the runners'
 * lists, the configurable ids and the docs all derive from this one.
 */
export const RULES = [
  tableNoHeader,
  tableMissingColumn,
  tableEmptyRequired,
  badDate,
  badPhone,
  nameSpaces,
  fullWidthDigits,
  formulaError,
  signinDuplicate,
  signinProxy,
  signinSharedPhone,
  signinLate,
  signinNotInvited,
  signinAbsent,
  signinLeaveButSigned,
  signinUnsigned,
  signinTotalMismatch,
  receiptUnsigned,
  receiptUnitMissing,
  receiptClassifiedChannel,
  receiptNoReply,
  receiptSignedBeforeSent,
  receiptSignedAfterMeeting,
  receiptShortNotice,
  incomingBadCategory,
  incomingNoProposal,
  incomingNoApproval,
  incomingDocNumberFormat,
  incomingDuplicate,
  incomingSequence,
  sealNoApproval,
  sealPhoneNoBackfill,
  sealSelfApproved,
  sealBadCopies,
  sealSequence,
  sealDateOrder,
  sealUnknownSeal,
  trackingOverdue,
  trackingDueSoon,
  trackingNoOwner,
  trackingNoDeadline,
  trackingNoProgress,
  materialsUnsigned,
  materialsNotRecovered,
  materialsDuplicateNumber,
  materialsMissedPerson,
  seatingMissing,
  seatingDuplicate,
  seatingNearName,
  seatingNotOnRoster,
  seatingRankOrder,
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
  replyMissingUnit,
  replyDuplicatePerson,
  replyOverQuota,
  replyLate,
  replyNoContact,
  replyUnreadable,
] as const;

/** Any one rule, with its own id, messages and data. */
export type AnyRule = (typeof RULES)[number];
/** Every rule id: a public contract (configurations, reports and the CLI name rules by it). */
export type RuleId = AnyRule["meta"]["id"];
