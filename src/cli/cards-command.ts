import { basename } from "node:path";
import { type NameCardOptions, nameCardsDocx } from "../core/cards/name-cards";
import { cardsTable, rosterCards } from "../core/cards/roster-cards";
import { readRegister } from "../core/table/register-table";
import { FileReadError } from "../hosts/files/file-error";
import { readWorkbookGrids } from "../hosts/files/read-workbook";
import { zipDocx } from "../hosts/files/write-docx";
import { readFileBytes } from "./read-file";
import { writeOutputFile } from "./write-file";

export interface CardsOptions extends NameCardOptions {
  output: string;
  force?: boolean;
}

/** `huiwu cards`: a 桌签 for everyone on the 参会名单 (else the 签到表) with a 姓名 column, as a .docx. */
export async function cards(input: string, options: CardsOptions): Promise<string[]> {
  const grids = await readWorkbookGrids(await readFileBytes(input), basename(input));
  // Who is to sit is the roster's to say: a sign-in sheet beside it lists only who came.
  const table = cardsTable(grids.map(readRegister));
  if (!table) throw new FileReadError(`${input}：没有找到参会名单（需要“姓名”列）`);
  const { cards: list, onLeave } = rosterCards(table);
  if (list.length === 0) throw new FileReadError(`${input}：工作表“${table.sheet}”中没有姓名`);
  await writeOutputFile(options.output, await zipDocx(nameCardsDocx(list, options)), options.force);
  const lines = [`已写入 ${options.output}：${list.length} 张桌签（工作表“${table.sheet}”）`];
  if (onLeave.length) lines.push(`请假未制作：${onLeave.join("、")}`);
  return lines;
}
