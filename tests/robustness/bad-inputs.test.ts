import { readFileSync, writeFileSync } from "node:fs";
import { BAD_INPUTS } from "./bad-inputs";

const DOC = "docs/robustness.md";
const PROPERTIES = [
  ["单元格解析（日期时间、份数、电话）：任意单元格值不抛异常", "tests/core/properties.test.ts", 900],
  ["读表与全部登记表规则：任意网格（参差的行、任意值）不抛异常", "tests/core/properties.test.ts", 300],
  ["全部登记表规则：真实表头下的任意数据不抛异常", "tests/core/properties.test.ts", 300],
  ["通知与纪要的读取和全部文档规则：任意段落不抛异常，位置与引文一致", "tests/core/document-properties.test.ts", 300],
  ["渲染器：任意输入（含 & < > \" '、控制字符、孤立代理项）都生成合法 XML", "tests/render/renderer.test.ts", 300],
  [
    "Excel 标注：任意顺序的标注、填色、插入删除行、改名、清除之后，每个单元格都是用户自己最后的填充",
    "tests/hosts/marks-property.test.ts",
    150,
  ],
] as const;

function robustnessDoc(): string {
  const rows = BAD_INPUTS.map((b, i) => `| ${i + 1} | ${b.area} | ${b.input} | ${b.expected} |`);
  const properties = PROPERTIES.map(([what, where, runs]) => `| ${what} | \`${where}\` | ${runs} |`);
  return `# 坏输入与可靠性

本页由 \`tests/robustness/bad-inputs.test.ts\` 生成并核对：表中每一行都是一个测试（\`UPDATE_DOCS=1 npx jest tests/robustness\` 重写本页）。

- 尝试的坏输入：**${BAD_INPUTS.length}** 种，全部得到清楚的中文说明或正确结果；命令行出错时退出码 2、只打印一行，从不打印堆栈。
- 性质测试（fast-check）：**${PROPERTIES.length}** 项，默认每项运行次数见下表，设 \`PROPERTY_RUNS\` 可加大。
- Office 接口失败（工作表受保护、请求超过 5 MB、对象已不存在、版本不支持）由 \`src/hosts/office/host-error.ts\` 转为中文说明；
  标注与报告成批写入，一次失败不会留下半张报告或一半标注（见 \`tests/hosts/excel-host.test.ts\`）。

## 坏输入

| # | 类别 | 输入 | 结果 |
|---|---|---|---|
${rows.join("\n")}

## 性质测试

| 性质 | 测试文件 | 默认运行次数 |
|---|---|---|
${properties.join("\n")}

## 不丢数据

- 标注只改填充色。每个被标注的单元格有一个隐藏的工作簿名称（Excel 自己让它跟着单元格走：工作表改名、插入或删除行都不丢），原填充和标注色记在工作簿的自定义 XML 部件中——不新增工作表，不清空撤销记录。“清除标注”逐格恢复（关闭再打开任务窗格后也可以）；标注后用户自己改过填充的单元格保持用户的填充；记录损坏时说明原因，可“放弃标注记录”。性质测试：任意顺序的标注、填色、插入删除行、改名、清除之后，每个单元格都是用户自己最后的填充（\`tests/hosts/marks-property.test.ts\`）。
- 除用户逐条确认的修正外，不写任何数据单元格；每条修正都可在任务窗格中撤销。
- 核对报告总是写到新的工作表（“核对报告”已存在时写“核对报告2”……），从不覆盖。
- Word 草稿只写在带“huiwu-draft”标记的内容控件中；替换上次的草稿前先征得同意，控件外的文字不动。
- 文件模式从不修改用户打开的文件，只提供“（核对结果）”副本下载。
`;
}

describe("bad inputs (docs/robustness.md)", () => {
  it.each(BAD_INPUTS.map((b, i) => [i + 1, b.input, b] as const))(
    "%i. %s",
    async (_n, _input, bad) => {
      await bad.check();
    },
    30_000,
  );

  it("has at least 40 rows, and the page lists exactly them", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    const doc = robustnessDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc);
    expect(readFileSync(DOC, "utf8")).toBe(doc);
  });
});
