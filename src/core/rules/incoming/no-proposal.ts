import { defineRegisterRule } from "../register-rule";
import { reportActionItemsWithout } from "./missing-for-action";

export default defineRegisterRule({
  meta: {
    id: "incoming/no-proposal",
    group: "incoming",
    severity: "error",
    description: "办件没有拟办意见",
    source: "practice：对办件提出拟办意见后，报主任审签",
    messages: {
      blank: "办件“{title}”没有拟办意见",
      noColumn: "办件“{title}”没有拟办意见（登记表无“拟办意见”列）",
    },
    fixable: false,
  },
  kinds: ["incoming"],
  check(ctx) {
    reportActionItemsWithout(ctx, "proposal");
  },
});
