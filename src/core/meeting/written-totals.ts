import type { RegisterTable } from "../table/register-table";
import { parseChineseNumeral } from "../text/chinese-numbers";
import { matchKey } from "../text/normalize";

/** Which figure a sheet writes: 应到, 实到, 请假, 缺席, or a bare 合计 of the people on it. */
export type WrittenFigure = "expected" | "present" | "leave" | "absent" | "total";

/** A count the sheet writes of itself (`应到11人` in the 记录人 line, a 合计 row), and where. */
export interface WrittenTotal {
  figure: WrittenFigure;
  count: number;
  /** The words as written (simplified): `实到6人`. */
  text: string;
  /** Grid row and column of the cell it is in. */
  row: number;
  col: number;
}

const NUMBER = "(\\d+|[一二三四五六七八九十百两〇零]+)";
const LABEL =
  "(应到会?|应出席|应参会|应参加会议|应参加|实到会?|实际到会|实出席|实参会|到会人数|出席人数|请假|缺席|未到会?|合计|共计|总计)";
/** A label and its count in one cell: `应到11人`, `实到人数：6`, `请假 2 名`, `合计：共7人`. */
const LABELLED = new RegExp(`${LABEL}(?:人数)?([:：]?)共?${NUMBER}([人名位]?)`, "g");
/** A label alone in its cell, the count in the next: 合计 | 7. */
const LABEL_ALONE = new RegExp(`^${LABEL}(?:人数)?[:：]?$`);
const COUNT_ALONE = new RegExp(`^共?${NUMBER}[人名位]?$`);

function figureOf(label: string): WrittenFigure {
  if (label.startsWith("应")) return "expected";
  if (/^(实|到会|出席)/.test(label)) return "present";
  if (label === "请假") return "leave";
  if (/^(缺席|未到)/.test(label)) return "absent";
  return "total";
}

function countOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/**
 * The totals a sheet writes where it notes them: in title rows above the header and in the 合计, note and footer
 * lines under it. A number counts only where it is plainly a count of people: with 人/名 after it, a colon
 * before it, or alone after its label (`请假1天` is no count).
 */
export function writtenTotals(table: RegisterTable): WrittenTotal[] {
  const totals: WrittenTotal[] = [];
  for (const note of table.notes) {
    const cells = note.cells.map((cell) => ({ ...cell, key: matchKey(cell.text) }));
    cells.forEach((cell, i) => {
      for (const match of cell.key.matchAll(LABELLED)) {
        const [text, label, colon, number, unit] = match;
        const after = cell.key.slice((match.index ?? 0) + text.length);
        if (!unit && /^[\d\u4e00-\u9fff:：.．/-]/.test(after)) continue;
        if (!colon && !unit && after !== "" && !/^[\s,，;；、。）)]/.test(after)) continue;
        const count = countOf(number);
        if (count !== null) totals.push({ figure: figureOf(label), count, text, row: note.row, col: cell.col });
      }
      const alone = LABEL_ALONE.exec(cell.key);
      const next = cells[i + 1];
      const count = alone && next ? COUNT_ALONE.exec(next.key) : null;
      if (alone && count) {
        const value = countOf(count[1]);
        if (value !== null)
          totals.push({
            figure: figureOf(alone[1]),
            count: value,
            text: `${cell.key}${next.key}`,
            row: note.row,
            col: cell.col,
          });
      }
    });
  }
  return totals;
}
