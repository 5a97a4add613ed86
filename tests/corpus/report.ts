// npm run corpus: how the document checks do on real published notices and minutes.
import { cellOf } from "../../src/core/rules/finding";
import { registerFigures, scoreRegisters } from "./register-score";
import { type CorpusText, loadBatches, scoreCorpus } from "./score";
import { VARIANTS } from "./variants";

const only = process.env.CORPUS_ONLY ? new RegExp(process.env.CORPUS_ONLY) : null;
const batchWanted = process.env.CORPUS_BATCH ? new RegExp(process.env.CORPUS_BATCH) : null;
const variantWanted = process.env.CORPUS_VARIANT;
const variant = VARIANTS.find((v) => v.name === variantWanted);
if (variantWanted && !variant) throw new Error(`CORPUS_VARIANT: one of ${VARIANTS.map((v) => v.name).join(", ")}`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b === 0 ? "—" : pct(a / b));
const lines: string[] = [];

for (const batch of loadBatches((name) => !batchWanted || batchWanted.test(name))) {
  const texts = batch.texts.filter((t) => !only || only.test(t.name));
  if (texts.length === 0) continue;
  describe(
    batch.name === "documents"
      ? "调校语料（tests/corpus/documents）"
      : `${batch.blind ? "盲测批" : "已用于修改的批"}（tests/corpus/${batch.name}）`,
    texts,
  );
}
console.log(lines.join("\n"));

function describe(title: string, texts: CorpusText[]) {
  const score = scoreCorpus(texts, process.env.CORPUS_GIVEN_KIND === "1", variant);
  if (variant) lines.push(`（文字按“${variant.describe}”变形后再查）`);
  const kinds = score.files.reduce<Record<string, number>>(
    (n, f) => ({ ...n, [f.expectedKind]: (n[f.expectedKind] ?? 0) + 1 }),
    {},
  );
  lines.push(
    `== ${title}：${score.files.length} 篇（${Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join("，")}）`,
  );
  lines.push(
    `总体：precision ${pct(score.precision)}  recall ${pct(score.recall)}  kind accuracy ${pct(score.kindAccuracy)}`,
  );
  for (const kind of Object.keys(kinds)) {
    const files = score.files.filter((f) => f.expectedKind === kind);
    const right = files.reduce((n, f) => n + f.truePositives.length, 0);
    const found = right + files.reduce((n, f) => n + f.falsePositives.length, 0);
    const missed = files.reduce((n, f) => n + f.missed.length, 0);
    lines.push(
      `  标注为 ${kind} 的 ${files.length} 篇：precision ${ratio(right, found)}  recall ${ratio(right, right + missed)}`,
    );
  }
  lines.push(`误报超过一条的文件：${score.noisyFiles.length ? score.noisyFiles.join("、") : "无"}`);
  const { proofreading: p } = score;
  if (p.annotated + p.found > 0)
    lines.push(
      `校对规则（§11）：报出 ${p.found}  标注 ${p.annotated}  precision ${pct(p.precision)}  recall ${pct(p.recall)}`,
    );
  if (score.families.length) {
    lines.push("", "写法类别                     篇数  报出  标注  precision  recall");
    for (const f of score.families)
      lines.push(
        `${f.family.padEnd(28)} ${String(f.files).padStart(4)} ${String(f.found).padStart(5)} ${String(f.annotated).padStart(5)}  ${pct(f.precision).padStart(9)}  ${pct(f.recall).padStart(6)}`,
      );
  }
  lines.push("", "规则                               报出  正确  precision  标注  找到  recall");
  for (const r of score.rules) {
    lines.push(
      `${r.ruleId.padEnd(34)} ${String(r.found).padStart(4)} ${String(r.right).padStart(5)}  ${ratio(r.right, r.found).padStart(9)} ${String(r.annotated).padStart(5)} ${String(r.recalled).padStart(5)}  ${ratio(r.recalled, r.annotated).padStart(6)}`,
    );
  }
  const worst = [...score.files]
    .filter((f) => f.falsePositives.length + f.missed.length > 0 || !f.kindRight)
    .sort((a, b) => b.falsePositives.length + b.missed.length - (a.falsePositives.length + a.missed.length))
    .slice(0, Number(process.env.CORPUS_WORST ?? 10));
  lines.push("", "最差的文件：");
  for (const f of worst) {
    lines.push(
      `  ${f.name}  读作 ${f.kind}（标注 ${f.expectedKind}）  误报 ${f.falsePositives.length}  漏报 ${f.missed.length}`,
    );
    for (const fp of f.falsePositives) lines.push(`    误报 ${fp.ruleId}  ${fp.message}`);
    for (const m of f.missed)
      lines.push(`    漏报 ${m.ruleId}  ${m.element ?? `第 ${(m.paragraph ?? -1) + 1} 段`}  ${m.why ?? ""}`);
  }
  for (const f of score.files.filter((f) => f.name === process.env.CORPUS_SHOW)) {
    lines.push("", `${f.name}（读作 ${f.kind}）：`);
    for (const x of [...f.truePositives, ...f.falsePositives])
      lines.push(`  ${f.truePositives.includes(x) ? "对" : "误"} ${x.ruleId} ${JSON.stringify(x.place)} ${x.message}`);
  }
  lines.push("");
}

void scoreRegisters().then((scores) => {
  const figures = registerFigures(scores);
  const out = [
    "",
    `登记表语料：${figures.files} 个工作簿（tests/corpus/registers）`,
    `总体：precision ${pct(figures.precision)}  recall ${pct(figures.recall)}  误报的错误 ${figures.falseErrors.length} 条`,
  ];
  for (const m of figures.misread) out.push(`  读错 ${m}`);
  for (const s of scores) {
    for (const f of s.falsePositives)
      out.push(`  误报 ${s.file}  ${f.ruleId}  ${cellOf(f)?.sheet}!${cellOf(f)?.cell}  ${f.message}`);
    for (const m of s.missed) out.push(`  漏报 ${s.file}  ${m.ruleId}  ${m.sheet}!${m.cell}`);
  }
  console.log(out.join("\n"));
});
