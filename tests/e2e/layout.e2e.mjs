// Every screen of the three modes at an Office task pane's narrowest width (320 px), and at 150% zoom: nothing scrolls
// sideways. And at a desktop browser's 1280 px the pane keeps a readable column instead of stretching.
import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { browserSuite, officeHostScript, openPane, screenshot, openTask } from "./harness.mjs";

const suite = browserSuite();

/** The page's horizontal overflow, and the visible elements that stick out past the viewport's right edge. */
async function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const sticking = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Inside a container that scrolls sideways on purpose (the sheet preview) is not the page's overflow.
      if (element.closest("[data-scrolls-sideways]") && !element.matches("[data-scrolls-sideways]")) continue;
      const label = element.getAttribute("aria-label") || element.textContent?.trim().slice(0, 20) || "";
      sticking.push(
        `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 60) + ` “${label}” →${Math.round(box.right)}`,
      );
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticking: sticking.slice(0, 8) };
  });
}

async function assertFits(page, screen) {
  await screenshot(page, `narrow-${page.viewportSize().width}-${screen}`);
  const { scrollWidth, clientWidth, sticking } = await overflow(page);
  assert.ok(
    scrollWidth <= clientWidth && sticking.length === 0,
    `${screen}: ${scrollWidth} px wide in a ${clientWidth} px pane; sticking out: ${sticking.join("; ")}`,
  );
}

/** A 参会名单 with long units, as the .xlsx a clerk picks for the 桌签. */
async function rosterWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("参会名单");
  sheet.addRow(["序号", "姓名", "单位", "职务"]);
  const units = ["县委办公室", "县人民政府办公室", "县发展和改革委员会", "县住房和城乡建设局"];
  ["王建国", "李明华", "欧阳晓东", "张伟"].forEach((name, i) => sheet.addRow([i + 1, name, units[i], "主任"]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Two 回执 as units send them back: long unit names, one person twice, one without a phone (findings to show). */
async function replyFiles() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("回执");
  sheet.addRow(["全县安全生产工作会议参会回执"]);
  sheet.addRow(["序号", "单位", "姓名", "职务", "手机号码", "是否住宿"]);
  sheet.addRow([1, "县发展和改革委员会", "欧阳晓东", "党组书记、主任", "13905712233", "否"]);
  sheet.addRow([2, "县发展和改革委员会", "李明华", "副主任", "", "否"]);
  const csv =
    "单位,姓名,职务,联系电话\r\n县住房和城乡建设局,张伟,局长,13805712345\r\n县住房和城乡建设局,张伟,局长,13805712345\r\n";
  return [
    {
      name: "县发展和改革委员会回执.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    },
    { name: "县住房和城乡建设局回执.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) },
  ];
}

// 320 px is the narrowest task pane; 227 px is a 340 px pane at 150% zoom (a CSS pixel is 1.5 screen pixels).
for (const NARROW of [320, 227]) {
  test(`file mode fits ${NARROW} px on every screen`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, { width: NARROW });
    await page.getByTestId("file-pane").waitFor();
    await assertFits(page, "file-start");
    await openTask(page, "检查登记表");

    await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
    await page.getByRole("button", { name: /刘洋 的签名“赵磊代”表明由他人代签/ }).click();
    const marked = page.locator('td[aria-current="true"]');
    await marked.waitFor();
    // The 代签 is in column G, beyond a 320 px pane: the preview has scrolled to it, and the same row's 姓名 (刘洋)
    // is in view beside it, so whose signature it is reads without scrolling back.
    const name = page.locator('tr:has(td[aria-current="true"])').getByRole("cell", { name: "刘洋", exact: true });
    const [cell, who, preview] = await Promise.all([
      marked.boundingBox(),
      name.boundingBox(),
      page.locator("[data-scrolls-sideways]").boundingBox(),
    ]);
    const inView = (box) => box.x >= preview.x - 0.5 && box.x + box.width <= preview.x + preview.width + 0.5;
    assert.ok(inView(cell), "the faulty cell is in view");
    assert.ok(
      inView(who),
      `the row's 姓名 at ${Math.round(who.x)}–${Math.round(who.x + who.width)} px, the preview ${Math.round(preview.x)}–${Math.round(preview.x + preview.width)} px`,
    );
    await assertFits(page, "file-register-checked");

    await page.getByRole("button", { name: "督办台账", exact: true }).click();
    await page.getByLabel("督办统计").waitFor();
    await assertFits(page, "file-tracking-checked");

    await page.getByRole("button", { name: "座次图与参会名单" }).click();
    const seating = page.getByRole("region", { name: "座次图与桌签" });
    await seating.getByRole("button", { name: "生成座次图" }).click();
    await seating.getByText("座次图与参会名单相符，未发现问题。").waitFor();
    // Seat 1 (居中 on the 主席台) shows first: the grid opens scrolled to it, the row labels staying in view.
    const grid = seating.getByRole("region", { name: /座次图预览/ });
    await grid.scrollIntoViewIfNeeded();
    const [frame, seatOne] = await Promise.all([grid.boundingBox(), grid.locator("[data-seat-one]").boundingBox()]);
    assert.ok(
      seatOne.x >= frame.x && seatOne.x + seatOne.width <= frame.x + frame.width + 0.5,
      `seat 1 at ${Math.round(seatOne.x)}–${Math.round(seatOne.x + seatOne.width)} px, the grid ${Math.round(frame.x)}–${Math.round(frame.x + frame.width)} px`,
    );
    await assertFits(page, "file-seating-chart");
    const chart = seating.getByRole("table", { name: /座次图预览/ });
    await chart.getByRole("button", { name: "王建国" }).click();
    await chart.getByRole("button", { name: "李明华" }).click();
    await seating.getByRole("button", { name: /主席台的座次不合/ }).waitFor();
    await assertFits(page, "file-seating-swapped");

    await page.getByRole("tab", { name: "起草通知" }).click();
    await page.getByRole("textbox", { name: "会议名称", exact: true }).fill("全县防汛工作会议");
    await assertFits(page, "file-notice-form");

    await page.getByRole("tab", { name: "起草纪要" }).click();
    await page
      .getByRole("textbox", { name: /会议名称/ })
      .last()
      .fill("县政府第12次常务会议");
    await assertFits(page, "file-minutes-form");

    await page.getByRole("tab", { name: "检查通知/纪要" }).click();
    await page.getByRole("button", { name: "有错误的通知（示例）" }).click();
    await page.getByText("“明天”容易产生混淆，应写明年月日").waitFor();
    await assertFits(page, "file-document-checked");
    await page.getByRole("button", { name: "有错误的纪要（示例）" }).click();
    await page.getByRole("button", { name: "生成督办台账" }).waitFor();
    await assertFits(page, "file-minutes-checked");
    await context.close();
  });

  test(`Excel mode fits ${NARROW} px: start, results, settings`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, {
      officeScript: officeHostScript("Excel"),
      host: "Excel",
      width: NARROW,
    });
    await page.getByTestId("excel-pane").waitFor();
    await assertFits(page, "excel-start");
    await page.getByRole("button", { name: "检查本工作簿" }).click();
    await page
      .getByRole("button", { name: /重复签到/ })
      .first()
      .waitFor();
    await assertFits(page, "excel-checked");
    await page.getByRole("button", { name: "检查设置" }).click();
    await page.getByRole("button", { name: "保存到本工作簿" }).waitFor();
    await assertFits(page, "excel-settings");
    await context.close();
  });

  test(`Excel mode fits ${NARROW} px: 回执与签到表 with the merged 回执's findings`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, {
      officeScript: officeHostScript("Excel"),
      host: "Excel",
      width: NARROW,
    });
    await page.getByTestId("excel-pane").waitFor();
    await page.getByRole("button", { name: "检查本工作簿" }).click();
    const card = page.getByRole("region", { name: "回执与签到表" });
    await card.getByRole("button", { name: "生成签到表" }).waitFor();
    await assertFits(page, "excel-replies-card");
    await card.getByLabel("汇总回执…").setInputFiles(await replyFiles());
    const findings = card.getByRole("list", { name: "回执核对结果" });
    await findings.getByText(/张伟/).first().waitFor();
    assert.ok((await findings.getByRole("listitem").count()) >= 2, "the duplicate and the missing phone are listed");
    await card.getByRole("radiogroup", { name: "名单顺序" }).waitFor();
    await card.getByRole("button", { name: "写入参会名单…" }).waitFor();
    await assertFits(page, "excel-replies-merged");
    await context.close();
  });

  test(`Excel mode fits ${NARROW} px: the 座次图 made from the 参会名单, checked, with two seats picked to swap`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, {
      officeScript: officeHostScript("Excel"),
      host: "Excel",
      width: NARROW,
    });
    await page.getByTestId("excel-pane").waitFor();
    await page.getByRole("button", { name: "检查本工作簿" }).click();
    await page.getByRole("button", { name: "生成座次图" }).waitFor();
    await assertFits(page, "excel-seating-options");
    await page.getByRole("spinbutton", { name: "主席台人数" }).fill("5");
    await page.getByRole("button", { name: "生成座次图" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "生成" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText(/已生成工作表“座次图”/).waitFor();
    const swap = page.getByRole("region", { name: "交换座位" });
    const first = swap.getByRole("combobox", { name: "座位一" });
    const second = swap.getByRole("combobox", { name: "座位二" });
    // After the blank choice, the 主席台 row left to right: 5号 3号 1号 2号 4号 — pick 1号 and 2号.
    await first.selectOption({ index: 3 });
    await second.selectOption({ index: 4 });
    await assertFits(page, "excel-seating-checked");
    await swap.getByRole("button", { name: "交换" }).click();
    await page.getByText(/已交换/).waitFor();
    await page
      .getByRole("button", { name: /主席台的座次不合/ })
      .first()
      .waitFor();
    await assertFits(page, "excel-seating-swapped");
    await context.close();
  });

  test(`Word mode fits ${NARROW} px: notice form, minutes form, document check, 桌签`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, {
      officeScript: officeHostScript("Word"),
      host: "Word",
      width: NARROW,
    });
    await page.getByTestId("word-pane").waitFor();
    // Inserting a form with errors asks first (有 n 个错误，仍要插入？); the errors show under their fields.
    await page.getByRole("button", { name: "插入到文档" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "返回修改" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await assertFits(page, "word-notice-form");
    await page.getByRole("tab", { name: "起草纪要" }).click();
    await page.getByRole("button", { name: "插入到文档" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "返回修改" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await assertFits(page, "word-minutes-form");
    await page.getByRole("tab", { name: "检查本文档" }).click();
    await page.getByRole("button", { name: "检查本文档" }).click();
    await page.getByText("“明天”容易产生混淆，应写明年月日").first().waitFor();
    await assertFits(page, "word-checked");

    await page.getByRole("tab", { name: "桌签" }).click();
    await page.getByLabel("选择参会名单…").setInputFiles({
      name: "参会名单.xlsx",
      mimeType: "application/octet-stream",
      buffer: await rosterWorkbook(),
    });
    await page.getByRole("group", { name: "制作桌签的人员" }).waitFor();
    await assertFits(page, "word-cards");
    await context.close();
  });

  test(`the start screens fit ${NARROW} px`, async () => {
    const { page, context } = await openPane(suite.browser, suite.origin, {
      officeScript: null,
      host: "Excel",
      width: NARROW,
    });
    await page.getByText("已在 Excel 中打开会务助手，但 Office 的脚本没能加载").waitFor({ timeout: 10_000 });
    await assertFits(page, "office-js-missing");
    await context.close();
  });
}

test("at 1280 px the pane keeps a readable column", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, { width: 1280 });
  await page.getByTestId("file-pane").waitFor();
  await openTask(page, "检查登记表");
  await page.getByRole("button", { name: "会议签到表与参会名单" }).click();
  await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").waitFor();
  const width = await page.getByTestId("file-pane").evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(width <= 760, `the pane's column is ${width} px wide at 1280 px`);
  await screenshot(page, "wide-file-register-checked");
  await context.close();
});
