// File mode's 汇总回执 in the browser at a task pane's narrowest width: the sample notice and 回执 merged, every
// reply/* finding listed, nothing scrolling sideways, and the 签到表 downloaded ready to print.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { browserSuite, openPane, screenshot, seriousA11yViolations, openTask } from "./harness.mjs";

const suite = browserSuite();

test("file mode at 320 px: 汇总回执 from the samples, then the 签到表", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, { width: 320 });
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "汇总回执");
  const pane = page.getByRole("region", { name: "汇总回执" });
  await pane.getByRole("button", { name: "打开示例" }).click();
  await pane.getByText("参会名单 11 人，来自 5 份回执。").waitFor();
  const findings = await pane.getByRole("list", { name: "回执核对结果" }).getByRole("listitem").allInnerTexts();
  assert.equal(findings.length, 4);
  assert.match(findings[0], /吴刚（县交通运输局）已在本回执前面中报名/);
  assert.match(findings.join("\n"), /县教育局 未报送回执/);
  assert.match(findings.join("\n"), /县住建局 报名 3 人，超过通知规定的 2 人/);
  assert.match(findings.join("\n"), /晚于通知要求的 2026年12月1日 前报送/);

  await screenshot(page, "narrow-file-replies");
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${scrollWidth} px wide in a ${clientWidth} px pane`);
  assert.deepEqual(await seriousA11yViolations(page), []);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    pane.getByRole("button", { name: "下载签到表（.xlsx）" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "签到表.xlsx");
  // The pane says the download happened, what it holds and where the browser put it.
  await pane.getByRole("status").getByText("已下载 签到表.xlsx，共 11 人（在浏览器的“下载”文件夹中）。").waitFor();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(await download.path()));
  const sheet = workbook.getWorksheet("签到表");
  assert.equal(sheet.getCell("A1").text, "全县安全生产工作会议签到表");
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(3).getCell(c).text),
    ["序号", "单位", "姓名", "职务", "签名", "签到时间"],
  );
  assert.equal(sheet.rowCount, 14);
  assert.deepEqual(errors, []);
  await context.close();
});
