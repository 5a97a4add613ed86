import type { CellValue } from "../../table/grid";
import { defineRegisterRule } from "../register-rule";

const FORMULA_ERROR =
  /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)$/;

/** A cell showing #N/A, #REF! and the like. Hosts hand these over as text; most cells have no `#` at all. */
export function isFormulaError(value: CellValue): value is string {
  return typeof value === "string" && value.includes("#") && FORMULA_ERROR.test(value.trim());
}

export default defineRegisterRule({
  meta: {
    id: "cell/formula-error",
    group: "cell",
    severity: "warning",
    description: "单元格显示公式错误（#N/A、#REF!、#DIV/0! 等），内容无法核对",
    source: "practice：登记内容应准确、完整",
    messages: {
      error: "“{header}”单元格显示 {value}，公式出错，内容无法核对",
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    const { table } = ctx;
    for (const row of table.rows) {
      const { cells } = row;
      for (let col = 0; col < cells.length; col++) {
        const value = cells[col];
        if (!isFormulaError(value)) continue;
        ctx.report({
          messageId: "error",
          row,
          col,
          data: { header: table.columns[col]?.header || "该", value: value.trim() },
        });
      }
    }
  },
});
