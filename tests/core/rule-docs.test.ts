import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { RULES } from "../../src/core/rules/rules";
import { renderRuleDoc, ruleDocPath } from "../../src/core/rules/rule-doc";
import { KIND_LABELS } from "../../src/core/table/kinds";
import { SEVERITY_LABELS } from "../../src/core/rules/finding";

// `UPDATE_DOCS=1 npx jest tests/core/rule-docs.test.ts` rewrites docs/rules/ from the rules' meta.
const update = process.env.UPDATE_DOCS === "1";

/** What a rule checks, from its kind (and, for a register rule, the register kinds it reads; for text, its group). */
function appliesTo(rule: (typeof RULES)[number]): string {
  if (rule.kind === "register")
    return rule.kinds === "any" ? "所有登记表" : rule.kinds.map((k) => KIND_LABELS[k]).join("、");
  if (rule.kind === "reply") return "各单位报送的参会回执（huiwu replies）";
  if (rule.meta.group === "notice") return "会议通知（文档或起草表单）";
  if (rule.meta.group === "minutes") return "会议纪要（文档或起草表单）";
  return "会议通知和会议纪要（文档）";
}

const documented = RULES.map((rule) => ({ meta: rule.meta, appliesTo: appliesTo(rule) }));

function index(): string {
  const rows = documented.map(
    ({ meta }) =>
      `| [\`${meta.id}\`](${meta.id}.md) | ${SEVERITY_LABELS[meta.severity]} | ${meta.fixable ? "是" : ""} | ${meta.description} |`,
  );
  return `# 检查规则\n\n规则编号是公开约定：配置、命令行输出和核对报告都按编号。\n\n| 编号 | 严重程度 | 可修正 | 检查内容 |\n|---|---|---|---|\n${rows.join("\n")}\n`;
}

describe("rule documentation", () => {
  it.each(documented.map((d) => [d.meta.id, d] as const))(
    "%s has its doc page, up to date with its meta",
    (_id, { meta, appliesTo }) => {
      const path = ruleDocPath(meta.id);
      const expected = renderRuleDoc(meta, appliesTo);
      if (update) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, expected);
      }
      expect(readFileSync(path, "utf8")).toBe(expected);
    },
  );

  it("docs/rules/README.md lists every rule", () => {
    if (update) writeFileSync("docs/rules/README.md", index());
    expect(readFileSync("docs/rules/README.md", "utf8")).toBe(index());
  });

  it.each(documented.map((d) => d.meta.id))("%s has a test table", (id) => {
    expect(existsSync(`tests/core/rules/${id}.test.ts`)).toBe(true);
  });
});
