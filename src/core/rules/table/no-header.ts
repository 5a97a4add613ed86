import { KIND_LABELS, REQUIRED_ROLES, type RegisterKind } from "../../table/kinds";
import { canonicalHeader } from "../../table/roles";
import { defineRegisterRule } from "../register-rule";

const EXPECTED = (Object.keys(REQUIRED_ROLES) as RegisterKind[])
  // A 座次图 has no header to expect.
  .filter((kind) => REQUIRED_ROLES[kind].length > 0)
  .map(
    (kind) =>
      `${KIND_LABELS[kind]}（${REQUIRED_ROLES[kind].map((group) => group.map(canonicalHeader).join("或")).join("、")}）`,
  )
  .join("；");

/** 签到表、参会名单、……或会议材料发放登记表: every kind the reader knows. */
const KINDS = (Object.values(KIND_LABELS) as string[]).reduce(
  (text, label, i, all) => (i === 0 ? label : `${text}${i === all.length - 1 ? "或" : "、"}${label}`),
  "",
);

export default defineRegisterRule({
  meta: {
    id: "table/no-header",
    group: "table",
    severity: "error",
    description: "非空工作表的前 10 行中找不到可识别的表头",
    source: "practice：签到表、签收登记表、收文登记表、印章使用登记表均应有规范表头",
    messages: {
      noHeader: `前 10 行中没有找到表头，无法识别登记表类型。应有的表头如：${EXPECTED}`,
      notRegister: "这张工作表不像登记表（没有成行成列的数据，如填表说明或汇总），未检查",
      unknownKind: `表头“{headers}”不属于${KINDS}，未检查`,
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    const { table } = ctx;
    // A 座次图 is read without a header.
    if (table.empty || table.kind === "seating") return;
    if (table.headerIndex < 0) {
      if (table.tabular) ctx.report({ messageId: "noHeader", row: 0, col: 0 });
      else ctx.report({ messageId: "notRegister", row: 0, col: 0, severity: "info" });
    } else if (!table.kind) {
      const headers = table.columns
        .map((c) => c.header)
        .filter(Boolean)
        .join("、");
      ctx.report({ messageId: "unknownKind", row: table.headerIndex, col: 0, data: { headers } });
    }
  },
});
