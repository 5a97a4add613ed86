import { basename } from "node:path";
import { docxTableParts } from "../core/replies/docx-table";
import {
  NoVenueColumn,
  type SigninGrouping,
  signinDocxTable,
  signinPrintTable,
  signinSheet,
} from "../core/replies/signin-sheet";
import { readRegister } from "../core/table/register-table";
import { FileReadError } from "../hosts/files/file-error";
import { readingFile } from "../hosts/files/damaged-file";
import { readWorkbookGrids } from "../hosts/files/read-workbook";
import { printTableWorkbook } from "../hosts/files/print-table-workbook";
import { zipDocx } from "../hosts/files/write-docx";
import { readFileBytes } from "./read-file";
import { writeOutputFile } from "./write-file";

export interface SigninSheetOptions {
  output: string;
  by: SigninGrouping;
  docx?: boolean;
  force?: boolean;
}

/**
 * `huiwu signin-sheet 参会名单.xlsx -o 签到表.xlsx`: the pre-printed 签到表 of a 参会名单, A4 with the header on
 * every page, as an .xlsx (which `huiwu check` reads back once signed) or a Word table (--docx).
 */
export async function signinSheetCommand(input: string, options: SigninSheetOptions): Promise<string[]> {
  const name = basename(input);
  const grids = await readingFile(name, "workbook", async () => readWorkbookGrids(await readFileBytes(input), name));
  const tables = grids.map(readRegister);
  const roster =
    tables.find((t) => t.kind === "roster" && t.roleColumns.name !== undefined && t.rows.length > 0) ??
    tables.find((t) => t.roleColumns.name !== undefined && t.rows.length > 0);
  if (!roster) throw new FileReadError(`${input}：没有找到参会名单（需要“姓名”列）`);
  let sheet;
  try {
    sheet = signinSheet(roster, options.by);
  } catch (error) {
    if (error instanceof NoVenueColumn)
      throw new FileReadError(`${input}：参会名单没有“会场”列，不能按会场分组（可改用 --by unit）`);
    throw error;
  }
  if (sheet.people === 0) throw new FileReadError(`${input}：工作表“${roster.sheet}”中没有姓名`);
  const bytes = options.docx
    ? await zipDocx(docxTableParts(signinDocxTable(sheet)))
    : await printTableWorkbook(signinPrintTable(sheet));
  await writeOutputFile(options.output, bytes, options.force);
  const grouping = options.by === "venue" ? `按会场分 ${sheet.groupRows.size} 组` : "按单位排列";
  return [
    `已生成 ${options.output}（“${sheet.title}”）：${sheet.people} 人，${grouping}，A4 纵向，每页重复表头`,
    options.docx
      ? "打印后请参会人员签名；Word 版不能用 huiwu check 读回，需核对时请用 .xlsx 版"
      : "打印后请参会人员签名；会后把签名和签到时间录入此表，可用 huiwu check 统计应到、实到、缺席",
  ];
}
