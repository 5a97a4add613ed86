import type { RegisterRule } from "./register-rule";
import badDate from "./cell/bad-date";
import badPhone from "./cell/bad-phone";
import formulaError from "./cell/formula-error";
import fullWidthDigits from "./cell/full-width-digits";
import nameSpaces from "./cell/name-spaces";
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
import receiptClassifiedChannel from "./receipt/classified-channel";
import receiptNoReply from "./receipt/no-reply";
import receiptShortNotice from "./receipt/short-notice";
import receiptSignedAfterMeeting from "./receipt/signed-after-meeting";
import receiptSignedBeforeSent from "./receipt/signed-before-sent";
import receiptUnitMissing from "./receipt/unit-missing";
import receiptUnsigned from "./receipt/unsigned";
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
 * Every register rule, in the order of RULES.md §1–5, §9, §8 and §10: the register section of the one rule list
 * (rules.ts). Each kind's rules are listed in their own module so that a pane loads only the rules it runs (the
 * register rules bring the 姓氏笔画 tables, which the Word pane's checks do not need).
 */
const REGISTER_RULE_LIST = [
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
] as const;

/** Any one register rule, with its own id, messages and data. */
export type AnyRegisterRule = (typeof REGISTER_RULE_LIST)[number];

export const REGISTER_RULES: readonly RegisterRule[] = REGISTER_RULE_LIST;
