import type { Attendance } from "../../meeting/attendance";
import { type WrittenFigure, writtenTotals } from "../../meeting/written-totals";
import { columnsOf, sheetRowOf } from "../../table/register-table";
import { type CellValue, isEmptyCell } from "../../table/grid";
import type { RegisterTable } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

/** One reason a written figure may differ from the count: how much it moves the figure, and what to say. */
interface Reason {
  delta: number;
  says: string;
}

const LABELS: Record<Exclude<WrittenFigure, "total">, string> = {
  expected: "应到",
  present: "实到",
  leave: "请假",
  absent: "缺席",
};

export default defineRegisterRule({
  meta: {
    id: "signin/total-mismatch",
    group: "signin",
    severity: "warning",
    description: "表上写的应到、实到、请假、缺席人数或合计，与逐行核对的人数不符（并说明差在哪里）",
    source: "practice：签到情况应及时统计汇总，作为会议考勤的依据；统计汇总到会人数",
    messages: {
      explained: "表上写“{written}”，核对为{label} {counted} 人：{why}",
      unexplained: "表上写“{written}”，核对为{label} {counted} 人，相差 {diff} 人，未找到原因，请逐行核对",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    if (ctx.table.roleColumns.name === undefined) return;
    const totals = writtenTotals(ctx.table);
    if (totals.length === 0) return;
    const attendance = attendanceOf(ctx);
    const { tally } = attendance;
    for (const total of totals) {
      // A bare 合计 counts the people who came, or on a printed list the people on it.
      if (total.figure === "total" && (total.count === tally.present || total.count === tally.expected)) continue;
      const figure = total.figure === "total" ? "present" : total.figure;
      const counted = tally[figure];
      if (counted === null || counted === total.count) continue;
      const delta = total.count - counted;
      const why = explain(delta, reasonsFor(figure, attendance, ctx.table));
      const data = { written: total.text, label: LABELS[figure], counted };
      ctx.report(
        why
          ? { messageId: "explained", row: total.row, col: total.col, data: { ...data, why } }
          : { messageId: "unexplained", row: total.row, col: total.col, data: { ...data, diff: Math.abs(delta) } },
      );
    }
  },
});

/** The fewest reasons whose moves add up to the difference, said together; null when none do. */
function explain(delta: number, reasons: Reason[]): string | null {
  const usable = reasons.filter((r) => r.delta !== 0).slice(0, 8);
  let best: Reason[] | null = null;
  for (let mask = 1; mask < 1 << usable.length; mask++) {
    const picked = usable.filter((_r, i) => mask & (1 << i));
    if (picked.reduce((n, r) => n + r.delta, 0) !== delta) continue;
    if (!best || picked.length < best.length) best = picked;
  }
  return best ? best.map((r) => r.says).join("；") : null;
}

function names(list: readonly string[]): string {
  return list.length <= 3 ? list.join("、") : `${list.slice(0, 3).join("、")}等 ${list.length} 人`;
}

/** How a clerk's own count may have come out otherwise than the rules count (RULES.md §2). */
function reasonsFor(figure: Exclude<WrittenFigure, "total">, attendance: Attendance, table: RegisterTable): Reason[] {
  const { signers, repeats, rosterEntries, rosterRepeats, notInvited, rosterIsSignin } = attendance;
  const proxies = signers.filter((s) => s.proxy);
  const leaveSigned = rosterEntries.filter((e) => e.onLeave && e.signedAs);
  const onLeave = rosterEntries.filter((e) => e.onLeave && !e.signedAs);
  const listed = rosterIsSignin ? [] : notInvited;
  const timeOnly = timeWithoutSignature(attendance, table);
  const repeated = (): string => {
    const rows = repeats.map(
      ({ signer, first }) =>
        `${signer.name}（第 ${sheetRowOf(table, first.row.index)}、${sheetRowOf(table, signer.row.index)} 行）`,
    );
    return `${names(rows)}重复签到，一人只计一次`;
  };
  switch (figure) {
    case "present":
      return [
        { delta: repeats.length, says: repeated() },
        { delta: -proxies.length, says: `${names(proxies.map((s) => s.name))} 由他人代签，计入实到（代签另列为错误）` },
        { delta: -leaveSigned.length, says: `${names(leaveSigned.map((e) => e.name))} 标为请假但签了到，计入实到` },
        { delta: -listed.length, says: `${names(listed.map((s) => s.name))} 不在名单上（列席），计入实到` },
        { delta: -timeOnly.length, says: `${names(timeOnly)} 只有签到时间、没有签名，计入实到` },
      ];
    case "expected":
      return [
        {
          delta: rosterRepeats.length,
          says: rosterIsSignin
            ? `${names(rosterRepeats.map((r) => `${r.person.name}（第 ${sheetRowOf(table, r.first.row.index)}、${sheetRowOf(table, r.person.row.index)} 行）`))}在表上有两行，一人只计一次`
            : `${names(rosterRepeats.map((r) => r.person.name))} 在名单上出现两次，一人只计一次`,
        },
        { delta: listed.length, says: `${names(listed.map((s) => s.name))} 不在名单上（列席），不计入应到` },
        { delta: -onLeave.length, says: `${names(onLeave.map((e) => e.name))} 请假，仍计入应到` },
      ];
    case "leave":
      return [
        {
          delta: leaveSigned.length,
          says: `${names(leaveSigned.map((e) => e.name))} 标为请假但签了到，计入实到而非请假`,
        },
      ];
    case "absent":
      return [
        {
          delta: proxies.filter((s) => s.rosterEntry).length,
          says: `${names(proxies.filter((s) => s.rosterEntry).map((s) => s.name))} 由他人代签，计入实到而非缺席`,
        },
        { delta: onLeave.length, says: `${names(onLeave.map((e) => e.name))} 请假，不计缺席` },
        { delta: timeOnly.length, says: `${names(timeOnly)} 只有签到时间、没有签名，计入实到而非缺席` },
      ];
  }
}

/** Signers counted by a 签到时间 alone on a sheet whose 签名 column is in use. */
function timeWithoutSignature(attendance: Attendance, table: RegisterTable): string[] {
  const signatures = columnsOf(table, ["signature"]).map((c) => c.col);
  if (signatures.length === 0) return [];
  const signed = (cells: CellValue[]) => signatures.some((col) => !isEmptyCell(cells[col]));
  if (!table.rows.some((row) => signed(row.cells))) return [];
  return attendance.signers.filter((s) => !signed(s.row.cells)).map((s) => s.name);
}
