import { defineRegisterRule } from "../register-rule";
import { reportSequenceBreaks } from "../sequence";

export default defineRegisterRule({
  meta: {
    id: "incoming/sequence",
    group: "incoming",
    severity: "warning",
    description: "收文编号或序号跳号或重号",
    source: "practice：外来文统一登记，编号连续，便于查找",
    messages: {
      skip: "编号 {n} 跳号，上一行之后应为 {expected}",
      repeat: "编号 {n} 重复",
    },
    fixable: false,
  },
  kinds: ["incoming"],
  check(ctx) {
    reportSequenceBreaks(ctx);
  },
});
