import { defineRegisterRule } from "../register-rule";
import { reportActionItemsWithout } from "./missing-for-action";

export default defineRegisterRule({
  meta: {
    id: "incoming/no-approval",
    group: "incoming",
    severity: "error",
    description: "办件没有主任审签",
    source: "practice：对办件提出拟办意见后，报主任审签",
    messages: {
      blank: "办件“{title}”没有审签",
      noColumn: "办件“{title}”没有审签（登记表无“审签”列）",
    },
    fixable: false,
  },
  kinds: ["incoming"],
  check(ctx) {
    reportActionItemsWithout(ctx, "directorSign");
  },
});
