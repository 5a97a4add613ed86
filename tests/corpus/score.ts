import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Finding, paragraphOf } from "../../src/core/rules/finding";
import { checkDocument } from "../../src/core/rules/run-text";
import type { CheckedKind, DocumentKind } from "../../src/core/rules/text-rule";
import { type Variant, carried } from "./variants";

/** One annotated fault: a rule and where (a paragraph), or for a missing element, which element. */
export interface ExpectedFinding {
  ruleId: string;
  paragraph?: number;
  element?: string;
  why?: string;
}

export interface Annotation {
  source: string;
  kind: CheckedKind;
  traits?: string[];
  /** The reading difficulties the text shows (ANNOTATING.md): scored per family. */
  families?: string[];
  findings: ExpectedFinding[];
  /** RULES.md §11 proofreading faults, scored apart from the notice/minutes findings. */
  proofreading?: ExpectedFinding[];
}

export interface CorpusText {
  name: string;
  paragraphs: string[];
  annotation: Annotation;
}

/** The §11 proofreading rules: scored against `proofreading`, not `findings`. */
export const PROOFREADING_RULES = new Set([
  "document/placeholder",
  "document/heading-levels",
  "document/punctuation",
  "document/number-usage",
]);

/** A batch of annotated texts: the tuning corpus, or a batch collected blind (tests/corpus/blind-*). */
export interface CorpusBatch {
  name: string;
  texts: CorpusText[];
  /** Still unseen by whoever changes the reader: its figures are the honest estimate, with no floor. */
  blind: boolean;
  /** Once used for fixing: the figures it may not fall below. */
  floor?: { precision: number; recall: number; noisyFiles: number };
}

export interface FileScore {
  name: string;
  expectedKind: CheckedKind;
  kind: CheckedKind;
  kindRight: boolean;
  truePositives: Finding[];
  falsePositives: Finding[];
  missed: ExpectedFinding[];
  /** The §11 findings, scored against the annotation's `proofreading`. */
  proofreading: { truePositives: Finding[]; falsePositives: Finding[]; missed: ExpectedFinding[] };
}

export interface RuleScore {
  ruleId: string;
  found: number;
  right: number;
  annotated: number;
  recalled: number;
}

export interface CorpusScore {
  files: FileScore[];
  rules: RuleScore[];
  precision: number;
  recall: number;
  kindAccuracy: number;
  /** Files with more than one false finding. */
  noisyFiles: string[];
  /** The same figures over the texts that show each reading difficulty (ANNOTATING.md's families). */
  families: Array<Figures & { family: string }>;
  /** The §11 proofreading rules, over the texts' `proofreading` annotations. */
  proofreading: Figures;
}

/** Relative to the project folder, where npm and jest run. */
export const CORPUS_DIR = join(process.cwd(), "tests", "corpus", "documents");
const CORPUS_ROOT = join(process.cwd(), "tests", "corpus");

/**
 * The tuning corpus and every batch under tests/corpus/blind-*. A batch's BATCH.json says whether it is still
 * blind (`{"blind": true}`); once used for fixing it says so and its figures get a floor like the corpus's.
 */
export function loadBatches(wanted: (name: string) => boolean = () => true): CorpusBatch[] {
  const blind = readdirSync(CORPUS_ROOT)
    // A folder still being collected has no BATCH.json yet: it is no batch until it has one.
    .filter((name) => name.startsWith("blind-") && wanted(name) && existsSync(join(CORPUS_ROOT, name, "BATCH.json")))
    .sort()
    .map((name) => {
      const dir = join(CORPUS_ROOT, name);
      const meta = JSON.parse(readFileSync(join(dir, "BATCH.json"), "utf8")) as Omit<CorpusBatch, "name" | "texts">;
      return { name, texts: loadCorpus(dir), blind: meta.blind, floor: meta.floor };
    });
  return [...(wanted("documents") ? [{ name: "documents", texts: loadCorpus(), blind: false }] : []), ...blind];
}

/** Every `NAME.txt` with its `NAME.json` annotation; paragraphs are the file's lines. */
export function loadCorpus(dir = CORPUS_DIR): CorpusText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const text = readFileSync(join(dir, file), "utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\n$/, "");
      const annotation = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Annotation;
      return { name, paragraphs: text.split(/\r\n|\r|\n/), annotation };
    });
}

/** Whether a finding is the annotated fault: same rule, and the same element or the same paragraph. */
function matches(finding: Finding, expected: ExpectedFinding): boolean {
  if (finding.ruleId !== expected.ruleId) return false;
  // A text is cut once, wherever the annotator and the reader put the cut.
  if (finding.ruleId === "document/incomplete") return true;
  if (expected.element !== undefined) return finding.data.element === expected.element;
  // Something absent from the whole document (no 分送 line) is one fault wherever the annotator put it.
  if (finding.place.kind === "document") return true;
  return expected.paragraph === undefined || paragraphOf(finding.place) === expected.paragraph;
}

/**
 * `document/kind-unsure` is right exactly where the annotation says unsure; it is scored in the kind
 * accuracy. `document/structure-unrecognised` is right where the annotation has three or more missing
 * elements; it recalls none of them.
 */
function judgeDocumentFinding(finding: Finding, annotation: Annotation): boolean | null {
  if (finding.ruleId === "document/kind-unsure") return null;
  if (finding.ruleId === "document/structure-unrecognised")
    return annotation.findings.filter((f) => f.ruleId.endsWith("/missing-element")).length >= 3;
  return false;
}

/** `givenKind`: check as the annotated kind, as a user who chose it (`--kind`) would. */
export function scoreText(text: CorpusText, givenKind = false, variant?: Variant): FileScore {
  const chosen = givenKind && text.annotation.kind !== "unsure" ? text.annotation.kind : undefined;
  const { kind, findings } = variant
    ? checkCarried(text, variant, chosen)
    : checkDocument({ paragraphs: text.paragraphs, kind: chosen });
  const judgedAlone: Finding[] = [];
  const paired: Finding[] = [];
  for (const finding of findings) {
    if (PROOFREADING_RULES.has(finding.ruleId)) continue;
    const alone = finding.ruleId.startsWith("document/") && finding.ruleId !== "document/incomplete";
    (alone ? judgedAlone : paired).push(finding);
  }
  const { truePositives, falsePositives, missed } = pairUp(paired, text.annotation.findings);
  for (const finding of judgedAlone) {
    const judged = judgeDocumentFinding(finding, text.annotation);
    if (judged === true) truePositives.push(finding);
    else if (judged === false) falsePositives.push(finding);
  }
  const expectedKind = text.annotation.kind;
  return {
    name: text.name,
    expectedKind,
    kind,
    kindRight: kind === expectedKind || kind === "unsure",
    truePositives,
    falsePositives,
    missed,
    proofreading: pairUp(
      findings.filter((f) => PROOFREADING_RULES.has(f.ruleId)),
      text.annotation.proofreading ?? [],
    ),
  };
}

/** Checks the text as a variant carries it; each finding's paragraph is put back where the original has it. */
function checkCarried(text: CorpusText, variant: Variant, kind: DocumentKind | undefined) {
  const { text: moved, origin } = carried(text, variant);
  const check = checkDocument({ paragraphs: moved.paragraphs, kind });
  const back = (p: number) => origin[p] ?? -1;
  const findings = check.findings.map((f): Finding => {
    const { place } = f;
    if (place.kind === "text") return { ...f, place: { ...place, paragraph: back(place.paragraph) } };
    if (place.kind === "document" && place.paragraph !== null)
      return { ...f, place: { ...place, paragraph: back(place.paragraph) } };
    return f;
  });
  // The annotation's unit is the stored paragraph: where the carried text reads one of them as two paragraphs (a
  // record pasted as one line, printed and read back), one rule's findings on both are one finding on it.
  const seen = new Set<string>();
  return {
    kind: check.kind,
    findings: findings.filter((f) => {
      if (f.place.kind !== "text" || !f.ruleId.startsWith("minutes/decision")) return true;
      const key = `${f.ruleId}|${f.place.paragraph}`;
      return !seen.has(key) && !!seen.add(key);
    }),
  };
}

/** Findings paired one to one with annotated faults. */
function pairUp(findings: Finding[], annotated: ExpectedFinding[]): FileScore["proofreading"] {
  const missed = [...annotated];
  const truePositives: Finding[] = [];
  const falsePositives: Finding[] = [];
  for (const finding of findings) {
    const i = missed.findIndex((e) => matches(finding, e));
    if (i < 0) falsePositives.push(finding);
    else {
      truePositives.push(finding);
      missed.splice(i, 1);
    }
  }
  return { truePositives, falsePositives, missed };
}

export interface Figures {
  files: number;
  precision: number;
  recall: number;
  found: number;
  annotated: number;
}

/** Precision and recall over some files' findings (or their proofreading). */
export function figuresOf(
  files: Array<Pick<FileScore, "truePositives" | "falsePositives" | "missed">>,
  annotatedOf: (i: number) => number,
): Figures {
  const right = files.reduce((n, f) => n + f.truePositives.length, 0);
  const found = right + files.reduce((n, f) => n + f.falsePositives.length, 0);
  const annotated = files.reduce((n, _, i) => n + annotatedOf(i), 0);
  const missed = files.reduce((n, f) => n + f.missed.length, 0);
  return {
    files: files.length,
    precision: found === 0 ? 1 : right / found,
    recall: annotated === 0 ? 1 : (annotated - missed) / annotated,
    found,
    annotated,
  };
}

export function scoreCorpus(texts: CorpusText[], givenKind = false, variant?: Variant): CorpusScore {
  const files = texts.map((text) => scoreText(text, givenKind, variant));
  const byRule = new Map<string, RuleScore>();
  const rule = (ruleId: string) => {
    let score = byRule.get(ruleId);
    if (!score) byRule.set(ruleId, (score = { ruleId, found: 0, right: 0, annotated: 0, recalled: 0 }));
    return score;
  };
  for (const [i, file] of files.entries()) {
    for (const f of file.truePositives) {
      rule(f.ruleId).found++;
      rule(f.ruleId).right++;
    }
    for (const f of file.falsePositives) rule(f.ruleId).found++;
    for (const e of texts[i].annotation.findings) rule(e.ruleId).annotated++;
    for (const e of file.missed) rule(e.ruleId).recalled--;
  }
  for (const score of byRule.values()) score.recalled += score.annotated;
  const overall = figuresOf(files, (i) => texts[i].annotation.findings.length);
  const familyNames = [...new Set(texts.flatMap((t) => t.annotation.families ?? []))].sort();
  return {
    files,
    rules: [...byRule.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    precision: overall.precision,
    recall: overall.recall,
    kindAccuracy: files.filter((f) => f.kindRight).length / files.length,
    noisyFiles: files.filter((f) => f.falsePositives.length > 1).map((f) => f.name),
    families: familyNames.map((family) => {
      const members = texts.flatMap((t, i) => (t.annotation.families?.includes(family) ? [i] : []));
      return {
        family,
        ...figuresOf(
          members.map((i) => files[i]),
          (j) => texts[members[j]].annotation.findings.length,
        ),
      };
    }),
    proofreading: figuresOf(
      files.map((f) => f.proofreading),
      (i) => texts[i].annotation.proofreading?.length ?? 0,
    ),
  };
}
