import { readDateTimeCell, isSignedMark, meansYes } from "../table/typed-cells";
import { cellText, isEmptyCell } from "../table/grid";
import { type DataRow, type RegisterTable, columnsOf, roleText, roleValue, roleWords } from "../table/register-table";
import { type DateTime, type LocalDate, dateTimeOrdinal } from "../text/dates";
import { nameWithoutNote, noteAfterName } from "../text/name-note";
import { matchKey } from "../text/normalize";
import { isFormulaError } from "../rules/cell/formula-error";
import { NameFilter } from "./name-filter";
import { type ProxySign, proxySignsOf } from "./proxy-signature";
import type { Tally, TallyParts } from "./tally";

export interface Person {
  table: RegisterTable;
  row: DataRow;
  name: string;
  unit: string;
  nameKey: string;
  unitKey: string;
}

export interface Signer extends Person {
  /** Sign-in time, completed with the meeting date when the cell holds a time alone. */
  time: (DateTime & { date: LocalDate }) | null;
  /** The roster row this signer was matched to; null when not (yet) matched or without a roster. */
  rosterEntry: RosterEntry | null;
  /** How the row shows someone else signed (代签); null when nothing says so. */
  proxy: ProxySign | null;
  /** The row's own 签到状态 says 迟到 (an e-sign-in export's record). */
  lateByStatus: boolean;
}

export interface RosterEntry extends Person {
  onLeave: boolean;
  signedAs: Signer | null;
}

export interface Attendance {
  /** The roster people were checked against, or null; the sign-in sheet itself when it lists people who did not sign. */
  roster: RegisterTable | null;
  rosterIsSignin: boolean;
  signers: Signer[];
  /** Later signatures of a person who already signed, with the first one. */
  repeats: { signer: Signer; first: Signer }[];
  rosterEntries: RosterEntry[];
  /** Roster rows of a person the roster already lists (counted once in 应到). */
  rosterRepeats: { person: Person; first: RosterEntry }[];
  notInvited: Signer[];
  late: Signer[];
  tally: Tally;
}

function personOf(table: RegisterTable, row: DataRow): Person {
  // A formula error (#N/A) in the name column is nobody.
  const name = isFormulaError(roleValue(table, row, "name")) ? "" : nameWithoutNote(roleText(table, row, "name"));
  const unit = roleText(table, row, "unit");
  return { table, row, name, unit, nameKey: matchKey(name), unitKey: matchKey(unit) };
}

const PEOPLE = new WeakMap<RegisterTable, Person[]>();

/** The person of every data row, aligned with `table.rows`, computed once per table (several rules need them). */
export function peopleOf(table: RegisterTable): Person[] {
  let people = PEOPLE.get(table);
  if (!people) {
    people = table.rows.map((row) => personOf(table, row));
    PEOPLE.set(table, people);
  }
  return people;
}

/** Same name, and units that agree where both are written (`财政局` and `县财政局` agree). */
export function samePerson(a: Person, b: Person): boolean {
  if (a.nameKey !== b.nameKey) return false;
  if (!a.unitKey || !b.unitKey) return true;
  return a.unitKey === b.unitKey || a.unitKey.includes(b.unitKey) || b.unitKey.includes(a.unitKey);
}

/**
 * A list without 签到时间 or 签名 columns counts everyone on it as present, but for those marked on leave. An
 * export's 签到状态 is the person's own record: 正常/迟到 in any session is signed; a time or signature in any
 * session is too, whatever another session's status says (上午 未签到, 下午 14:30 正常).
 */
function hasSigned(table: RegisterTable, row: DataRow, columns: number[], statuses: readonly SigninStatus[]): boolean {
  if (statuses.includes("present") || statuses.includes("late")) return true;
  if (columns.length === 0) return statuses.length === 0 && !isOnLeave(table, row);
  for (const col of columns) if (!isEmptyCell(row.cells[col])) return true;
  return false;
}

/** Leave as offices write it: 请假, 病假/事假/公假…, 休假, 公出, 出差, 因公外出, with or without a reason after it. */
const LEAVE = /请假|[病事公婚产丧]假|休假|公出|出差|因公外出/;
const STATUS_ABSENT = /未签|未到|缺席|缺勤|旷/;
const STATUS_LATE = /迟到/;
const STATUS_PRESENT = /正常|准时|已签|已到|出席|到会|签到|按时/;

type SigninStatus = "present" | "late" | "leave" | "absent";
const NO_STATUSES: readonly SigninStatus[] = [];

/**
 * What each 签到状态 cell of the row records (正常, 迟到, 请假, 未签到), a session's column after another's: none
 * where the sheet has no such column, a cell is empty, or its words are none of these.
 */
export function signinStatusesOf(table: RegisterTable, row: DataRow): readonly SigninStatus[] {
  if (table.roleColumns.signinStatus === undefined) return NO_STATUSES;
  return columnsOf(table, ["signinStatus"]).flatMap(({ col }) => {
    const words = matchKey(cellText(row.cells[col]));
    if (words === "") return [];
    if (LEAVE.test(words)) return ["leave" as const];
    if (STATUS_ABSENT.test(words)) return ["absent" as const];
    if (STATUS_LATE.test(words)) return ["late" as const];
    return STATUS_PRESENT.test(words) ? ["present" as const] : [];
  });
}

/**
 * Marked on leave: in a 请假 column (是, √, 请假（外出学习）), in 备注, or after the name (`王强（请假）`); in
 * traditional script too (請假).
 */
export function isOnLeave(table: RegisterTable, row: DataRow): boolean {
  const { leave: leaveCol, remark: remarkCol } = table.roleColumns;
  const leave = leaveCol === undefined ? "" : roleWords(table, row, "leave");
  if (leave !== "" && (meansYes(leave) || LEAVE.test(leave))) return true;
  if (remarkCol !== undefined && LEAVE.test(roleWords(table, row, "remark"))) return true;
  const statuses = signinStatusesOf(table, row);
  if (statuses.includes("leave") && !statuses.includes("present")) return true;
  const note = noteAfterName(roleText(table, row, "name"));
  return note !== "" && LEAVE.test(matchKey(note));
}

function signinTime(
  table: RegisterTable,
  row: DataRow,
  meetingStart: (DateTime & { date: LocalDate }) | null,
): (DateTime & { date: LocalDate }) | null {
  const value = roleValue(table, row, "signinTime");
  if (value === null || isSignedMark(value)) return null;
  const reading = readDateTimeCell(value, meetingStart?.date.year);
  if (!reading.ok || !reading.value.time) return null;
  const date = reading.value.date ?? meetingStart?.date;
  let time = reading.value.time;
  // `2:45` typed for an afternoon meeting means 14:45: people rarely sign in before dawn.
  const afternoon = (meetingStart?.time?.hour ?? 0) >= 12;
  if (afternoon && typeof value === "string" && time.hour < 8 && !/上午|早|凌晨/.test(value)) {
    time = { hour: time.hour + 12, minute: time.minute };
  }
  return date ? { date, time } : null;
}

export function analyseAttendance(
  signin: RegisterTable,
  roster: RegisterTable | null,
  meetingStart: (DateTime & { date: LocalDate }) | null,
  graceMinutes = 0,
): Attendance {
  const people = peopleOf(signin);
  // Every column a signature shows in: 签到时间, 签名, and each session's of a sheet with two (上午签到 | 下午签到).
  const signedIn = columnsOf(signin, ["signinTime", "signature"]).map((c) => c.col);
  const rosterIsSignin =
    !roster &&
    people.some(
      ({ row, nameKey }) => nameKey !== "" && !hasSigned(signin, row, signedIn, signinStatusesOf(signin, row)),
    );
  const rosterTable = roster ?? (rosterIsSignin ? signin : null);

  const signers: Signer[] = [];
  const repeats: Attendance["repeats"] = [];
  // Signers and roster entries are built field by field: object spread of a Person runs on a slow path
  // in V8 that took a third of a 100k-row check. One slot per name holds both sides; the lists behind a
  // slot exist only for the rare names that several people share.
  const byName = new Map<string, NameSlot>();
  const slotOfSigner: NameSlot[] = [];
  // On 100k rows every hash lookup is a cache miss. Most names are new when first seen: a small bit set
  // answers "certainly not seen yet" without touching the map.
  const seen = new NameFilter(people.length);
  // People the sign-in sheet itself marks on leave (王强 … 备注：请假) are on leave on the roster too.
  const leaveOnSheet = new Map<string, Person[]>();
  const proxySigns = proxySignsOf(signin);
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    const { table, row, name, unit, nameKey, unitKey } = person;
    if (nameKey === "") continue;
    const statuses = signinStatusesOf(table, row);
    if (!hasSigned(signin, row, signedIn, statuses)) {
      if (roster && isOnLeave(signin, row)) addTo(leaveOnSheet, nameKey, person);
      continue;
    }
    const time = signinTime(signin, row, meetingStart);
    const proxy = proxySigns[i];
    const lateByStatus = statuses.includes("late");
    const signer: Signer = { table, row, name, unit, nameKey, unitKey, time, rosterEntry: null, proxy, lateByStatus };
    let slot = seen.insert(nameKey) ? byName.get(nameKey) : undefined;
    const first = slot && signerLike(slot, signer, false);
    if (first) {
      repeats.push({ signer, first });
      if (signer.time && (!first.time || ordinal(signer) < ordinal(first))) first.time = signer.time;
      first.proxy ??= signer.proxy;
      continue;
    }
    if (!slot) {
      slot = { signer, signerIndex: signers.length, moreSigners: null, entry: null, moreEntries: null };
      byName.set(nameKey, slot);
    } else if (!slot.signer) {
      slot.signer = signer;
      slot.signerIndex = signers.length;
    } else (slot.moreSigners ??= []).push(signer);
    slotOfSigner.push(slot);
    signers.push(signer);
  }

  const rosterEntries: RosterEntry[] = [];
  const rosterRepeats: Attendance["rosterRepeats"] = [];
  if (rosterTable) {
    // A printed sign-in sheet lists people in roster order: then the next signer's slot is this entry's,
    // found without a lookup. Any other order falls back to the map and picks the thread up again.
    let next = 0;
    const listedPeople = peopleOf(rosterTable);
    for (let i = 0; i < listedPeople.length; i++) {
      const person = listedPeople[i];
      if (person.nameKey === "") continue;
      let slot: NameSlot | undefined;
      if (next < signers.length && signers[next].nameKey === person.nameKey) slot = slotOfSigner[next++];
      else {
        slot = byName.get(person.nameKey);
        if (slot?.signer) next = slot.signerIndex + 1;
      }
      const listed = slot && entryLike(slot, person);
      if (listed) {
        rosterRepeats.push({ person, first: listed });
        continue;
      }
      const signedAs = (slot && signerLike(slot, person, true)) ?? null;
      const { table, row, name, unit, nameKey, unitKey } = person;
      const onLeave =
        isOnLeave(rosterTable, row) ||
        (leaveOnSheet.size > 0 && !!leaveOnSheet.get(nameKey)?.some((marked) => samePerson(marked, person)));
      const entry: RosterEntry = { table, row, name, unit, nameKey, unitKey, onLeave, signedAs };
      if (signedAs) signedAs.rosterEntry = entry;
      rosterEntries.push(entry);
      if (!slot) byName.set(nameKey, { signer: null, signerIndex: -1, moreSigners: null, entry, moreEntries: null });
      else if (!slot.entry) slot.entry = entry;
      else (slot.moreEntries ??= []).push(entry);
    }
  }
  const start = meetingStart?.time ? dateTimeOrdinal(meetingStart.date, meetingStart.time) + graceMinutes : null;
  // Lateness is known only where the sheet records when people arrived (a time against the start, or an export's own
  // 签到状态): without either it is unknown, not 0.
  const byTime = start !== null && columnsOf(signin, ["signinTime"]).length > 0;
  const timed = byTime || signin.roleColumns.signinStatus !== undefined;
  const notInvited: Signer[] = [];
  const late: Signer[] = [];
  const proxies: string[] = [];
  for (const signer of signers) {
    if (rosterTable && !signer.rosterEntry) notInvited.push(signer);
    if (timed && (signer.lateByStatus || (byTime && signer.time && ordinal(signer) > start))) late.push(signer);
    if (signer.proxy) proxies.push(signer.name);
  }
  const onLeave: RosterEntry[] = [];
  const leaveSigned: string[] = [];
  let absent = 0;
  for (const entry of rosterEntries) {
    if (entry.signedAs) {
      if (entry.onLeave) leaveSigned.push(entry.name);
    } else if (entry.onLeave) onLeave.push(entry);
    else absent++;
  }

  const tally: Tally = {
    expected: rosterTable ? rosterEntries.length : null,
    present: signers.length,
    leave: rosterTable ? onLeave.length : null,
    absent: rosterTable ? absent : null,
    late: timed ? late.length : null,
    nonRoster: rosterTable ? notInvited.length : null,
  };
  const parts = tallyParts(proxies, leaveSigned, onLeave, rosterTable);
  if (parts) tally.parts = parts;
  return {
    roster: rosterTable,
    rosterIsSignin,
    signers,
    repeats,
    rosterEntries,
    rosterRepeats,
    notInvited,
    late,
    tally,
  };
}

/**
 * What the tally's figures are made of, where a bare number would not say it: 实到 that counts 代签, people the
 * 参会名单 marks on leave who signed (实到, not 请假), people on leave the 参会名单 does not mark. Null when none.
 */
function tallyParts(
  proxies: string[],
  leaveSigned: string[],
  onLeave: RosterEntry[],
  roster: RegisterTable | null,
): TallyParts | null {
  const leaveNotMarked = roster ? onLeave.some((e) => !isOnLeave(roster, e.row)) : false;
  if (proxies.length === 0 && leaveSigned.length === 0 && !leaveNotMarked) return null;
  return { proxies, leaveSigned, leave: onLeave.map((e) => e.name), roster: roster?.sheet ?? null };
}

interface NameSlot {
  signer: Signer | null;
  /** Index of `signer` in the signers list, -1 when none. */
  signerIndex: number;
  moreSigners: Signer[] | null;
  entry: RosterEntry | null;
  moreEntries: RosterEntry[] | null;
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The slot's signer who is the same person, or with `unpaired` the first such signer not yet on the roster. */
function signerLike(slot: NameSlot, person: Person, unpaired: boolean): Signer | undefined {
  const { signer, moreSigners } = slot;
  if (signer && (!unpaired || !signer.rosterEntry) && samePerson(signer, person)) return signer;
  if (moreSigners === null) return undefined;
  for (const other of moreSigners) if ((!unpaired || !other.rosterEntry) && samePerson(other, person)) return other;
  return undefined;
}

function entryLike(slot: NameSlot, person: Person): RosterEntry | undefined {
  const { entry, moreEntries } = slot;
  if (entry && samePerson(entry, person)) return entry;
  return moreEntries?.find((other) => samePerson(other, person));
}

// The day of the last sign-in date seen: a sheet's signers signed on one or two days, and Date.UTC for each of
// 50,000 of them was most of the late count.
let lastDate: LocalDate = { year: 0, month: 0, day: 0 };
let lastDay = dateTimeOrdinal(lastDate, null);

function ordinal(signer: Signer): number {
  if (!signer.time) return Number.POSITIVE_INFINITY;
  const { date, time } = signer.time;
  if (date.year !== lastDate.year || date.month !== lastDate.month || date.day !== lastDate.day) {
    lastDay = dateTimeOrdinal(date, null);
    lastDate = date;
  }
  return lastDay + (time ? time.hour * 60 + time.minute : 0);
}
