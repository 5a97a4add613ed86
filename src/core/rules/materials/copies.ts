import { type DataRow, type RegisterTable, roleText, roleWords } from "../../table/register-table";
import { nameWithoutNote } from "../../text/name-note";
import { matchKey, toHalfWidth } from "../../text/normalize";
import { CLASSIFIED, secrecyMark } from "../receipt/classified-channel";
import type { RuleScope } from "../register-rule";

/** One row of a 材料发放登记表: which material, to whom, and the copy numbers it gave out. */
export interface Copy {
  row: DataRow;
  /** The material's name as written (a ditto mark reads as the row above's), "" when none is known. */
  material: string;
  materialKey: string;
  name: string;
  nameKey: string;
  unit: string;
  unitKey: string;
  /** 份号 as numbers (`003`, `第3份`, `001-005`), or the text itself where it is not a number. */
  numbers: (number | string)[];
}

/** 同上, 〃, ": the material of the row above. */
const DITTO = /^(同上|〃|"|”|“|\.{2,}|…+|-)$/;

/** A range of copies given to one person is counted copy by copy, up to this many. */
const MAX_RANGE = 500;

/** Every data row as a copy given out, computed once per table. */
export function copiesOf(ctx: RuleScope): Copy[] {
  return ctx.memo("materials/copies", () => {
    const { table } = ctx;
    const nameRole = table.roleColumns.material !== undefined ? "material" : "docTitle";
    // Without a name column the sheet is one material's register: its title names it.
    const single = table.roleColumns[nameRole] === undefined ? titleMaterial(table) : null;
    let previous = "";
    let segment = -1;
    return table.rows.map((row) => {
      if (row.segment !== segment) [previous, segment] = ["", row.segment];
      let material = single ?? roleText(table, row, nameRole);
      if (DITTO.test(material)) material = previous;
      previous = material;
      const name = nameWithoutNote(roleText(table, row, "recipient"));
      const unit = roleText(table, row, "recipientUnit");
      return {
        row,
        material,
        materialKey: matchKey(material),
        name,
        nameKey: matchKey(name),
        unit,
        unitKey: matchKey(unit),
        numbers: copyNumbers(roleText(table, row, "copyNumber")),
      };
    });
  });
}

/** The title line's words before 发放/领取/登记, or 本表材料. */
function titleMaterial(table: RegisterTable): string {
  const line = table.titleLines[0] ?? "";
  const name = /^(.+?)(?:材料|资料)?(?:发放|领取|分发|签收|领用)/.exec(line.replace(/\s+/g, ""))?.[1];
  return name ? name.replace(/^[《“"]|[》”"]$/g, "") : "本表材料";
}

/** Who got the copy, for a message: 王芳（县财政局）, 王芳, or 县财政局. */
/**
 * A copy's number as a finding names it: as the cell writes it (004, A-01, a range 001-005), but a number read out
 * of words (第4份 → 4).
 */
export function copyNumberText(table: RegisterTable, copy: Copy, number?: number | string): string {
  const written = roleText(table, copy.row, "copyNumber").trim();
  const read = number ?? (copy.numbers.length === 1 ? copy.numbers[0] : undefined);
  return /^\d+$/.test(written) || typeof read !== "number" ? written : String(read);
}

export function whoOf(copy: Copy): string {
  if (copy.name && copy.unit) return `${copy.name}（${copy.unit}）`;
  return copy.name || copy.unit;
}

/** 份号 `3`, `003`, `第3份`, `3号`, `001-005` (five copies), `1、2`; anything else is compared as written. */
export function copyNumbers(text: string): (number | string)[] {
  const plain = toHalfWidth(text).replace(/\s+/g, "");
  if (plain === "") return [];
  const parts = plain.split(/[、，,;；]/).filter(Boolean);
  const numbers: (number | string)[] = [];
  for (const part of parts) {
    const single = /^(?:第|NO\.?|№)?0*(\d+)(?:份|号)?$/i.exec(part);
    const range = /^(?:第)?0*(\d+)(?:份|号)?[-~～—至到](?:第)?0*(\d+)(?:份|号)?$/.exec(part);
    if (single) numbers.push(Number(single[1]));
    else if (range && Number(range[2]) >= Number(range[1]) && Number(range[2]) - Number(range[1]) < MAX_RANGE) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n);
    } else numbers.push(matchKey(part));
  }
  return numbers;
}

/** The copy's 密级 when it is 秘密, 机密, 绝密 or 涉密: its own cell, else the sheet's title (`密级：机密`). */
export function classification(ctx: RuleScope, row: DataRow): string | null {
  const own = roleText(ctx.table, row, "secrecy");
  const secrecy =
    own || ctx.memo("materials/sheet-secrecy", () => ctx.table.titleLines.map(secrecyMark).find(Boolean) ?? "");
  const words = matchKey(secrecy);
  if (!CLASSIFIED.test(words) || /非密|不涉密|非涉密/.test(words)) return null;
  return secrecy;
}

/** A row that gave something out: it names who got it. */
export function givenOut(copy: Copy): boolean {
  return copy.nameKey !== "" || copy.unitKey !== "";
}

/** 是否回收 and 回收情况 cells: 已回收, √, 是 say recovered; 未回收, 否, 未 say not. */
export function recoveryWords(table: RegisterTable, row: DataRow): string {
  return roleWords(table, row, "recoveryState");
}
