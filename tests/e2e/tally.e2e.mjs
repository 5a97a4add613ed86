import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { browserSuite, openPane, screenshot, seriousA11yViolations } from "./harness.mjs";

const suite = browserSuite();

/** Nothing wider than the pane: a 320 px pane must not scroll sideways. */
async function assertNoSidewaysScroll(page, screen) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${screen}: ${scrollWidth} px wide in a ${clientWidth} px pane`);
}

/** An e-sign-in system's export: its own 签到状态, no meeting start, no 名单. */
const EXPORT_CSV = [
  "序号,部门,姓名,签到时间,签到状态",
  "1,办公室,林晓,2026-12-03 08:52,正常",
  "2,综合科,黄磊,2026-12-03 09:12,迟到",
  "3,人事科,许静,,请假",
  "4,财务科,陈刚,2026-12-03 09:05,正常",
].join("\n");

async function rosterXlsx() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("参会名单");
  for (const row of [
    ["姓名", "单位", "职务"],
    ["林晓", "办公室", "主任"],
    ["黄磊", "综合科", "科长"],
    ["许静", "人事科", "科长"],
    ["陈刚", "财务科", "科长"],
    ["马俊", "审计科", "科员"],
  ])
    sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A pre-printed sheet whose 记录人 line writes its own totals: 张三 printed twice, 赵红梅 signed by 刘明. */
async function printedXlsx() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("签到表");
  for (const row of [
    ["全县安全生产会议签到表"],
    ["会议时间：2026年12月3日上午9:00"],
    ["序号", "姓名", "单位", "职务", "签名"],
    [1, "张三", "县财政局", "局长", "张三"],
    [2, "李四", "县教育局", "局长", "李四"],
    [3, "王五", "县民政局", "局长", "王五"],
    [4, "赵红梅", "县水利局", "局长", "刘明"],
    [5, "马俊", "县审计局", "局长", null],
    [6, "孙七", "县农业局", "局长", "孙七"],
    [7, "周八", "县林业局", "局长", "周八"],
    [8, "郑十（请假）", "县商务局", "局长", null],
    [9, "钱一", "县文旅局", "局长", "钱一"],
    [10, "吴九", "县卫健局", "局长", null],
    [11, "张三", "县财政局", "局长", "张三"],
    ["记录人：王芳　应到11人　实到6人"],
  ])
    sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const registerPicker = (page) => page.locator('input[type="file"][accept*=".csv"]').first();

test("tally at 320 px: the sheet's written totals explained, 实到 with its parts, 马俊 said once", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, {
    path: "/taskpane.html?sample=signin",
    width: 320,
  });
  await page.getByLabel("出勤统计").first().waitFor();
  await registerPicker(page).setInputFiles({
    name: "安全生产会议签到表.xlsx",
    mimeType: "application/octet-stream",
    buffer: await printedXlsx(),
  });
  const article = page.getByRole("article", { name: "安全生产会议签到表.xlsx" });
  await article.getByText("表上写“实到6人”，核对为实到 7 人：赵红梅 由他人代签，计入实到（代签另列为错误）").waitFor();
  await article.getByText(/表上写“应到11人”，核对为应到 10 人：张三（第 4、14 行）在表上有两行/).waitFor();
  const tally = await article.getByLabel("出勤统计").innerText();
  assert.match(tally, /10\s*应到\s*7\s*实到\s*1\s*请假\s*2\s*缺席/);
  assert.match(tally, /实到 7（含代签 1：赵红梅）/);
  // One person, one fact: 马俊's empty 签名, not also 未签到也未请假.
  assert.equal(await article.getByText(/^马俊/).count(), 1);
  await article.getByText("马俊 的签名为空：未签到，不计入实到").waitFor();
  await assertNoSidewaysScroll(page, "written totals");
  await screenshot(page, "tally-written-totals-320");
  assert.deepEqual(await seriousA11yViolations(page), []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("tally at 320 px: the sample's card and 座次图 block say the same 请假", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, {
    path: "/taskpane.html?sample=signin",
    width: 320,
  });
  const tally = page.getByLabel("出勤统计").first();
  await tally.waitFor();
  assert.match(await tally.innerText(), /1\s*请假/);
  assert.match(await tally.innerText(), /请假 1（孙丽 在名单上标为请假，但签了到，计入实到）/);
  const seating = page.getByRole("region", { name: "座次图与桌签" });
  await seating.getByText(/另有 1 人请假，不排座、不做桌签/).waitFor();
  await tally.scrollIntoViewIfNeeded();
  await assertNoSidewaysScroll(page, "sample tally");
  await screenshot(page, "tally-sample-seating-320");
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode at 320 px: an export's 签到状态, a 参会名单 opened beside it, a typed meeting start", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, {
    path: "/taskpane.html?sample=signin",
    width: 320,
  });
  await page.getByLabel("出勤统计").first().waitFor();
  await registerPicker(page).setInputFiles([
    { name: "签到导出.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${EXPORT_CSV}`, "utf8") },
    { name: "参会名单.xlsx", mimeType: "application/octet-stream", buffer: await rosterXlsx() },
  ]);
  const article = page.getByRole("article", { name: "签到导出.csv" });
  await article.getByText("按同时打开的“参会名单.xlsx”中的名单“参会名单”核对应到、请假、缺席。").waitFor();
  await article.getByText(/黄磊 的签到状态为“迟到”/).waitFor();
  assert.match(
    await article.getByLabel("出勤统计").innerText(),
    /5\s*应到\s*3\s*实到\s*1\s*请假\s*1\s*缺席\s*1\s*迟到\s*0\s*列席/,
  );
  const listed = page.getByRole("article", { name: "参会名单.xlsx" });
  await listed.getByText(/的 4 人排座（另有 1 人请假，不排座、不做桌签）/).waitFor();
  await page.getByRole("textbox", { name: /会议开始时间（表中未写明时填写/ }).fill("2026年12月3日 9:00");
  await article.getByText(/陈刚 签到时间 09:05 晚于会议开始时间/).waitFor();
  assert.match(await article.getByLabel("出勤统计").innerText(), /2\s*迟到/);
  await assertNoSidewaysScroll(page, "export beside a 名单");
  await screenshot(page, "file-mode-lateness-320");
  assert.deepEqual(await seriousA11yViolations(page), []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
