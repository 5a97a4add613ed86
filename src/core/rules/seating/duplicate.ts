import type { Seat } from "../../seating/read-seats";
import { defineRegisterRule } from "../register-rule";
import { seatingOf } from "./seats-of";

export default defineRegisterRule({
  meta: {
    id: "seating/duplicate",
    group: "seating",
    severity: "error",
    description: "同一个人在座次图或桌签名单中有两个座位或两张桌签（指向后一处，并指出前一处）",
    source: "practice：制作桌签要认真核对全场桌签，防止遗漏、重复和出现错别字",
    messages: {
      duplicate: "{name} 已在 {first} 有座位或桌签，这里又有一个",
    },
    fixable: false,
  },
  kinds: ["seating"],
  check(ctx) {
    const first = new Map<string, Seat>();
    for (const seat of seatingOf(ctx).seats) {
      const earlier = first.get(seat.key);
      if (!earlier) {
        first.set(seat.key, seat);
        continue;
      }
      ctx.report({
        messageId: "duplicate",
        row: seat.row,
        col: seat.col,
        related: [{ row: earlier.row, col: earlier.col }],
        data: { name: seat.name, first: earlier.address },
      });
    }
  },
});
