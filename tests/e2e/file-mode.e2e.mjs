import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { browserSuite, openPane, screenshot, seriousA11yViolations } from "./harness.mjs";

const suite = browserSuite();

test("file mode: check the sample sign-in workbook, click a finding, download a checked copy", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor();
  await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
  await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").waitFor();
  assert.match(await page.getByLabel("出勤统计").first().innerText(), /10\s*应到\s*9\s*实到/);
  await page.getByRole("button", { name: /刘洋 的签名“赵磊代”表明由他人代签/ }).click();
  const marked = page.locator('td[aria-current="true"]');
  assert.equal(await marked.innerText(), "赵磊代");
  await screenshot(page, "file-pane-signin-checked");
  assert.deepEqual(await seriousA11yViolations(page), []);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载核对结果" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "会议签到表（示例）（核对结果）.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(await download.path()));
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    ["签到表", "参会名单", "核对报告"],
  );
  assert.equal(workbook.getWorksheet("签到表").getCell("G8").fill.fgColor.argb, "FFFFC7CE");
  assert.equal(workbook.getWorksheet("签到表").getCell("B5").fill.fgColor.argb, "FFDDEBF7");
  const report = workbook.getWorksheet("核对报告");
  const texts = [];
  report.eachRow((row) =>
    texts.push(
      row.values
        .slice(1)
        .map((v) => (typeof v === "object" && v ? v.text : v))
        .join("|"),
    ),
  );
  assert.ok(texts.some((t) => t.includes("签到表|G8|signin/proxy|错误|刘洋 的签名“赵磊代”表明由他人代签")));
  assert.ok(texts.some((t) => t.includes("应到 10")));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: open a faulty notice and see its findings quoted in context", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin);
  await page.getByRole("tab", { name: "检查通知/纪要" }).click();
  await page.getByRole("button", { name: "有错误的通知（示例）" }).click();
  await page.getByText("“明天”容易产生混淆，应写明年月日").waitFor();
  await page.getByText("如有变动，【明天】另行通知。").waitFor();
  await screenshot(page, "file-pane-notice-checked");
  assert.deepEqual(await seriousA11yViolations(page), []);
  await context.close();
});

test("file mode: draft a notice and download a valid .docx that contains it", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin);
  await page.getByRole("tab", { name: "起草通知" }).click();
  await page.getByRole("textbox", { name: "会议名称", exact: true }).fill("全县防汛工作会议");
  await page.getByRole("textbox", { name: /会议地点/ }).fill("县政府三楼第一会议室");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载 Word 文档" }).click(),
  ]);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file("word/document.xml").async("string");
  assert.match(xml, /关于召开全县防汛工作会议的通知/);
  assert.match(xml, /县政府三楼第一会议室/);
  await page.getByText("通知缺少“成文日期”").waitFor();
  await screenshot(page, "file-pane-notice-draft");
  assert.deepEqual(await seriousA11yViolations(page), []);
  await context.close();
});
