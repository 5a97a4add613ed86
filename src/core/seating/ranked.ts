import { isOnLeave, peopleOf } from "../meeting/attendance";
import { type DataRow, type RegisterTable, roleText } from "../table/register-table";
import { matchKey } from "../text/normalize";

/** One person of a ranked list (a 参会名单), in seating order. */
export interface RankedPerson {
  name: string;
  unit: string;
  position: string;
  /** 1-based place in the list's order: by 排序 where the list has it, else 序号, else row order. */
  rank: number;
  /** The name in match form (simplified, no spaces). */
  nameKey: string;
  /** Marked on leave on the list: no seat is due. */
  onLeave: boolean;
  /** Where the person stands in the list, when read from a register. */
  row?: DataRow;
}

/** A number in a 排序/序号 cell: 3, "3", "３", "第3"; null for anything else. */
function orderNumber(text: string): number | null {
  const match = /^第?\s*(\d+(?:\.\d+)?)\s*[号位名]?$/.exec(
    text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)),
  );
  return match ? Number(match[1]) : null;
}

/**
 * The people of a 参会名单 in seating order: sorted by the 排序 column (排位, 座次, 位次) where every person has a
 * number in it, else by 序号 where every person has one, else in row order; equal numbers keep row order. Ranks
 * are 1, 2, 3… in that order. People marked on leave are kept, marked: `seated()` leaves them out.
 */
export function rankedPeople(roster: RegisterTable): RankedPerson[] {
  const present = peopleOf(roster)
    .filter((p) => p.nameKey !== "")
    .map((p, i) => ({ person: p, i }));
  const numbered = (role: "rank" | "seq") => {
    if (roster.roleColumns[role] === undefined) return null;
    const numbers = present.map(({ person }) => orderNumber(roleText(roster, person.row, role)));
    return numbers.every((n) => n !== null) ? (numbers as number[]) : null;
  };
  const keys = numbered("rank") ?? numbered("seq") ?? present.map(({ i }) => i);
  return present
    .map((entry, k) => ({ ...entry, key: keys[k] }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ person }, k) => ({
      name: person.name.trim(),
      unit: person.unit,
      position: roleText(roster, person.row, "position"),
      rank: k + 1,
      nameKey: person.nameKey,
      onLeave: isOnLeave(roster, person.row),
      row: person.row,
    }));
}

/** The people who take a seat: those not on leave, in seating order, ranked again 1, 2, 3… */
export function seated(people: readonly RankedPerson[]): RankedPerson[] {
  return people.filter((p) => !p.onLeave).map((p, i) => ({ ...p, rank: i + 1 }));
}

/**
 * The people, on leave as a sign-in tally counts them (`leave`: the tally's 请假 names): a person the 名单 marks on
 * leave who signed came (a seat, a 桌签), one the 签到表 marks on leave is away. Without a tally (null) the 名单's
 * own marks stand, and they are what the tally counts then.
 */
export function onLeaveAsTallied(people: RankedPerson[], leave: readonly string[] | null): RankedPerson[] {
  if (!leave) return people;
  const away = new Set(leave.map((name) => matchKey(name)));
  return people.map((p) => (p.onLeave === away.has(p.nameKey) ? p : { ...p, onLeave: away.has(p.nameKey) }));
}
