import { cellText } from "../../table/grid";
import { PERSON_ROLES, canonicalHeader } from "../../table/roles";
import { removeSpaces } from "../../text/normalize";
import { forEachFilledCell } from "../each-cell";
import { defineRegisterRule } from "../register-rule";

const SPACE_BETWEEN_HAN = /[\u4e00-\u9fff·][\s\u3000\u00a0]+[\u4e00-\u9fff·]/;

export default defineRegisterRule({
  meta: {
    id: "cell/name-spaces",
    group: "cell",
    severity: "info",
    description: "姓名中间有空格（如“张  三”）；比对时总是忽略空格",
    source: "practice：姓名应与名单一致，便于统计",
    messages: {
      spaces: "{column}“{text}”中间有空格",
    },
    fixable: true,
  },
  kinds: "any",
  check(ctx) {
    // Name cards space two-character names on purpose, with an ideographic space between the characters.
    if (ctx.table.kind === "seating") return;
    forEachFilledCell(ctx.table, [...PERSON_ROLES, "signature"], (row, col, value, role) => {
      const text = cellText(value);
      if (allHan(text) || !SPACE_BETWEEN_HAN.test(text.trim())) return;
      ctx.report({
        messageId: "spaces",
        row,
        col,
        data: { column: canonicalHeader(role), text: text.trim() },
        fix: removeSpaces(text),
      });
    });
  },
});

/** A text of CJK ideographs alone (most names) has no space to find: no regular expression run for it. */
function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x4e00 || unit > 0x9fff) return false;
  }
  return true;
}
