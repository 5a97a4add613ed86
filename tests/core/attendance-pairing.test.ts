import fc from "fast-check";
import { type Person, analyseAttendance, peopleOf, samePerson } from "../../src/core/meeting/attendance";
import type { CellValue } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";

/** The pairing as the rules describe it, with linear scans and nothing clever: the oracle. */
function plainPairing(signinPeople: Person[], rosterPeople: Person[], signedRows: Set<number>) {
  const signers: Person[] = [];
  const repeats: [number, number][] = [];
  for (const person of signinPeople) {
    if (person.nameKey === "" || !signedRows.has(person.row.index)) continue;
    const first = signers.find((s) => samePerson(s, person));
    if (first) repeats.push([person.row.index, first.row.index]);
    else signers.push(person);
  }
  const pairedWith = new Map<Person, number>();
  const entries: [number, number | null][] = [];
  const kept: Person[] = [];
  for (const person of rosterPeople) {
    if (person.nameKey === "" || kept.some((e) => samePerson(e, person))) continue;
    const signer = signers.find((s) => !pairedWith.has(s) && samePerson(s, person));
    if (signer) pairedWith.set(signer, person.row.index);
    kept.push(person);
    entries.push([person.row.index, signer ? signer.row.index : null]);
  }
  return {
    signers: signers.map((s) => [s.row.index, pairedWith.get(s) ?? null]),
    repeats,
    entries,
  };
}

const NAMES = ["张伟", "王芳", "李娜", "張偉", "张 伟", "刘洋", "陈静", ""];
const UNITS = ["县财政局", "财政局", "县教育局", "", "縣財政局"];
const person = fc.record({ name: fc.constantFrom(...NAMES), unit: fc.constantFrom(...UNITS) });

const workbook = fc
  .record({
    roster: fc.array(person, { maxLength: 14 }),
    // Each roster row may sign (in roster order or shuffled), plus walk-ins and second signatures.
    signs: fc.array(fc.boolean(), { maxLength: 14 }),
    extras: fc.array(person, { maxLength: 5 }),
    shuffle: fc.option(fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), { nil: undefined }),
  })
  .map(({ roster, signs, extras, shuffle }) => {
    let signing = [...roster.filter((_, i) => signs[i]), ...extras];
    if (shuffle)
      signing = signing
        .map((p, i) => ({ p, k: shuffle[i % 20] + i / 100 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.p);
    return { roster, signing };
  });

describe("attendance pairing (analyseAttendance)", () => {
  it("pairs signers, repeats and roster entries exactly as a plain linear scan does, in any order", () => {
    fc.assert(
      fc.property(workbook, ({ roster, signing }) => {
        const signinRows: CellValue[][] = [["姓名", "单位", "签到时间"]];
        signing.forEach((p, i) => signinRows.push([p.name || null, p.unit || null, i % 4 === 3 ? null : "8:30"]));
        const rosterRows: CellValue[][] = [["姓名", "单位"], ...roster.map((p) => [p.name || null, p.unit || null])];
        const signin = readRegister({ sheet: "签到表", rows: signinRows });
        const rosterTable = readRegister({ sheet: "名单", rows: rosterRows });
        const signed = new Set(signin.rows.filter((r) => r.cells[2] !== null).map((r) => r.index));

        const got = analyseAttendance(signin, rosterTable, null);
        const want = plainPairing(peopleOf(signin), peopleOf(rosterTable), signed);
        expect({
          signers: got.signers.map((s) => [s.row.index, s.rosterEntry ? s.rosterEntry.row.index : null]),
          repeats: got.repeats.map((r) => [r.signer.row.index, r.first.row.index]),
          entries: got.rosterEntries.map((e) => [e.row.index, e.signedAs ? e.signedAs.row.index : null]),
        }).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });
});
