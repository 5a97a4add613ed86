// Issue 38 at 320 px: the start screen names every task, a file on the wrong task is routed, the forms say each
// warning under its own field with its fix beside it and ask about errors before a download, every download is
// said in the pane, the 出席 import keeps the sheet's order, and at 150% (227 px) the seat grid shows seat 1.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { browserSuite, openPane, openTask, screenshot, seriousA11yViolations } from "./harness.mjs";

const suite = browserSuite();
const NARROW = 320;

/** Nothing scrolls sideways but what scrolls on purpose (the sheet and seat previews). */
async function fitsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/** What sticks out past the pane's right edge (outside the previews that scroll on purpose). */
async function sticking(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !e.closest("[data-scrolls-sideways]"))
      .map((e) => `${e.tagName} ${e.getAttribute("aria-label") ?? e.textContent.slice(0, 30)}`)
      .slice(0, 5);
  });
}

/** A .docx of `paragraphs`, as little as the reader needs. */
async function docxOf(paragraphs) {
  const zip = new JSZip();
  const escape = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

const MINUTES = [
  "县政府常务会议纪要",
  "2026年12月3日上午，县长张明在县政府三楼第一会议室主持召开县政府常务会议。",
  "会议议定：",
  "一、由县应急管理局牵头，于2026年12月15日前完成全县防汛物资清查。",
  "出席：张明、李华、王强",
  "分送：县委办公室，存档。",
];

const PEOPLE = [
  ["王建国", "县委", "县委书记"],
  ["李明华", "县政府", "县长"],
  ["陈晓东", "县人大", "主任"],
  ["赵红梅", "县政协", "主席"],
  ["刘洋", "县委办", "主任"],
  ["孙丽", "县政府办", "主任"],
  ["周敏", "县财政局", "局长"],
];

async function workbook(fill) {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A 参会名单 and nothing else, in rank order. */
const rosterXlsx = () =>
  workbook((book) => {
    const sheet = book.addWorksheet("参会名单");
    sheet.addRow(["序号", "姓名", "单位", "职务"]);
    PEOPLE.forEach(([name, unit, title], i) => sheet.addRow([i + 1, name, unit, title]));
  });

/** A 签到表 in rank order (not by strokes), 刘洋 signed for by 赵磊. */
const signinXlsx = () =>
  workbook((book) => {
    const sheet = book.addWorksheet("签到表");
    sheet.addRow(["全县经济工作会议签到表"]);
    sheet.addRow(["会议时间：2026年12月3日 9:00"]);
    sheet.addRow(["序号", "姓名", "单位", "签到时间", "签名"]);
    PEOPLE.forEach(([name, unit], i) => sheet.addRow([i + 1, name, unit, "8:50", name === "刘洋" ? "赵磊代" : name]));
  });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("the start screen names every task at 320 px, each opening on its own picker", async () => {
  const { page, context, errors, outside } = await openPane(suite.browser, suite.origin, { width: NARROW });
  const menu = page.getByRole("navigation", { name: "任务" });
  await menu.waitFor();
  for (const task of ["检查登记表", "座次图与桌签", "起草通知", "汇总回执", "起草纪要", "检查通知/纪要", "督办台账"])
    assert.ok(await menu.getByRole("button", { name: new RegExp(`^${task}`) }).isVisible(), task);
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-start");
  assert.deepEqual(await seriousA11yViolations(page), []);

  await openTask(page, "座次图与桌签");
  assert.equal(await page.getByRole("tab", { name: "座次图与桌签" }).getAttribute("aria-selected"), "true");
  assert.ok(await page.getByRole("button", { name: "打开参会名单…" }).isVisible());
  await openTask(page, "督办台账");
  assert.ok(await page.getByRole("button", { name: "打开纪要，生成督办台账…" }).isVisible());
  assert.ok(await page.getByRole("button", { name: "打开已有督办台账…" }).isVisible());
  assert.doesNotMatch(await page.textContent("body"), /命令行/);
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-tracking");
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test("a file on the wrong task is routed: a .docx dropped on 检查登记表, a workbook on 检查通知/纪要, a 名单 opened to check", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, { width: NARROW });
  await openTask(page, "检查登记表");
  const bytes = [...(await docxOf(MINUTES))];
  const dropped = await page.evaluateHandle((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], "常务会议纪要.docx"));
    return transfer;
  }, bytes);
  await page
    .getByText(/或把 \.xlsx/)
    .locator("..")
    .dispatchEvent("drop", { dataTransfer: dropped });
  await page.getByText("“常务会议纪要.docx”是 Word 文档，已在“检查通知/纪要”中打开。").waitFor();
  assert.equal(await page.getByRole("tab", { name: "检查通知/纪要" }).getAttribute("aria-selected"), "true");
  await page.getByRole("article", { name: "常务会议纪要.docx" }).waitFor();
  await page.getByText(/在“督办台账”中打开台账，点“追加纪要中的议定事项…”/).waitFor();
  assert.doesNotMatch(await page.textContent("body"), /命令行/);
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-docx-routed");

  // A workbook picked on 检查通知/纪要 (the chooser's .docx/.txt filter is only a suggestion) goes to 检查登记表.
  await openTask(page, "检查通知/纪要");
  await page
    .getByLabel("打开 .docx 或 .txt…")
    .setInputFiles({ name: "签到表.xlsx", mimeType: XLSX, buffer: await signinXlsx() });
  await page.getByText("“签到表.xlsx”是表格，已在“检查登记表”中打开。").waitFor();
  assert.equal(await page.getByRole("tab", { name: "检查登记表" }).getAttribute("aria-selected"), "true");
  await page.getByRole("article", { name: "签到表.xlsx" }).waitFor();
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-sheet-routed");

  await openTask(page, "检查登记表");
  await page
    .getByLabel("打开登记表…")
    .setInputFiles({ name: "参会名单.xlsx", mimeType: XLSX, buffer: await rosterXlsx() });
  await page.getByText("“参会名单.xlsx”是参会名单，已转到“座次图与桌签”。").waitFor();
  assert.equal(await page.getByRole("tab", { name: "座次图与桌签" }).getAttribute("aria-selected"), "true");
  const seating = page.getByRole("region", { name: "座次图与桌签" });
  // The 座次图 starts at the top, above the check's download.
  const [top, download] = await Promise.all([
    seating.boundingBox(),
    page.getByRole("button", { name: "下载核对结果" }).boundingBox(),
  ]);
  assert.ok(top.y < download.y, "座次图与桌签 comes before 下载核对结果");
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-roster-routed");

  const [cards] = await Promise.all([
    page.waitForEvent("download"),
    seating.getByRole("button", { name: "生成桌签" }).click(),
  ]);
  assert.equal(cards.suggestedFilename(), "参会名单（桌签）.docx");
  await seating.getByText(/^已下载 参会名单（桌签）\.docx，共 7 张/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the notice form: warnings under their own field, fixes one click away, errors asked about before the download", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, { width: NARROW });
  await openTask(page, "起草通知");
  const form = page.getByRole("form", { name: "起草通知" });
  await form.getByRole("textbox", { name: "发文字号" }).fill("县政办发[2026]3号");
  await form.getByRole("textbox", { name: "会议名称", exact: true }).fill("全县防汛工作会议");
  await form.getByRole("textbox", { name: "会议目的" }).fill("总结今年防汛工作");
  await form.getByText("将写作：为总结今年防汛工作，决定召开全县防汛工作会议。现将有关事项通知如下：").waitFor();
  const start = form.getByRole("textbox", { name: "会议开始时间" });
  await start.fill("下午两点半");
  await start.blur();
  await form.getByText(/“下午两点半”只有时间，没有日期/).waitFor();
  await start.fill("2026年12月3日 下午两点半");
  await form.getByText("将写作：2026年12月3日（星期四）下午2:30").waitFor();
  await form.getByRole("textbox", { name: "联系人" }).fill("张三");
  const phone = form.getByRole("textbox", { name: "联系电话" });
  await phone.fill("138123456");
  await phone.blur();
  // The warning is under 联系电话, described by it; 联系人 says nothing of it.
  await page.waitForFunction(() => {
    const box = [...document.querySelectorAll("input")].find((i) => i.value === "138123456");
    const ids = box?.getAttribute("aria-describedby")?.split(" ") ?? [];
    return ids.some((id) => document.getElementById(id)?.textContent?.includes("不是有效的手机号"));
  });
  const [phoneBox, warning] = await Promise.all([
    phone.boundingBox(),
    form.getByText(/联系电话“138123456”不是有效的手机号/).boundingBox(),
  ]);
  assert.ok(warning.y > phoneBox.y && warning.y - phoneBox.y < 80, "the phone's warning sits right under its box");
  await screenshot(page, "tasks-notice-warnings");
  await form.screenshot({ path: "test-artifacts/screens/tasks-notice-form.png" });
  await phone.fill("0571 8888 1234");
  await form.getByRole("button", { name: "改为“0571-88881234”" }).click();
  assert.equal(await phone.inputValue(), "0571-88881234");
  await form.getByRole("button", { name: "改为“县政办发〔2026〕3号”" }).click();
  assert.equal(await form.getByRole("textbox", { name: "发文字号" }).inputValue(), "县政办发〔2026〕3号");
  assert.ok(await fitsWidth(page));

  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "下载 Word 文档" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(/^有 \d+ 个错误，仍要下载？$/).waitFor();
  await screenshot(page, "tasks-notice-confirm");
  assert.equal(downloaded, false, "nothing is downloaded before the user answers");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "仍要下载" }).click(),
  ]);
  await page.getByText(/^已下载 全县防汛工作会议\.docx/).waitFor();
  await dialog.waitFor({ state: "detached" });
  // Fluent hides the page from screen readers while the dialog is open, and shows it again once it closes.
  await page.waitForFunction(() => !document.getElementById("root").hasAttribute("aria-hidden"), null, {
    timeout: 3000,
  });
  const xml = await (
    await JSZip.loadAsync(await readFile(await download.path()))
  )
    .file("word/document.xml")
    .async("string");
  assert.match(xml, /县政办发〔2026〕3号/);
  assert.match(xml, /0571-88881234/);
  assert.match(xml, /为总结今年防汛工作，决定召开全县防汛工作会议/);
  assert.deepEqual(await seriousA11yViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("从签到表导入出席名单 keeps the sheet's order and names a proxy signer", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, { width: NARROW });
  await openTask(page, "起草纪要");
  await page
    .getByLabel("从签到表导入出席名单…")
    .setInputFiles({ name: "签到表.xlsx", mimeType: XLSX, buffer: await signinXlsx() });
  await page.getByText(/已从签到表导入 7 位出席人员（按签到表中的顺序）。其中 刘洋 的签到为他人代签/).waitFor();
  const present = page.getByRole("textbox", { name: /^出席/ });
  assert.equal(await present.inputValue(), PEOPLE.map(([name]) => name).join("、"));
  await present.scrollIntoViewIfNeeded();
  assert.deepEqual(await sticking(page), []);
  await screenshot(page, "tasks-minutes-import");
  await page.getByRole("radio", { name: "按姓氏笔画" }).check();
  await page.getByText(/（按姓氏笔画排序）/).waitFor();
  assert.notEqual(await present.inputValue(), PEOPLE.map(([name]) => name).join("、"));
  assert.deepEqual(errors, []);
  await context.close();
});

// A 340 px pane at 150% zoom: 227 CSS px, each drawn with 1.5 screen pixels.
const ZOOMED = 227;

test("at 150% the seat grid opens on seat 1, and a finding's preview shows its row's 姓名", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, {
    width: ZOOMED,
    deviceScaleFactor: 1.5,
    path: "/taskpane.html?sample=seating",
  });
  const seating = page.getByRole("region", { name: "座次图与桌签" });
  await seating.getByRole("button", { name: "生成座次图" }).click();
  await seating.getByText("座次图与参会名单相符，未发现问题。").waitFor();
  const grid = seating.locator("[data-scrolls-sideways]");
  const seatOne = grid.locator("[data-seat-one]");
  await grid.scrollIntoViewIfNeeded();
  const [box, seat] = await Promise.all([grid.boundingBox(), seatOne.boundingBox()]);
  assert.ok(seat.x >= box.x && seat.x + seat.width <= box.x + box.width, "seat 1 is in view");
  assert.equal(await seatOne.innerText(), "王建国");
  assert.ok(await fitsWidth(page));
  await screenshot(page, "tasks-seating-150");
  await grid.screenshot({ path: "test-artifacts/screens/tasks-seating-150-grid.png" });

  // A sign-in sheet's 代签 in column G: the preview shows 姓名 (B) beside it.
  await page.goto(`${suite.origin}/taskpane.html?sample=signin`);
  await page.getByRole("button", { name: /刘洋 的签名“赵磊代”表明由他人代签/ }).click();
  const preview = page.locator("[data-scrolls-sideways]").first();
  const [frame, name, cell] = await Promise.all([
    preview.boundingBox(),
    preview.getByRole("cell", { name: "刘洋", exact: true }).boundingBox(),
    preview.locator('td[aria-current="true"]').boundingBox(),
  ]);
  for (const b of [name, cell]) assert.ok(b.x >= frame.x && b.x + b.width <= frame.x + frame.width + 0.5);
  await screenshot(page, "tasks-preview-name");
  await preview.screenshot({ path: "test-artifacts/screens/tasks-preview-name-rows.png" });
  const [copy] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载核对结果" }).click(),
  ]);
  await page.getByText(`已下载 ${copy.suggestedFilename()}`, { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
