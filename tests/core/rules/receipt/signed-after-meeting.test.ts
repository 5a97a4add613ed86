import rule from "../../../../src/core/rules/receipt/signed-after-meeting";
import { testRule } from "../../rule-tester";
import { receipt } from "./fixture";

const row = (signed: string) => [1, "财政局", "2026-11-25", "书面", "王芳", signed, null, null];

testRule(rule, {
  valid: [
    { name: "signed days before", grids: [receipt([row("2026-11-26")])] },
    { name: "the meeting day, no time", grids: [receipt([row("2026-12-03")])] },
    { name: "no meeting start known", grids: [receipt([row("2026-12-09")], null)] },
  ],
  invalid: [
    {
      name: "the day after",
      grids: [receipt([row("2026-12-04")])],
      findings: [
        {
          messageId: "after",
          data: { unit: "财政局", start: "2026年12月3日 09:00", signed: "2026年12月4日" },
          cell: "F3",
          message: /在会议开始（2026年12月3日 09:00）之后才签收/,
        },
      ],
    },
    {
      name: "the meeting day, after 9:00",
      grids: [receipt([row("2026-12-03 10:30")])],
      findings: [
        {
          messageId: "after",
          data: { unit: "财政局", start: "2026年12月3日 09:00", signed: "2026年12月3日 10:30" },
          cell: "F3",
        },
      ],
    },
  ],
});
