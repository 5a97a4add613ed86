// 自检 in a real browser at an Office task pane's narrowest width (320 px): the pane's own button runs the host's
// self-test over the scripted Office host (tests/fakes/browser-office.ts) and WPS's, the report shows, and the
// workbook or document is as it was. Pictures of the report: test-artifacts/screens/self-test-*.png.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import {
  ARTIFACTS,
  browserSuite,
  officeHostScript,
  openPane,
  seriousA11yViolations,
  wpsHostScript,
} from "./harness.mjs";

const suite = browserSuite();
const NARROW = 320;

/** The 自检 section alone (the settings above it are long), as a picture. */
async function shoot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const section = page.getByRole("region", { name: "自检" });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function runSelfTest(page) {
  await page.getByRole("button", { name: "自检", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "开始自检" }).click();
  await page.getByRole("list", { name: "自检报告" }).waitFor();
  await page.getByRole("button", { name: "复制报告" }).waitFor();
  const rows = await page.getByRole("list", { name: "自检报告" }).getByRole("listitem").allInnerTexts();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "fits");
  return rows;
}

test("Excel at 320 px: 检查设置 → 自检 passes every step and leaves the workbook as it was", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, {
    officeScript: officeHostScript("Excel"),
    host: "Excel",
    width: NARROW,
  });
  await page.getByTestId("excel-pane").waitFor();
  const before = await page.evaluate(() => window.__fakeExcel.sheets.map((s) => s.name));
  await page.getByRole("button", { name: "检查设置" }).click();
  const rows = await runSelfTest(page);
  assert.equal(rows.length, 12);
  assert.deepEqual(
    rows.filter((row) => !row.startsWith("✓")),
    [],
  );
  await page.getByText(/12 项通过，0 项失败/).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__fakeExcel.sheets.map((s) => s.name)), before);
  assert.equal(await page.evaluate(() => window.__fakeExcel.names.size), 0);
  assert.deepEqual(await seriousA11yViolations(page), []);
  await shoot(page, "self-test-excel");
  assert.deepEqual(outside, [], "nothing leaves 127.0.0.1");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Word at 320 px: 检查本文档 → 自检 passes every step and leaves the document as it was", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, {
    officeScript: officeHostScript("Word"),
    host: "Word",
    width: NARROW,
  });
  await page.getByTestId("word-pane").waitFor();
  const before = await page.evaluate(() => JSON.stringify(window.__fakeWord.doc));
  await page.getByRole("tab", { name: "检查本文档" }).click();
  const rows = await runSelfTest(page);
  assert.equal(rows.length, 8);
  assert.deepEqual(
    rows.filter((row) => !row.startsWith("✓")),
    [],
  );
  assert.equal(await page.evaluate(() => JSON.stringify(window.__fakeWord.doc)), before);
  await shoot(page, "self-test-word");
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("WPS 表格 at 320 px: the same 自检 through WPS's object model", async () => {
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, {
    beforeLoad: wpsHostScript("et"),
    width: NARROW,
  });
  await page.getByText("WPS 表格：核对登记表").waitFor();
  const before = await page.evaluate(() => window.__fakeEt.sheets.map((s) => s.Name));
  await page.getByRole("button", { name: "检查设置" }).click();
  const rows = await runSelfTest(page);
  assert.deepEqual(
    rows.filter((row) => !row.startsWith("✓")),
    [],
  );
  assert.deepEqual(await page.evaluate(() => window.__fakeEt.sheets.map((s) => s.Name)), before);
  await shoot(page, "self-test-wps-et");
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
