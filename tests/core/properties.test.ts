import fc from "fast-check";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import type { CellValue } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { readDateTimeCell } from "../../src/core/table/typed-cells";
import { parseCount } from "../../src/core/text/chinese-numbers";
import { parseDateTimeText } from "../../src/core/text/dates";
import { readPhone, splitPhones } from "../../src/core/text/phone";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const HEADER_WORDS = [
  "姓名",
  "单位",
  "职务",
  "签到时间",
  "签名",
  "联系电话",
  "签收人",
  "签收时间",
  "接收单位",
  "发出时间",
  "通知方式",
  "回执",
  "密级",
  "类别",
  "文号",
  "收文日期",
  "来文单位",
  "用印日期",
  "份数",
  "审批人",
  "经办人",
  "序号",
  "是否请假",
];
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    ...HEADER_WORDS,
    "2026年2月30日",
    "上午9时5分",
    "下午2:30",
    "√",
    "代签",
    "电话",
    "办件",
    "秘密",
    "微信",
    "#N/A",
    "#REF!",
    "１２３",
    "\u0000",
    "\ud800",
  ),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(cellText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });

describe("the readers never throw, whatever the cells hold", () => {
  it("date/time, count and phone parsers", () => {
    fc.assert(
      fc.property(cell, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), (value, year) => {
        readDateTimeCell(value, year);
        const text = String(value);
        parseDateTimeText(text, year);
        parseCount(text);
        splitPhones(text).forEach(readPhone);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("the register reader and every rule, on random grids (ragged rows, any values)", () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        readRegister({ sheet: "A", rows: a });
        const report = checkWorkbook([
          { sheet: "A", rows: a },
          { sheet: "B", rows: b },
        ]);
        // Every placeholder is filled: a `{word}` left in a message must be the user's own text, quoted.
        const cells = JSON.stringify([a, b]);
        for (const sheet of report.sheets)
          for (const f of sheet.findings)
            for (const [token] of f.message.matchAll(/\{\w+\}/g)) expect(cells).toContain(token);
      }),
      { numRuns: RUNS },
    );
  });

  it("every rule, on random data under real headers", () => {
    const headered = fc.tuple(
      fc.shuffledSubarray(HEADER_WORDS, { minLength: 2 }),
      fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }),
    );
    fc.assert(
      fc.property(headered, headered, ([h1, r1], [h2, r2]) => {
        checkWorkbook([
          { sheet: "A", rows: [["会议时间：2026年12月3日上午9:00"], h1, ...r1] },
          { sheet: "B", rows: [h2, ...r2] },
        ]);
      }),
      { numRuns: RUNS },
    );
  });
});
