import assert from "node:assert/strict";
import { test } from "node:test";
import { browserSuite, openPane, screenshot, wpsHostScript } from "./harness.mjs";

const suite = browserSuite();

// The pane as a WPS 加载项 opens it: no _host_Info, no office.js, the page has WPS's `wps` (here over the fakes).
test("WPS 表格: the Excel pane over WPS's object model checks, jumps, marks and clears without office.js", async () => {
  const { page, context, outside, errors, officeRequests } = await openPane(suite.browser, suite.origin, {
    beforeLoad: wpsHostScript("et"),
    width: 320,
  });
  await page.getByText("WPS 表格：核对登记表").waitFor();
  await page.getByRole("button", { name: "检查本工作簿" }).click();
  const duplicate = page.getByRole("button", { name: /王建国（县应急管理局）重复签到/ });
  await duplicate.waitFor();
  await duplicate.click();
  await page.waitForFunction(() => window.__fakeEt.selected === "签到表!B10");
  await screenshot(page, "wps-et-checked");
  await page.getByRole("button", { name: "标出问题单元格" }).click();
  await page.getByText(/已标出 \d+ 个单元格/).waitFor();
  assert.equal(await page.evaluate(() => window.__fakeEt.fillOf("签到表", "G8").color), "#FFC7CE");
  await page.getByRole("button", { name: "清除标注" }).click();
  await page.getByText(/已恢复 \d+ 个单元格原来的填充/).waitFor();
  assert.equal(await page.evaluate(() => window.__fakeEt.fillOf("签到表", "G8").color), "#00B050");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true, "fits 320 px");
  assert.deepEqual(officeRequests, [], "office.js is never asked for in WPS");
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("WPS 文字: the Word pane checks the document's own notice", async () => {
  const { page, context, outside, errors, officeRequests } = await openPane(suite.browser, suite.origin, {
    beforeLoad: wpsHostScript("wps"),
  });
  await page.getByText("WPS 文字：起草与检查公文").waitFor();
  await page.getByRole("tab", { name: "检查本文档" }).click();
  await page.getByRole("button", { name: "检查本文档" }).click();
  await page.getByText("“明天”容易产生混淆，应写明年月日").first().waitFor();
  await screenshot(page, "wps-writer-checked");
  assert.deepEqual(officeRequests, []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

// WPS builds that follow the wpsjs templates give the page only window.Application (no `wps`): the same panes.
test("WPS with only window.Application: the 表格 pane checks and marks, the 文字 pane opens", async () => {
  const et = await openPane(suite.browser, suite.origin, { beforeLoad: wpsHostScript("et-Application") });
  assert.equal(await et.page.evaluate(() => typeof window.wps), "undefined");
  await et.page.getByText("WPS 表格：核对登记表").waitFor();
  await et.page.getByRole("button", { name: "检查本工作簿" }).click();
  await et.page.getByRole("button", { name: /王建国（县应急管理局）重复签到/ }).waitFor();
  await et.page.getByRole("button", { name: "标出问题单元格" }).click();
  await et.page.getByText(/已标出 \d+ 个单元格/).waitFor();
  assert.deepEqual(et.officeRequests, []);
  assert.deepEqual(et.outside, []);
  assert.deepEqual(et.errors, []);
  await et.context.close();

  const writer = await openPane(suite.browser, suite.origin, { beforeLoad: wpsHostScript("wps-Application") });
  await writer.page.getByText("WPS 文字：起草与检查公文").waitFor();
  assert.deepEqual(writer.errors, []);
  await writer.context.close();
});
