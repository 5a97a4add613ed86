import { readFileSync, writeFileSync } from "node:fs";
import {
  CAPABILITIES,
  type Capability,
  type CapabilityName,
  capabilities,
  officeVersionsFor,
} from "../../src/hosts/office/capabilities";

const DOC = "docs/office-support.md";

function supportDoc(): string {
  const rows = (Object.entries(CAPABILITIES) as [CapabilityName, Capability][]).map(
    ([, c]) =>
      `| ${c.host} | ${c.feature} | ${c.set} ${c.version} | ${officeVersionsFor(c.set, c.version)} | ${c.calls} |`,
  );
  return `# 支持的 Office 版本

本页由 \`tests/hosts/capabilities.test.ts\` 从 \`src/hosts/office/capabilities.ts\` 的能力表生成（\`UPDATE_DOCS=1 npx jest tests/hosts/capabilities.test.ts\` 重写）。
任务窗格在调用 Office.js 之前按这张表检查当前 Office：缺哪项能力，只停用那一项功能，并用中文说明需要的版本；其余功能照常可用。

- **需要**：Microsoft 365、Office 2021 或更新版本（Windows、Mac），或 Office 网页版。
- **不能运行**：Office 2016、2019 批量许可版在 Internet Explorer 11 或旧版 Edge（EdgeHTML）中显示任务窗格，任务窗格会显示一段中文说明和可用的办法（升级 Office、在浏览器中用文件模式、用命令行），而不是空白。
- 版本对应依据微软的要求集表（批量许可版 Windows）：ExcelApi 1.1 为 Office 2016，1.2–1.7 为 Office 2019，1.8–1.14 为 Office 2021，1.15–1.17 为 Office 2024；WordApi 1.1 为 Office 2016，1.2–1.3 为 Office 2019 与 2021，1.4–1.8 为 Office 2024，1.9 起只有 Microsoft 365。

| 宿主 | 功能 | 要求集 | 有这项能力的 Office | 决定要求集的调用 |
|---|---|---|---|---|
${rows.join("\n")}

## 已知限制

- 低于 ExcelApi 1.13 时读不出合并区域：合并单元格只读左上角的值，其余按空单元格读；检查后任务窗格会提示结果可能因此有误。
- 清单在 \`npm test\` 与 \`npm run validate\` 中离线按微软的 XSD 校验，用的是 office-js-docs-pr 在 2020 年删除这些文件前的
  最后一版（改动逐条记在 [schemas/office-addin-manifest/README.md](../schemas/office-addin-manifest/README.md)），可能比
  [MS-OWEMXML] 规范中的正式版本旧；\`npm run validate:online\`（office-addin-manifest）要联网调用微软的校验服务。
- Word 网页版读取段落时会包含修订中已删除的文字（office-js#1267），修订附近的区域也会带上它们（office-js#5334）。有 WordApi 1.4
  时任务窗格改读 \`Paragraph.getReviewedText("Current")\`（接受全部修订后的文字，微软给出的读法；有 1.6 时先查文档有没有删除修订，
  没有就不多读这一次）；低于 1.4（Office 2016–2021）时只能照读，删除的文字会被当作正文检查（这些版本的桌面 Word 读段落本来
  就不含删除的文字）。命令行和文件模式读取 .docx 时一律不含。
`;
}

describe("the Office capability table", () => {
  it("names the Office versions Microsoft's tables give for each requirement set", () => {
    expect(officeVersionsFor("ExcelApi", "1.4")).toMatch(/^Office 2019 及以上/);
    expect(officeVersionsFor("ExcelApi", "1.9")).toMatch(/^Office 2021 及以上/); // not Excel 2019
    expect(officeVersionsFor("ExcelApi", "1.13")).toMatch(/^Office 2021 及以上/);
    expect(officeVersionsFor("ExcelApi", "1.16")).toMatch(/^Office 2024 及以上/);
    expect(officeVersionsFor("WordApi", "1.3")).toMatch(/^Office 2019 及以上/);
    expect(officeVersionsFor("WordApi", "1.4")).toMatch(/^Office 2024 及以上/); // not Word 2021
    expect(officeVersionsFor("WordApi", "1.8")).toMatch(/^Office 2024 及以上/);
    expect(officeVersionsFor("WordApi", "1.9")).toBe("Microsoft 365、Office 网页版");
  });

  it("disables only what the running Office lacks, with the Chinese reason", () => {
    const office = capabilities((set, version) => set === "ExcelApi" && version <= "1.7");
    expect(office.has("excelReport")).toBe(true);
    expect(office.has("excelMark")).toBe(false);
    expect(() => office.require("excelMark")).toThrow(
      /当前 Excel 版本不支持标出问题单元格、清除标注（需要 ExcelApi 1\.9：Office 2021 及以上、Microsoft 365、Office 网页版）/,
    );
  });

  it("is the table every host checks: each capability is used by the Excel or Word adapter", () => {
    const code = ["src/hosts/excel/excel-host.ts", "src/hosts/word/word-host.ts"]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const name of Object.keys(CAPABILITIES)) expect(code).toContain(`"${name}"`);
    expect(code).not.toMatch(/isSetSupported\("(?:Excel|Word)Api/);
  });

  it(`${DOC} is up to date with the table`, () => {
    // The 自检 section at the end is tests/hosts/self-test.test.ts's: kept as it is.
    const [table, selfTest = ""] = readFileSync(DOC, "utf8").split(/(?=\n## 自检)/);
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, supportDoc() + selfTest);
    expect(table.trimEnd()).toBe(supportDoc().trimEnd());
  });
});
