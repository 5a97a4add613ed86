import { type DataRow, roleText } from "../table/register-table";
import { toHalfWidth } from "../text/normalize";
import type { CellRef, RuleScope } from "./register-rule";

export type SequenceReport = CellRef & { related?: CellRef[] } & (
    { messageId: "repeat"; data: { n: string } } | { messageId: "skip"; data: { n: string; expected: string } }
  );

/**
 * 序号 that skips or repeats. Numbers may carry a prefix (`2026-015`); each prefix counts on its own. The rule's
 * messages are `repeat` ({n}) and `skip` ({n}, {expected}).
 */
export function reportSequenceBreaks(ctx: RuleScope & { report(report: SequenceReport): void }): void {
  const { table } = ctx;
  const col = table.roleColumns.seq;
  if (col === undefined) return;
  const last = new Map<string, { n: number; row: DataRow }>();
  let segment = 0;
  for (const row of table.rows) {
    // A second ledger further down the sheet, under its own header, numbers from 1 again.
    if (row.segment !== segment) {
      last.clear();
      segment = row.segment;
    }
    const match = /^(.*?)(\d+)\s*$/.exec(toHalfWidth(roleText(table, row, "seq")));
    if (!match) continue;
    const prefix = match[1];
    const n = Number(match[2]);
    const previous = last.get(prefix);
    last.set(prefix, { n, row });
    if (!previous) continue;
    if (n === previous.n) {
      ctx.report({
        messageId: "repeat",
        row,
        col,
        related: [{ row: previous.row, col }],
        data: { n: match[1] + match[2] },
      });
    } else if (n !== previous.n + 1) {
      ctx.report({
        messageId: "skip",
        row,
        col,
        data: { n: match[1] + match[2], expected: `${prefix}${String(previous.n + 1).padStart(match[2].length, "0")}` },
      });
    }
  }
}
