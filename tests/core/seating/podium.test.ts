import fc from "fast-check";
import { podiumOrder, podiumPositions, sideFromText } from "../../../src/core/seating/podium";

describe("podiumOrder (audience's view, left to right)", () => {
  it.each([
    [1, [1]],
    [2, [1, 2]],
    [3, [3, 1, 2]],
    [4, [3, 1, 2, 4]],
    [5, [5, 3, 1, 2, 4]],
    [6, [5, 3, 1, 2, 4, 6]],
    [7, [7, 5, 3, 1, 2, 4, 6]],
  ])("%i seats: 2号 at 1号's left hand, which is the audience's right: %j", (count, expected) => {
    expect(podiumOrder(count)).toEqual(expected);
  });

  it("以右为上 mirrors it: 2号 at 1号's right hand, the audience's left", () => {
    expect(podiumOrder(5, "right")).toEqual([4, 2, 1, 3, 5]);
    expect(podiumOrder(4, "right")).toEqual([4, 2, 1, 3]);
  });

  it("has nothing for no seats", () => {
    expect(podiumOrder(0)).toEqual([]);
    expect(podiumOrder(-2)).toEqual([]);
    expect(podiumOrder(2.5)).toEqual([]);
  });

  const counts = fc.integer({ min: 1, max: 41 });
  const sides = fc.constantFrom("left" as const, "right" as const);

  it("places every rank once", () => {
    fc.assert(
      fc.property(counts, sides, (n, side) => {
        expect([...podiumOrder(n, side)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      }),
    );
  });

  it("centres 1号: the middle seat, or with an even count one of the middle two with 2号 the other", () => {
    fc.assert(
      fc.property(counts, sides, (n, side) => {
        const order = podiumOrder(n, side);
        const at = order.indexOf(1);
        if (n % 2 === 1) expect(at).toBe((n - 1) / 2);
        else {
          expect([n / 2 - 1, n / 2]).toContain(at);
          expect([n / 2 - 1, n / 2]).toContain(order.indexOf(2));
        }
      }),
    );
  });

  it("alternates sides outward: 2, 4, 6… on the leaders' left (audience's right), 3, 5, 7… on the other side", () => {
    fc.assert(
      fc.property(counts, sides, (n, side) => {
        const positions = podiumPositions(n, side);
        const one = positions[0];
        // The leaders' left hand is the audience's right: larger positions for side "left".
        const higherSide = side === "left" ? 1 : -1;
        for (let rank = 2; rank <= n; rank++) {
          const offset = (positions[rank - 1] - one) * higherSide;
          if (rank % 2 === 0) expect(offset).toBeGreaterThan(0);
          else expect(offset).toBeLessThan(0);
          // Each rank sits one seat further out than the rank two above it on the same side.
          if (rank >= 4) expect(Math.abs(positions[rank - 1] - positions[rank - 3])).toBe(1);
        }
      }),
    );
  });

  it("reads the side from a chart's note", () => {
    expect(sideFromText("主席台以右为上", "left")).toBe("right");
    expect(sideFromText("按左高右低排列", "right")).toBe("left");
    expect(sideFromText("座次图", "right")).toBe("right");
  });
});
