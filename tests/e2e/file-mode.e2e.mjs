import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { browserSuite, openPane, screenshot, seriousA11yViolations, openTask } from "./harness.mjs";

const suite = browserSuite();

test("file mode: check the sample sign-in workbook, click a finding, download a checked copy", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "检查登记表");
  await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
  await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").waitFor();
  assert.match(await page.getByLabel("出勤统计").first().innerText(), /10\s*应到\s*9\s*实到/);
  await page.getByRole("button", { name: /刘洋 的签名“赵磊代”表明由他人代签/ }).click();
  const marked = page.locator('td[aria-current="true"]');
  assert.equal(await marked.innerText(), "赵磊代");
  await screenshot(page, "file-pane-signin-checked");
  assert.deepEqual(await seriousA11yViolations(page), []);

  // A certain fix applied in the pane goes into the copy; the opened file stays as it was.
  const fixes = page.getByRole("region", { name: "可修正的问题" });
  await fixes.getByRole("listitem").filter({ hasText: "签到表!B5" }).getByRole("button", { name: "修正" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "修正" }).click();
  await page.getByText("已修正 签到表!B5。").waitFor();

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
  assert.equal(workbook.getWorksheet("签到表").getCell("B5").value, "李娜");
  const report = workbook.getWorksheet("核对报告");
  const texts = [];
  report.eachRow((row) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    texts.push(cells.join("|"));
  });
  assert.ok(
    texts.some((t) => /^签到表\|G8\|代签[^|]*\|错误\|刘洋 的签名“赵磊代”表明由他人代签\|signin\/proxy$/.test(t)),
    texts.join("\n"),
  );
  assert.ok(texts.some((t) => t.includes("应到 10 人")));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: open a faulty notice and see its findings quoted in context", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin);
  await openTask(page, "检查通知/纪要");
  await page.getByRole("button", { name: "有错误的通知（示例）" }).click();
  await page.getByText("“明天”容易产生混淆，应写明年月日").waitFor();
  await page.getByText("如有变动，【明天】另行通知。").waitFor();
  await screenshot(page, "file-pane-notice-checked");
  assert.deepEqual(await seriousA11yViolations(page), []);
  // Drafting something else and coming back keeps the checked document.
  await page.getByRole("tab", { name: "起草通知" }).click();
  await page.getByRole("tab", { name: "检查通知/纪要" }).click();
  await page.getByText("如有变动，【明天】另行通知。").waitFor({ timeout: 1000 });
  await context.close();
});

test("file mode: 排版本文档 previews the opened notice in GB/T 9704 and downloads it, the opened text unchanged", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin);
  await openTask(page, "检查通知/纪要");
  await page.getByRole("button", { name: "有错误的通知（示例）" }).click();
  await page.getByText("如有变动，【明天】另行通知。").waitFor();
  await page.getByRole("button", { name: "排版本文档" }).click();
  await page.getByText("排版预览（按会议通知，GB/T 9704）").waitFor();
  await screenshot(page, "file-pane-layout-preview");
  assert.deepEqual(await seriousA11yViolations(page), []);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载排版后的文档" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "有错误的通知（示例）（排版）.docx");
  await page.getByText(/^已下载 有错误的通知（示例）（排版）\.docx，打开的原文件未改动/).waitFor();
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file("word/document.xml").async("string");
  assert.match(xml, /另行通知/);
  assert.match(xml, /<w:pgSz[^>]*w:w="11906"/, "an A4 page");
  assert.equal(await page.getByText("如有变动，【明天】另行通知。").count(), 1, "the checked notice is still there");
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: draft a notice and download a valid .docx that contains it", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin);
  await openTask(page, "起草通知");
  await page.getByRole("textbox", { name: "会议名称", exact: true }).fill("全县防汛工作会议");
  await page.getByRole("textbox", { name: /会议地点/ }).fill("县政府三楼第一会议室");
  // The form still has errors: asked about before anything is downloaded.
  await page.getByRole("button", { name: "下载 Word 文档" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("dialog").getByRole("button", { name: "仍要下载" }).click(),
  ]);
  await page.getByText(/^已下载 全县防汛工作会议\.docx/).waitFor();
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file("word/document.xml").async("string");
  assert.match(xml, /关于召开全县防汛工作会议的通知/);
  assert.match(xml, /县政府三楼第一会议室/);
  await page.getByText("通知缺少“成文日期”").waitFor();
  await screenshot(page, "file-pane-notice-draft");
  assert.deepEqual(await seriousA11yViolations(page), []);
  await context.close();
});

/** A real sign-in workbook of `rows` rows, two of them faulty, as .xlsx bytes. */
test("file mode: an .xls, a GBK .csv and an .ods open like an .xlsx", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "检查登记表");
  const fixtures = new URL("../fixtures/workbooks/formats/", import.meta.url);
  for (const name of ["signin.xls", "signin-gbk.csv", "signin.ods"]) {
    const buffer = await readFile(new URL(name, fixtures));
    await page.getByLabel("打开登记表…").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await page.getByRole("heading", { name }).waitFor();
    await page.getByText("张三（县财政局）重复签到，第一次签到在第 4 行").first().waitFor();
  }
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

async function bigSigninWorkbook(rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("签到表");
  sheet.addRow(["全县安全生产工作会议签到表"]);
  sheet.addRow(["会议时间：2026年12月3日 9:00"]);
  sheet.addRow(["序号", "姓名", "单位", "职务", "签到时间", "联系电话"]);
  for (let i = 1; i <= rows; i++) {
    sheet.addRow([i, `参会者${i}`, `单位${i % 300}`, "科员", "08:45", `139${String(10000000 + i).slice(-8)}`]);
  }
  sheet.getCell("B104").value = "参会者1"; // row 4 signed again
  sheet.getCell("F204").value = "1380571";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("file mode: a large workbook is read in a Web Worker with progress, can be cancelled, and opened again", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  const workers = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "检查登记表");
  const file = {
    name: "全县签到表.xlsx",
    mimeType: "application/octet-stream",
    buffer: await bigSigninWorkbook(30000),
  };
  await page.getByRole("button", { name: "收文登记表" }).click();
  const shownBefore = page.getByRole("heading", { name: "收文登记表（示例）.xlsx" });
  await shownBefore.waitFor();

  await page.getByLabel("打开登记表…").setInputFiles(file);
  const progress = page.getByRole("status").filter({ hasText: "全县签到表.xlsx" });
  await progress.waitFor();
  // Cancelled at once: a reader that has grown faster must not finish before the click (a screenshot first took
  // long enough for that on an idle machine).
  await progress.getByRole("button", { name: "取消" }).click();
  await page.getByText("已取消。").waitFor();
  assert.equal(await page.getByRole("heading", { name: "全县签到表.xlsx" }).count(), 0);
  assert.equal(await shownBefore.count(), 1, "cancelling an open keeps what was shown before");

  await page.getByLabel("打开登记表…").setInputFiles(file);
  await screenshot(page, "file-pane-reading-large");
  await page.getByText("参会者1（单位101）重复签到，第一次签到在第 4 行").waitFor({ timeout: 60_000 });
  await page.getByText("电话“1380571”不是有效的手机号或带区号的固定电话").waitFor();
  assert.equal(await progress.count(), 0);
  // The job ran in a Web Worker, as chromium saw it. A worker cancelled within milliseconds of starting may end
  // before chromium reports it, so that the next job gets a new worker is held by tests/files/file-job-runner.test.ts.
  assert.ok(workers.filter((url) => /huiwu-files/.test(url)).length >= 1, `workers: ${workers.join(", ")}`);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A minimal .xlsx whose one sheet holds the given <row> elements. */
async function xlsxWithRows(rows) {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rels = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<Relationships ${rels}><Relationship Id="rId1" Type="${type}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook ${ns} xmlns:r="${type}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships ${rels}><Relationship Id="rId1" Type="${type}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file("xl/worksheets/sheet1.xml", `<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function deeplyNestedDocx(depth) {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = `${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>通知</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("word/document.xml", `<w:document ${w}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

test("file mode: hostile files (16M cells, 100,000-level XML, a zip bomb, a 30 MB body) each get one Chinese line at once, and the tab goes on working", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "检查登记表");
  const open = async (label, name, buffer, message) => {
    await page.getByLabel(label).setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await page.getByText(message).first().waitFor({ timeout: 15_000 });
  };
  const wideRows = Array.from(
    { length: 1000 },
    (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>字</t></is></c></row>`,
  ).join("");
  // Each is refused from its zip directory or its first bytes: reading it would take minutes, or never end.
  await open("打开登记表…", "wide.xlsx", await xlsxWithRows(wideRows), /超过 10,000,000 个单元格（上限）/);

  await page.getByRole("tab", { name: "检查通知/纪要" }).click();
  await open("打开 .docx 或 .txt…", "deep.docx", await deeplyNestedDocx(100_000), /XML 嵌套超过 1000 层/);

  // A zip whose directory claims 100 MB an entry: refused before anything is inflated.
  const bomb = await xlsxWithRows('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>');
  const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
  for (let at = 0; at + 46 < bomb.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100 * 1024 * 1024, true);
  await page.getByRole("tab", { name: "检查登记表" }).click();
  await open("打开登记表…", "bomb.xlsx", bomb, /超过 512 MB 的上限/);

  // A .docx whose body unpacks to 30 MB: refused from the zip directory.
  const paragraph = "<w:p><w:r><w:t>关于召开全县安全生产工作会议的通知。</w:t></w:r></w:p>";
  const huge = new JSZip();
  huge.file(
    "word/document.xml",
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(Math.ceil((30 * 1024 * 1024) / Buffer.byteLength(paragraph)))}</w:body></w:document>`,
  );
  await page.getByRole("tab", { name: "检查通知/纪要" }).click();
  await open(
    "打开 .docx 或 .txt…",
    "huge.docx",
    await huge.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    /超过 8 MB 的上限/,
  );

  // The tab is alive: the sample register still checks.
  await page.getByRole("tab", { name: "检查登记表" }).click();
  await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
  await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: a file that cannot be read says so in Chinese and keeps the results on screen", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin);
  await openTask(page, "检查登记表");
  await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
  const shown = page.getByRole("heading", { name: "会议签到表（示例）.xlsx" });
  await shown.waitFor();
  // A zip cut short: plain text named .xlsx is read as the one-cell sheet it is. The line waited for is the error,
  // not the progress line that names the file while it is read.
  const buffer = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("不是表格")]);
  const garbage = { name: "损坏.xlsx", mimeType: "application/octet-stream", buffer };
  await page.getByLabel("打开登记表…").setInputFiles(garbage);
  const problem = page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "损坏.xlsx：文件已损坏" });
  await problem.first().waitFor();
  assert.equal(await shown.count(), 1, "the checked sheet is still there");
  assert.equal(await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").count(), 1);

  await page.getByRole("tab", { name: "检查通知/纪要" }).click();
  await page.getByRole("button", { name: "有错误的通知（示例）" }).click();
  await page.getByText("如有变动，【明天】另行通知。").waitFor();
  await page.getByLabel("打开 .docx 或 .txt…").setInputFiles({ ...garbage, name: "损坏.docx" });
  await page
    .getByText(/损坏\.docx：文件已损坏/)
    .first()
    .waitFor();
  assert.equal(await page.getByText("如有变动，【明天】另行通知。").count(), 1, "the checked notice is still there");
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: minutes become a 督办台账 download; a 督办台账 shows its summary card and takes a new meeting’s items once", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  await openTask(page, "检查通知/纪要");
  await page.getByRole("button", { name: "有错误的纪要（示例）" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "生成督办台账" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "有错误的纪要（示例）（督办台账）.xlsx");
  await page.getByText(/已生成督办台账：3 项，其中 3 项纪要未写明责任单位或时限/).waitFor();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(await download.path()));
  const sheet = workbook.worksheets[0];
  assert.deepEqual(sheet.getRow(2).values.slice(1), [
    "序号",
    "议定事项",
    "责任单位",
    "完成时限",
    "来源",
    "状态",
    "办理情况",
    "备注",
  ]);
  assert.equal(sheet.getCell("C4").value, "县财政局");
  assert.equal(sheet.getCell("F4").value, "未办");

  await page.getByRole("tab", { name: "检查登记表" }).click();
  await page.getByRole("button", { name: "督办台账", exact: true }).click();
  const card = page.getByLabel("督办统计");
  await card.waitFor();
  assert.match(await card.innerText(), /6\s*共计\s*1\s*已办结/);
  await page.getByText("“推进老旧小区改造”的完成时限“尽快”不是具体日期").waitFor();

  // A new meeting's minutes appended, as in Excel: the status says how to get the copy, which holds the new items;
  // the same minutes again add nothing.
  const minutes = {
    name: "第13期纪要.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(
      [
        "县政府常务会议纪要",
        "2026年12月10日上午，县政府在县政府三楼第一会议室召开常务会议。",
        "一、会议同意县水利局修订县防汛应急预案，2027年3月底前完成。",
        "二、会议要求县交通运输局开展冬季道路交通安全隐患排查，12月25日前完成。",
      ].join("\n"),
    ),
  };
  await page.getByLabel("追加纪要中的议定事项…").setInputFiles(minutes);
  await page
    .getByText("已在“督办台账”第 9 行起追加 2 项。点“下载核对结果”得到含新增事项的副本；原文件未改动。")
    .waitFor();
  assert.match(await card.innerText(), /8\s*共计/);
  const [appended] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载核对结果" }).click(),
  ]);
  assert.equal(appended.suggestedFilename(), "督办台账（示例）（核对结果）.xlsx");
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await readFile(await appended.path()));
  const tracking = copy.getWorksheet("督办台账");
  assert.equal(tracking.getCell("C9").value, "县水利局");
  assert.ok(tracking.getCell("D9").value instanceof Date);
  assert.equal(tracking.getCell("C10").value, "县交通运输局");
  await page.getByLabel("追加纪要中的议定事项…").setInputFiles(minutes);
  await page.getByText("纪要中的 2 项都已在台账中，没有需要追加的。").waitFor();
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("file mode: make a 座次图 from the 参会名单, swap two seats, see the rank-order finding, download it and the 桌签", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "座次图与桌签");
  await page.getByRole("button", { name: "座次图与参会名单" }).click();
  const section = page.getByRole("region", { name: "座次图与桌签" });
  await section.getByText(/^按工作表“参会名单”的 10 人排座（另有 1 人请假，不排座、不做桌签），依排序/).waitFor();
  await section.getByRole("button", { name: "生成座次图" }).click();
  // The chart as made is checked against the list it was made from: nothing to say.
  await section.getByText("座次图与参会名单相符，未发现问题。").waitFor();
  const chart = section.getByRole("table", { name: /座次图预览/ });
  await chart.getByRole("button", { name: "王建国" }).click();
  await chart.getByRole("button", { name: "李明华" }).click();
  await page.getByText(/^已交换 王建国（F3）\s*与\s*李明华（G3）\s*的座位/).waitFor();
  await section.getByRole("button", { name: /主席台的座次不合“1号居中、2号在1号左手（左高右低）”/ }).waitFor();
  await screenshot(page, "file-pane-seating-swapped");
  assert.deepEqual(await seriousA11yViolations(page), []);

  const [chartDownload] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "下载座次图" }).click(),
  ]);
  assert.equal(chartDownload.suggestedFilename(), "座次图（示例）（座次图）.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(await chartDownload.path()));
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    ["座次图", "参会名单"],
  );
  const sheet = workbook.getWorksheet("座次图");
  const texts = (r) => sheet.getRow(r).values.slice(1).filter(Boolean);
  assert.equal(sheet.getCell("A1").text, "全县经济工作会议座次图");
  // The swap is in the download: 李明华 in the centre, 王建国 at her right as the audience sees it.
  assert.deepEqual(texts(3), ["主席台", "黄海", "刘洋", "张伟", "李明华", "王建国", "陈晓东", "周敏"]);
  assert.equal(sheet.pageSetup.orientation, "landscape");
  assert.equal(sheet.pageSetup.fitToPage, true);

  await section.getByRole("radio", { name: "黑体" }).check();
  const [cardsDownload] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "生成桌签" }).click(),
  ]);
  assert.equal(cardsDownload.suggestedFilename(), "座次图（示例）（桌签）.docx");
  const zip = await JSZip.loadAsync(await readFile(await cardsDownload.path()));
  const xml = await zip.file("word/document.xml").async("string");
  for (const name of ["王建国", "李明华", "张\u3000伟", "赵\u3000磊"])
    assert.ok(xml.includes(`string="\u3000${name}\u3000"`), name); // 黑体 is padded
  assert.ok(!xml.includes("孙\u3000丽"), "孙丽 is on leave: no card");
  assert.match(xml, /w:orient="landscape"/);
  assert.match(await zip.file("word/styles.xml").async("string"), /黑体/);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
