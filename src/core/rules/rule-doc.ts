import { SEVERITY_LABELS, type RuleMeta } from "./finding";

/** The documentation page of one rule, written from its meta so the two never disagree. */
export function renderRuleDoc(meta: RuleMeta, appliesTo: string): string {
  const messages = Object.values(meta.messages)
    .map((m) => `- ${m.replace(/\{(\w+)\}/g, "〈$1〉")}`)
    .join("\n");
  return `# \`${meta.id}\`

${meta.description}。

| 项 | 值 |
|---|---|
| 默认严重程度 | ${meta.severity}（${SEVERITY_LABELS[meta.severity]}） |
| 可自动修正 | ${meta.fixable ? "是：在任务窗格中逐条确认后修正，可撤销；命令行显示修正后的值" : "否"} |
| 检查对象 | ${appliesTo} |

## 依据

${meta.source}

## 提示语

${messages}

## 配置

在 \`huiwu.config.json\` 中关闭或调整严重程度：

\`\`\`json
{ "rules": { "${meta.id}": "off" } }
\`\`\`

可选值：\`off\`、\`error\`、\`warning\`、\`info\`。测试用例表见 \`tests/core/rules/${meta.id}.test.ts\`。
`;
}

export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
