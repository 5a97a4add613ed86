import { fromDayNumber } from "../../src/core/text/dates";
import { readPhone, splitPhones } from "../../src/core/text/phone";

// The shortcuts a 50,000-row check takes must read every cell as the general way does.
describe("fromDayNumber counts days as Date does", () => {
  const byDate = (n: number) => {
    const d = new Date(n * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };

  it("for every day from 1800 to 2300, around Excel's 1900 and the leap days", () => {
    const key = ({ year, month, day }: { year: number; month: number; day: number }) =>
      year * 10_000 + month * 100 + day;
    for (let n = -62_000; n <= 120_000; n++)
      if (key(fromDayNumber(n)) !== key(byDate(n))) expect(n).toBe("the same day");
    for (const n of [-719_468, -25_568, 0, 11_016, 20_513, 2_932_896, 99_999_999, -99_999_999])
      expect(fromDayNumber(n)).toEqual(byDate(n));
  });

  it("for a fraction or a day past the arithmetic's range", () => {
    for (const n of [1.5, -0.5, 100_000_001, -100_000_001]) expect(fromDayNumber(n)).toEqual(byDate(n));
  });
});

describe("a mobile number typed in groups", () => {
  it.each(["138 0013 8000", "138-0013-8000", "138 0013-8000"])("%s reads as the same number written plainly", (text) =>
    // A space before it takes the general path.
    expect(readPhone(text)).toEqual(readPhone(` ${text}`)),
  );

  it("is one number, and a cell of separators or spaces alone is none", () => {
    expect(splitPhones("138 0013 8000")).toEqual(["138 0013 8000"]);
    expect(splitPhones(" 010-6666 8888 ")).toEqual(["010-6666 8888"]);
    expect(splitPhones(" ")).toEqual([]);
    expect(splitPhones("13800138000 或 010-66668888")).toEqual(["13800138000", "010-66668888"]);
  });
});
