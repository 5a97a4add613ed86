import fc from "fast-check";
import type { Severity } from "../../src/core/rules/finding";
import { cellAddress } from "../../src/core/table/grid";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { type Fill, FakeExcel } from "../fakes/excel-fake";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const ROWS = 12;
const COLS = 4;
/** Fills a clerk might use; none is a mark colour (a user fill in exactly a mark's colour cannot be told apart). */
const USER_COLOURS = ["#00B050", "#FFFF00", "#92D050", "#BDD7EE"];

type Op =
  | { op: "mark"; cells: [number, number, Severity][] }
  | { op: "fill"; row: number; col: number; colour: string }
  | { op: "rows"; at: number; count: number }
  | { op: "rename" }
  | { op: "clear" };

const cell = fc.tuple(fc.nat(ROWS - 1), fc.nat(COLS - 1));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant("mark" as const),
    cells: fc.array(
      fc.tuple(fc.nat(ROWS - 1), fc.nat(COLS - 1), fc.constantFrom<Severity>("error", "warning", "info")),
      {
        maxLength: 10,
      },
    ),
  }),
  fc.record({
    op: fc.constant("fill" as const),
    row: fc.nat(ROWS - 1),
    col: fc.nat(COLS - 1),
    colour: fc.constantFrom(...USER_COLOURS),
  }),
  fc.record({ op: fc.constant("rows" as const), at: fc.nat(ROWS - 1), count: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ op: fc.constant("rename" as const) }),
  fc.record({ op: fc.constant("clear" as const) }),
);

/** The fills the user made, moved with their rows exactly as Excel moves cells. */
class UserFills {
  fills = new Map<string, Fill>();
  set(row: number, col: number, colour: string) {
    this.fills.set(`${row},${col}`, { color: colour, pattern: "Solid", tintAndShade: 0 });
  }
  shift(at: number, count: number) {
    const moved = new Map<string, Fill>();
    for (const [k, v] of this.fills) {
      const [r, c] = k.split(",").map(Number);
      if (r < at) moved.set(k, v);
      else if (count > 0 || r >= at - count) moved.set(`${r + count},${c}`, v);
    }
    this.fills = moved;
  }
}

describe("marks never cost the user a fill", () => {
  it("after any mix of marking, filling, inserting and deleting rows, renaming and clearing, every cell has the user's own latest fill", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 6 }), fc.array(op, { maxLength: 12 }), async (start, ops) => {
        const excel = new FakeExcel();
        const user = new UserFills();
        let name = "签到表";
        excel.addSheet(
          name,
          Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => `${r}-${c}`)),
        );
        for (const [r, c] of start) {
          excel.userFill(name, cellAddress(r, c), { color: USER_COLOURS[0], pattern: "Solid" });
          user.set(r, c, USER_COLOURS[0]);
        }
        const host = createExcelHost(excel.run as never, () => true);
        for (const step of ops) {
          if (step.op === "mark") {
            const cells = new Map(step.cells.map(([r, c, severity]) => [cellAddress(r, c), severity] as const));
            await host.markCells(new Map([[name, cells]]));
          } else if (step.op === "fill") {
            excel.userFill(name, cellAddress(step.row, step.col), { color: step.colour, pattern: "Solid" });
            user.set(step.row, step.col, step.colour);
          } else if (step.op === "rows" && step.count !== 0) {
            excel.shiftRows(name, step.at, step.count);
            user.shift(step.at, step.count);
          } else if (step.op === "rename") {
            const next = name === "签到表" ? "签到表（定稿）" : "签到表";
            excel.renameSheet(name, next);
            name = next;
          } else if (step.op === "clear") {
            await host.clearMarks();
          }
        }
        await host.clearMarks();
        const sheet = excel.sheet(name);
        const keys = new Set([...sheet.fills.keys(), ...user.fills.keys()]);
        for (const k of keys) {
          const [r, c] = k.split(",").map(Number);
          const expected = user.fills.get(k);
          const actual = excel.fillOf(name, cellAddress(r, c));
          expect(`${k} ${actual.pattern === "None" ? "none" : actual.color}`).toBe(
            `${k} ${expected ? expected.color : "none"}`,
          );
        }
        expect(excel.names.size).toBe(0);
        expect(excel.xmlParts).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
