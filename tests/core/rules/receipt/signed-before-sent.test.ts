import rule from "../../../../src/core/rules/receipt/signed-before-sent";
import { testRule } from "../../rule-tester";
import { receipt } from "./fixture";

const row = (sent: string, signed: string) => [1, "财政局", sent, "书面", "王芳", signed, null, null];

testRule(rule, {
  valid: [
    { name: "signed later the same day", grids: [receipt([row("2026-11-25 09:00", "2026-11-25 10:00")])] },
    { name: "same day, one without time", grids: [receipt([row("2026-11-25", "2026-11-25 08:00")])] },
    { name: "signed the next day", grids: [receipt([row("2026年11月25日", "11月26日")])] },
  ],
  invalid: [
    {
      name: "signed the day before it was sent",
      grids: [receipt([row("2026-11-25", "2026-11-24 15:00")])],
      findings: [
        {
          messageId: "before",
          data: { unit: "财政局", signed: "2026年11月24日 15:00", sent: "2026年11月25日" },
          cell: "F3",
          message: /签收时间 2026年11月24日 15:00 早于发出时间 2026年11月25日/,
        },
      ],
    },
    {
      name: "earlier the same day",
      grids: [receipt([row("2026-11-25 14:00", "2026-11-25 09:30")])],
      findings: [
        {
          messageId: "before",
          data: { unit: "财政局", signed: "2026年11月25日 09:30", sent: "2026年11月25日 14:00" },
          cell: "F3",
        },
      ],
    },
  ],
});
