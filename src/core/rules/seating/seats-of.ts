import { type RankedPerson, rankedPeople } from "../../seating/ranked";
import { type Seat, type SeatReading, readSeats } from "../../seating/read-seats";
import { type Likeness, nameLikeness } from "../../seating/similar-names";
import type { RegisterTable } from "../../table/register-table";
import type { RuleScope } from "../register-rule";

/** A seat's person on the roster: written exactly, or (near) one character off by sound or shape. */
export interface SeatMatch {
  person: RankedPerson;
  near: Likeness | null;
}

export interface SeatingCheck extends SeatReading {
  roster: RegisterTable | null;
  /** The roster's people in seating order, those on leave marked (a seat for them is no stranger's). */
  people: RankedPerson[];
  matches: Map<Seat, SeatMatch>;
}

/** The seats of a 座次图 or 桌签 list: a list's 姓名 column, or every name cell of a chart. */
export function seatsOfTable(table: RegisterTable, side: "left" | "right"): SeatReading {
  const nameCol = table.roleColumns.name;
  return readSeats(table.rows, {
    side,
    origin: table.origin,
    ...(table.headerIndex >= 0 && nameCol !== undefined ? { list: { col: nameCol } } : {}),
  });
}

/**
 * The sheet's seats matched to the roster, once for all seating rules: a seat whose name is on the roster is that
 * person's; a seat whose name is not is a likely slip for the one roster person it is near (same sound, or one
 * character of similar shape), preferring those not seated under their own name.
 */
export function seatingOf(ctx: RuleScope): SeatingCheck {
  return ctx.memo("seating", () => {
    const reading = seatsOfTable(ctx.table, ctx.options.seatingSide ?? "left");
    const roster = ctx.roster;
    const people = roster ? rankedPeople(roster) : [];
    // By name: the first of a name not on leave, else the first of it.
    const byKey = new Map<string, RankedPerson>();
    for (const person of people) {
      const held = byKey.get(person.nameKey);
      if (!held || (held.onLeave && !person.onLeave)) byKey.set(person.nameKey, person);
    }
    const matches = new Map<Seat, SeatMatch>();
    if (!roster) return { ...reading, roster, people, matches };

    const seatedKeys = new Set<string>();
    for (const seat of reading.seats) {
      const person = byKey.get(seat.key);
      if (!person) continue;
      matches.set(seat, { person, near: null });
      seatedKeys.add(seat.key);
    }
    for (const seat of reading.seats) {
      if (matches.has(seat)) continue;
      let best: SeatMatch | null = null;
      for (const person of people) {
        if (person.onLeave) continue;
        const near = nameLikeness(seat.key, person.nameKey);
        if (!near) continue;
        const candidate = { person, near };
        const unseated = !seatedKeys.has(person.nameKey);
        // An unseated person beats a seated one; a same-sounding name beats a similar shape.
        if (
          !best ||
          (unseated && seatedKeys.has(best.person.nameKey)) ||
          (unseated === !seatedKeys.has(best.person.nameKey) && near === "sound" && best.near === "shape")
        )
          best = candidate;
      }
      if (best) matches.set(seat, best);
    }
    return { ...reading, roster, people, matches };
  });
}

/** 座次图 or 桌签, as the sheet is. */
export function sheetNoun(check: SeatReading): string {
  return check.seats.length > 0 && check.seats.every((s) => s.area === "list") ? "桌签名单" : "座次图";
}
