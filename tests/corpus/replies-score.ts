import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { mergeReplies } from "../../src/core/replies/merge";
import { readReply } from "../../src/core/replies/read-reply";
import { matchKey } from "../../src/core/text/normalize";
import { replySource } from "../../src/hosts/files/read-reply-file";
import { type ReplyTemplate, templateBytes } from "./replies-build";

const DIR = join(process.cwd(), "tests", "corpus", "replies");

type Person = ReplyTemplate["expected"][number];

export interface TemplateScore {
  id: string;
  families: string[];
  expected: number;
  found: number;
  /** Found people whose name is an expected one. */
  named: number;
  /** Found people right in all of 单位, 姓名, 职务 and 电话. */
  right: number;
  /** One line per miss: a person not found, one found who is not on the 回执, a field read wrong. */
  failures: string[];
}

export function loadTemplates(): ReplyTemplate[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as ReplyTemplate);
}

const squeeze = (text: string) => text.replace(/\s+/g, "");
const phoneKey = (text: string) => text.replace(/[\s－—-]/g, "");

/** The 参会名单 rows `huiwu replies` makes of one 回执 alone (no notice, so no unit list), as 单位/姓名/职务/电话. */
export async function peopleRead(template: ReplyTemplate): Promise<Person[]> {
  const source = await replySource(template.file, await templateBytes(template), {
    on: { year: 2026, month: 11, day: 30 },
    how: "登记的收到日期",
  });
  const merged = mergeReplies([readReply(source)], { expectedUnits: [], order: "notice" });
  return merged.people.map(({ unit, name, position, phone }) => ({ unit, name, position, phone }));
}

export function scoreTemplate(template: ReplyTemplate, found: Person[]): TemplateScore {
  const failures: string[] = [];
  const wanted = [...template.expected];
  let named = 0;
  let right = 0;
  for (const person of found) {
    const i = wanted.findIndex((w) => matchKey(w.name) === matchKey(person.name));
    if (i < 0) {
      failures.push(`多读：${person.name}（${person.unit}）`);
      continue;
    }
    const want = wanted.splice(i, 1)[0];
    named++;
    const wrong = [
      squeeze(person.unit) !== squeeze(want.unit) && `单位「${person.unit}」应为「${want.unit}」`,
      squeeze(person.position) !== squeeze(want.position) && `职务「${person.position}」应为「${want.position}」`,
      phoneKey(person.phone) !== phoneKey(want.phone) && `电话「${person.phone}」应为「${want.phone}」`,
    ].filter((w): w is string => typeof w === "string");
    if (wrong.length === 0) right++;
    else failures.push(`${want.name}：${wrong.join("，")}`);
  }
  for (const missed of wanted) failures.push(`漏读：${missed.name}（${missed.unit}）`);
  return {
    id: template.id,
    families: template.families,
    expected: template.expected.length,
    found: found.length,
    named,
    right,
    failures,
  };
}

export async function scoreReplies(): Promise<TemplateScore[]> {
  const scores: TemplateScore[] = [];
  for (const template of loadTemplates()) scores.push(scoreTemplate(template, await peopleRead(template)));
  return scores;
}

/** People precision and recall over the corpus: by name, and by whole rows (单位, 姓名, 职务 and 电话 all right). */
export function repliesFigures(scores: TemplateScore[]) {
  const sum = (f: (s: TemplateScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found);
  const named = sum((s) => s.named);
  const right = sum((s) => s.right);
  return {
    templates: scores.length,
    expected,
    found,
    namePrecision: named / Math.max(1, found),
    nameRecall: named / Math.max(1, expected),
    rowPrecision: right / Math.max(1, found),
    rowRecall: right / Math.max(1, expected),
    failing: scores.filter((s) => s.failures.length > 0).map((s) => `${s.id}：${s.failures.join("；")}`),
  };
}
