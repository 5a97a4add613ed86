import { spanOf } from "../../src/core/rules/finding";
import fc from "fast-check";
import { checkDocument } from "../../src/core/rules/run-text";
import { GOOD_MINUTES } from "../../src/samples/minutes";
import { GOOD_NOTICE } from "../../src/samples/notices";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const words = fc.constantFrom(
  ...GOOD_NOTICE.split("\n"),
  ...GOOD_MINUTES.split("\n"),
  "明天",
  "12月3日（星期三）",
  "二〇二六年十一月二十日",
  "联系人：",
  "电话：",
  "附件：",
  "出席：",
  "纪要",
  "通知",
  "一、",
  "（一）",
  "定于",
  "召开",
  "\u0000",
  "\ud800",
);
const paragraph = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.array(words, { maxLength: 6 }).map((w) => w.join("")),
);

describe("the notice and minutes readers never throw, whatever the text", () => {
  it.each(["notice", "minutes", undefined] as const)("kind %s", (kind) => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), (paragraphs) => {
        const { findings } = checkDocument({ paragraphs, kind });
        const text = paragraphs.join("\n");
        for (const f of findings) {
          // Every placeholder is filled: a `{word}` left in a message must be the writer's own text, quoted.
          for (const [token] of f.message.matchAll(/\{\w+\}/g)) expect(text).toContain(token);
          const span = spanOf(f);
          if (span) expect(paragraphs[span.paragraph].slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a complete, correct notice and correct minutes produce nothing above info", () => {
    for (const text of [GOOD_NOTICE, GOOD_MINUTES]) {
      const { findings } = checkDocument({ paragraphs: text.split("\n") });
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });
});
