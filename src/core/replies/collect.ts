import type { CheckOptions } from "../rules/config";
import type { Finding } from "../rules/finding";
import { checkReplies } from "./check-replies";
import type { ListHeading } from "./list-grid";
import { type ListOrder, type ListedPerson, type MergedReplies, mergeReplies } from "./merge";
import { noticeTerms } from "./notice-terms";
import { type ReplySource, readReply } from "./read-reply";

export interface CollectInput {
  notice: { file: string; paragraphs: string[] };
  sources: ReplySource[];
  order: ListOrder;
  /** The clerk's list of units (a 单位列表), in place of the notice's. */
  units?: { file: string; units: string[] };
  /** The 参会名单 an earlier run made, to add to. */
  existing?: { people: ListedPerson[]; heading: ListHeading };
  options?: CheckOptions;
}

export interface Collected {
  merged: MergedReplies;
  findings: Finding[];
  /** The units 回执 are expected from (the list's or the notice's), in order; empty when neither names any. */
  expectedUnits: string[];
  /** The title lines of the 参会名单: the earlier list's, else made from the notice. */
  heading: ListHeading;
}

/** The whole of `huiwu replies` and the pane's 汇总回执 but reading and writing files: read, merge, check. */
export function collectReplies(input: CollectInput): Collected {
  const terms = noticeTerms(input.notice.paragraphs);
  const expectedUnits = input.units?.units ?? terms.units;
  const merged = mergeReplies(input.sources.map(readReply), {
    expectedUnits,
    order: input.order,
    existing: input.existing?.people,
  });
  const findings = checkReplies(
    {
      merged,
      expected: expectedUnits.length ? { units: expectedUnits, file: input.units?.file ?? input.notice.file } : null,
      quota: terms.quota,
      deadline: terms.deadline,
    },
    input.options,
  );
  const heading = input.existing?.heading.title ? input.existing.heading : terms.heading;
  return { merged, findings, expectedUnits, heading };
}
