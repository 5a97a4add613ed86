import { isOnLeave, peopleOf } from "../../meeting/attendance";
import { type CellValue, isEmptyCell } from "../../table/grid";
import { columnsOf } from "../../table/register-table";
import { readDateTimeCell, readableCellText } from "../../table/typed-cells";
import { formatTime } from "../../text/dates";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "signin/unsigned",
    group: "signin",
    severity: "warning",
    description: "签到表上有姓名但未签名（预先打印姓名的签到表）",
    source: "practice：参会人员应按时签到，不得代签；签到情况应及时统计汇总，作为会议考勤的依据",
    messages: {
      unsigned: "{name} 的签名为空：未签到，不计入实到",
      timeOnly: "{name} 有签到时间 {time}，但没有签名",
    },
    data: { unit: "string" },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const { table } = ctx;
    const signatures = columnsOf(table, ["signature"]).map((c) => c.col);
    if (signatures.length === 0) return;
    const signed = (cells: CellValue[]) => signatures.some((col) => !isEmptyCell(cells[col]));
    // A 签名 column nobody wrote in is not in use (an export that carries the column empty): nothing to say.
    if (!table.rows.some((row) => signed(row.cells))) return;
    const times = columnsOf(table, ["signinTime"]).map((c) => c.col);
    for (const person of peopleOf(table)) {
      const { row } = person;
      if (person.nameKey === "" || signed(row.cells) || isOnLeave(table, row)) continue;
      const time = times.map((col) => row.cells[col]).find((value) => !isEmptyCell(value));
      // The unit is no part of the message: it tells this person from a namesake where findings are settled.
      const data = { name: person.name, unit: person.unit };
      const at = { row, col: signatures[0] };
      if (time === undefined) ctx.report({ messageId: "unsigned", ...at, data });
      else ctx.report({ messageId: "timeOnly", ...at, data: { ...data, time: timeText(time) } });
    }
  },
});

function timeText(value: CellValue): string {
  const reading = readDateTimeCell(value);
  return reading.ok && reading.value.time ? formatTime(reading.value.time) : readableCellText(value);
}
