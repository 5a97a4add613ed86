import { byStrokes } from "../meeting/name-order";
import { matchKey } from "../text/normalize";
import type { PersonDetails, Reply, ReplyCell, ReplyPerson } from "./read-reply";
import { looksLikeUnit, sameUnit } from "./units";

/** One row of the 参会名单: a person, and the 回执 (来源文件) they came from. */
export interface ListedPerson extends PersonDetails {
  /** The 回执's file name, as the 来源文件 column shows it. */
  source: string;
  /** Where the row was read: a cell of a 回执, or of the 参会名单 a earlier run made. */
  from: { file: string; at: ReplyCell };
}

export type ListOrder = "notice" | "strokes";

/** A 回执 with the unit it is from, as far as it or its file's name tells. */
export interface UnitReply {
  reply: Reply;
  unit: string | null;
}

export interface MergedReplies {
  /** The 参会名单, in the order asked for. */
  people: ListedPerson[];
  /** The rows new in this run. */
  added: ListedPerson[];
  /** A person already on the list (from another 回执, the same one, or an earlier run), with their first row. */
  duplicates: { person: ReplyPerson; first: ListedPerson }[];
  /** The 回执 read this run, each with its unit; those an earlier run merged already are left out. */
  replies: UnitReply[];
  /** 回执 an earlier run merged already (named in the list's 来源文件): not read again. */
  alreadyMerged: string[];
  /** The extra columns (性别, 民族, 是否住宿 …) of all 回执, in the order first met. */
  extraHeaders: string[];
}

export interface MergeOptions {
  /** The units the notice went to (主送, 参会范围) or the clerk listed: their order is the list's. */
  expectedUnits: readonly string[];
  order: ListOrder;
  /** The 参会名单 an earlier run made, to add to. */
  existing?: readonly ListedPerson[];
}

const REPLY_WORDS = /(?:参会|参加会议|会议|报名)?(?:回执|报名表|回复|名单)(?:表)?|[（(][^）)]*[）)]|\d+$/g;

/** The unit a file's name gives: a unit expected that it names, else the name without 回执/报名表. */
export function unitOfFileName(file: string, expectedUnits: readonly string[]): string | null {
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const key = matchKey(stem);
  const named = expectedUnits.find((unit) => key.includes(matchKey(unit)));
  if (named) return named;
  const bare = stem.replace(REPLY_WORDS, "").replace(/[-_—\s]+$|^[-_—\s]+/g, "");
  return looksLikeUnit(bare) ? bare : null;
}

/** The notice's spelling of a unit where it names it (`财政局` is the notice's `县财政局`), else the unit as written. */
export function expectedSpelling(unit: string, expectedUnits: readonly string[]): string {
  return expectedUnits.find((expected) => sameUnit(expected, unit)) ?? unit;
}

function samePerson(a: { name: string; unit: string }, b: { name: string; unit: string }): boolean {
  if (matchKey(a.name) !== matchKey(b.name)) return false;
  return a.unit === "" || b.unit === "" || sameUnit(a.unit, b.unit);
}

/**
 * The 回执 merged into one 参会名单: each person once (the first row kept; a later one is a duplicate), each unit
 * spelled as the notice spells it, 回执 an earlier run merged skipped, ordered by the notice's units or 姓氏笔画.
 */
export function mergeReplies(replies: readonly Reply[], options: MergeOptions): MergedReplies {
  const existing = options.existing ?? [];
  const mergedFiles = new Set(existing.map((p) => p.source).filter((s) => s !== ""));
  const alreadyMerged = replies.filter((r) => mergedFiles.has(r.source.file)).map((r) => r.source.file);
  const fresh = replies.filter((r) => !mergedFiles.has(r.source.file));
  const unitReplies: UnitReply[] = fresh.map((reply) => {
    const unit = reply.unit ?? unitOfFileName(reply.source.file, options.expectedUnits);
    return { reply, unit: unit === null ? null : expectedSpelling(unit, options.expectedUnits) };
  });

  const list: ListedPerson[] = [...existing];
  // People by name, so that a list of thousands is not searched whole for each new row.
  const byName = new Map<string, ListedPerson[]>();
  const remember = (p: ListedPerson) => byName.set(matchKey(p.name), [...(byName.get(matchKey(p.name)) ?? []), p]);
  existing.forEach(remember);
  const added: ListedPerson[] = [];
  const duplicates: MergedReplies["duplicates"] = [];
  const extraHeaders = [...new Set(existing.flatMap((p) => Object.keys(p.extras)))];
  for (const { reply, unit } of unitReplies) {
    for (const header of reply.extraHeaders) if (!extraHeaders.includes(header)) extraHeaders.push(header);
    for (const person of reply.people) {
      const listed: ListedPerson = {
        unit: person.unit ? expectedSpelling(person.unit, options.expectedUnits) : (unit ?? ""),
        name: person.name,
        position: person.position,
        phone: person.phone,
        remark: person.remark,
        extras: person.extras,
        source: reply.source.file,
        from: { file: reply.source.file, at: person.at },
      };
      const first = byName.get(matchKey(listed.name))?.find((p) => samePerson(p, listed));
      if (first) {
        duplicates.push({ person, first });
        continue;
      }
      list.push(listed);
      added.push(listed);
      remember(listed);
    }
  }
  return {
    people: ordered(list, options),
    added,
    duplicates,
    replies: unitReplies,
    alreadyMerged,
    extraHeaders,
  };
}

function ordered(list: ListedPerson[], options: MergeOptions): ListedPerson[] {
  if (options.order === "strokes") {
    const rank = new Map(byStrokes([...new Set(list.map((p) => p.name))]).map((name, i) => [name, i]));
    return [...list].sort((a, b) => rank.get(a.name)! - rank.get(b.name)!);
  }
  // The notice's units in its order, then the others in the order their 回执 came.
  const units: string[] = [...options.expectedUnits];
  for (const person of list) if (!units.some((u) => sameUnit(u, person.unit))) units.push(person.unit);
  const rankOf = (unit: string) => units.findIndex((u) => u === unit || sameUnit(u, unit));
  return [...list].sort((a, b) => rankOf(a.unit) - rankOf(b.unit));
}

/** People per unit, in the list's order: what the clerk counts against the notice. */
export function tallyByUnit(
  people: readonly ListedPerson[],
  expectedUnits: readonly string[],
): { unit: string; count: number }[] {
  const tally: { unit: string; count: number }[] = expectedUnits.map((unit) => ({ unit, count: 0 }));
  for (const person of people) {
    const entry = tally.find((t) => t.unit === person.unit || sameUnit(t.unit, person.unit));
    if (entry) entry.count++;
    else tally.push({ unit: person.unit, count: 1 });
  }
  return tally;
}
