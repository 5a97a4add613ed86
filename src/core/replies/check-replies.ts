import { type CheckOptions, DEFAULT_OPTIONS } from "../rules/config";
import { type Finding, type Place, severityRank } from "../rules/finding";
import { activeRules, findingOf, settle } from "../rules/pipeline";
import type { ReplyCheckInput, ReplyRule } from "../rules/reply/define";
import { REPLY_RULES } from "../rules/reply-registry";

/**
 * The `reply/*` findings of merged 回执: a cell of a 回执 (with its file) or a whole file. Errors first, then
 * warnings, then notes (as the pane and `huiwu replies` list them); within a severity in the order the files were
 * given (the notice's findings first), then by place.
 */
export function checkReplies(
  input: ReplyCheckInput,
  options: CheckOptions = DEFAULT_OPTIONS,
  rules: readonly ReplyRule[] = REPLY_RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of activeRules(rules, options)) {
    rule.check({
      ...input,
      options,
      report(report) {
        const place: Place = report.at
          ? {
              kind: "cell",
              file: report.file,
              sheet: report.at.sheet,
              cell: report.at.cell,
              row: report.at.row,
              related: report.related ?? [],
            }
          : { kind: "file", file: report.file };
        findings.push(findingOf(rule.meta, report, { place, fix: null }, options));
      },
    });
  }
  const fileOrder = [input.expected?.file, ...input.merged.replies.map((r) => r.reply.source.file)];
  const fileRank = (f: Finding) => {
    const file = f.place.kind === "cell" || f.place.kind === "file" ? f.place.file : undefined;
    const rank = fileOrder.indexOf(file);
    return rank < 0 ? fileOrder.length : rank;
  };
  const severityThenFile = (f: Finding) => severityRank(f.severity) * (fileOrder.length + 1) + fileRank(f);
  return settle(findings, severityThenFile);
}

/** The file a finding of the 回执 is about. */
export function fileOfFinding(finding: Finding): string | null {
  return finding.place.kind === "cell" || finding.place.kind === "file" ? (finding.place.file ?? null) : null;
}
