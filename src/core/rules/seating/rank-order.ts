import { podiumOrder } from "../../seating/podium";
import type { Seat } from "../../seating/read-seats";
import { rowLabel } from "../../seating/chart";
import { defineRegisterRule } from "../register-rule";
import { type SeatMatch, seatingOf } from "./seats-of";

const RULE_TEXT = {
  left: "1号居中、2号在1号左手（左高右低）",
  right: "1号居中、2号在1号右手（以右为上）",
};

export default defineRegisterRule({
  meta: {
    id: "seating/rank-order",
    group: "seating",
    severity: "warning",
    description:
      "主席台的排法不合参会名单的排序：每排 1号居中，2号在1号左手、3号在右手，依次向两侧（偶数时1号、2号同居中，2号在1号左手；可设为以右为上）；前排高于后排",
    source:
      "practice：主席台席位的排列，按我国传统习惯是：左高右低，前排高于后排，中央高于两侧（RULES.md §10；座次图按观众视角读，以右为上可在配置 seatingSide 或图上注明）",
    messages: {
      order: "主席台{row}的座次不合“{rule}”：按参会名单的排序，从左到右（观众视角）应为 {expected}",
      backRow:
        "{name}（名单第 {rank} 位）坐在主席台{row}，却比前排的 {other}（名单第 {otherRank} 位）靠前：前排应高于后排",
    },
    fixable: false,
  },
  kinds: ["seating"],
  check(ctx) {
    const check = seatingOf(ctx);
    if (!check.roster) return;
    const rows = new Map<number, { seat: Seat; match: SeatMatch | undefined }[]>();
    for (const seat of check.seats) {
      if (seat.area !== "podium" || seat.podiumRow === undefined) continue;
      rows.set(seat.podiumRow, [...(rows.get(seat.podiumRow) ?? []), { seat, match: check.matches.get(seat) }]);
    }
    const rowCount = rows.size;
    const rowName = (r: number) => (rowCount > 1 ? rowLabel(r) : "");

    // Each row by itself: only where every seat is someone on the roster, once each.
    for (const [r, seats] of rows) {
      const people = seats.map((s) => s.match?.person);
      if (people.some((p) => !p) || new Set(people.map((p) => p!.nameKey)).size !== people.length) continue;
      const inPlace = [...seats].sort((a, b) => a.seat.position! - b.seat.position!);
      const byRank = [...inPlace].sort((a, b) => a.match!.person.rank - b.match!.person.rank);
      const expected = podiumOrder(byRank.length, check.side).map((rowRank) => byRank[rowRank - 1]);
      const wrong = inPlace.findIndex((s, i) => s !== expected[i]);
      if (wrong < 0) continue;
      ctx.report({
        messageId: "order",
        row: inPlace[wrong].seat.row,
        col: inPlace[wrong].seat.col,
        data: {
          row: rowName(r),
          rule: RULE_TEXT[check.side],
          expected: expected.map((s) => s.seat.name).join("、"),
        },
      });
    }

    // Rows against the rows in front of them: nobody behind outranks anyone in front.
    const ordered = [...rows.keys()].sort((a, b) => a - b);
    for (let k = 1; k < ordered.length; k++) {
      const front = ordered
        .slice(0, k)
        .flatMap((r) => rows.get(r)!)
        .filter((s) => s.match);
      const lowest = front.reduce<(typeof front)[number] | null>(
        (low, s) => (!low || s.match!.person.rank > low.match!.person.rank ? s : low),
        null,
      );
      if (!lowest) continue;
      for (const { seat, match } of rows.get(ordered[k])!) {
        if (!match || match.person.rank > lowest.match!.person.rank) continue;
        ctx.report({
          messageId: "backRow",
          row: seat.row,
          col: seat.col,
          related: [{ row: lowest.seat.row, col: lowest.seat.col }],
          data: {
            name: seat.name,
            rank: match.person.rank,
            row: rowLabel(ordered[k]),
            other: lowest.seat.name,
            otherRank: lowest.match!.person.rank,
          },
        });
      }
    }
  },
});
