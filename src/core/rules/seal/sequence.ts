import { defineRegisterRule } from "../register-rule";
import { reportSequenceBreaks } from "../sequence";

export default defineRegisterRule({
  meta: {
    id: "seal/sequence",
    group: "seal",
    severity: "warning",
    description: "用印登记序号跳号或重号",
    source: "practice：印章管理人建立印章使用台帐，认真登记",
    messages: {
      skip: "序号 {n} 跳号，上一行之后应为 {expected}",
      repeat: "序号 {n} 重复",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    reportSequenceBreaks(ctx);
  },
});
