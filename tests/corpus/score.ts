import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Finding, paragraphOf } from "../../src/core/rules/finding";
import { checkDocument } from "../../src/core/rules/run-text";
import type { CheckedKind } from "../../src/core/rules/text-rule";

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
  findings: ExpectedFinding[];
}

export interface CorpusText {
  name: string;
  paragraphs: string[];
  annotation: Annotation;
}

export interface FileScore {
  name: string;
  expectedKind: CheckedKind;
  kind: CheckedKind;
  kindRight: boolean;
  truePositives: Finding[];
  falsePositives: Finding[];
  missed: ExpectedFinding[];
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
}

/** Relative to the project folder, where npm and jest run. */
export const CORPUS_DIR = join(process.cwd(), "tests", "corpus", "documents");

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
export function scoreText(text: CorpusText, givenKind = false): FileScore {
  const chosen = givenKind && text.annotation.kind !== "unsure" ? text.annotation.kind : undefined;
  const { kind, findings } = checkDocument({ paragraphs: text.paragraphs, kind: chosen });
  const expected = [...text.annotation.findings];
  const truePositives: Finding[] = [];
  const falsePositives: Finding[] = [];
  for (const finding of findings) {
    if (finding.ruleId.startsWith("document/")) {
      const judged = judgeDocumentFinding(finding, text.annotation);
      if (judged === true) truePositives.push(finding);
      else if (judged === false) falsePositives.push(finding);
      continue;
    }
    const i = expected.findIndex((e) => matches(finding, e));
    if (i < 0) falsePositives.push(finding);
    else {
      truePositives.push(finding);
      expected.splice(i, 1);
    }
  }
  const expectedKind = text.annotation.kind;
  return {
    name: text.name,
    expectedKind,
    kind,
    kindRight: kind === expectedKind || kind === "unsure",
    truePositives,
    falsePositives,
    missed: expected,
  };
}

export function scoreCorpus(texts: CorpusText[], givenKind = false): CorpusScore {
  const files = texts.map((text) => scoreText(text, givenKind));
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
  const right = files.reduce((n, f) => n + f.truePositives.length, 0);
  const found = right + files.reduce((n, f) => n + f.falsePositives.length, 0);
  const annotated = texts.reduce((n, t) => n + t.annotation.findings.length, 0);
  const missed = files.reduce((n, f) => n + f.missed.length, 0);
  return {
    files,
    rules: [...byRule.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    precision: found === 0 ? 1 : right / found,
    recall: annotated === 0 ? 1 : (annotated - missed) / annotated,
    kindAccuracy: files.filter((f) => f.kindRight).length / files.length,
    noisyFiles: files.filter((f) => f.falsePositives.length > 1).map((f) => f.name),
  };
}
