import type { NameCard } from "../../core/cards/name-cards";
import { cardsTable, rosterCards } from "../../core/cards/roster-cards";
import { readRegister } from "../../core/table/register-table";
import { FileReadError } from "../../hosts/files/file-error";
import { readWorkbookGrids } from "../../hosts/files/read-workbook";

/** The people of a 参会名单 file (else a 签到表) to make 桌签 for, as `huiwu cards` reads them. */
export async function rosterCardsOf(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ sheet: string; cards: NameCard[]; onLeave: string[] }> {
  const table = cardsTable((await readWorkbookGrids(bytes, fileName)).map(readRegister));
  if (!table) throw new FileReadError(`${fileName}：没有找到参会名单（需要“姓名”列）`);
  const { cards, onLeave } = rosterCards(table);
  if (cards.length === 0) throw new FileReadError(`${fileName}：工作表“${table.sheet}”中没有姓名`);
  return { sheet: table.sheet, cards, onLeave };
}
