import { isOnLeave } from "../meeting/attendance";
import { type RegisterTable, roleText } from "../table/register-table";
import { nameWithoutNote } from "../text/name-note";
import type { NameCard } from "./name-cards";

/**
 * The cards for a 参会名单 (or a sign-in sheet): one for each row with a 姓名, the 单位 beside it; people marked on
 * leave get none. `rows` (grid row indices) limits them to a selection.
 */
export function rosterCards(
  table: RegisterTable,
  rows?: ReadonlySet<number>,
): { cards: NameCard[]; onLeave: string[] } {
  const cards: NameCard[] = [];
  const onLeave: string[] = [];
  for (const row of table.rows) {
    if (rows && !rows.has(row.index)) continue;
    const name = nameWithoutNote(roleText(table, row, "name")).trim();
    if (!name) continue;
    if (isOnLeave(table, row)) onLeave.push(name);
    else cards.push({ name, unit: roleText(table, row, "unit") || undefined });
  }
  return { cards, onLeave };
}

/** The list to make 桌签 for: the 参会名单 with a 姓名 column, else a 签到表 (which lists only who came). */
export function cardsTable(tables: readonly RegisterTable[]): RegisterTable | undefined {
  const named = tables.filter((t) => t.roleColumns.name !== undefined);
  return named.find((t) => t.kind === "roster") ?? named.find((t) => t.kind === "signin");
}
