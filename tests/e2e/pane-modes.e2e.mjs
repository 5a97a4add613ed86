import assert from "node:assert/strict";
import { test } from "node:test";
import { browserSuite, openPane, screenshot } from "./harness.mjs";

const suite = browserSuite();
const answersAs = (host, afterMs = 10) =>
  `window.Office = { HostType: { Excel: 'Excel', Word: 'Word' }, onReady: function (cb) { setTimeout(function () { cb({ host: '${host}' }); }, ${afterMs}); } };`;
const silent = "window.Office = { HostType: { Excel: 'Excel', Word: 'Word' }, onReady: function () {} };";

test("in a plain browser the pane opens on files at once and never asks for office.js", async () => {
  // Whether the page ever said it was waiting for Office, however briefly.
  const watchForWaiting = `new MutationObserver(() => {
      if (document.body && /正在连接|还没有响应/.test(document.body.textContent)) window.__sawWaiting = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });`;
  const { page, outside, errors, context, officeRequests } = await openPane(suite.browser, suite.origin, {
    beforeLoad: watchForWaiting,
  });
  await page.getByTestId("file-pane").waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => window.__sawWaiting ?? false), false, "no wait for office.js");
  assert.equal(await page.getByRole("heading", { name: "会务助手" }).isVisible(), true);
  assert.match(await page.textContent("body"), /文件模式/);
  await screenshot(page, "file-pane-start");
  assert.deepEqual(officeRequests, [], "office.js is not fetched outside Office");
  assert.deepEqual(outside, [], "no request may leave 127.0.0.1");
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [host, testId] of [
  ["Excel", "excel-pane"],
  ["Word", "word-pane"],
]) {
  test(`inside ${host} the ${host} pane opens`, async () => {
    const { page, context, outside } = await openPane(suite.browser, suite.origin, {
      officeScript: answersAs(host),
      host,
    });
    await page.getByTestId(testId).waitFor({ timeout: 10_000 });
    await screenshot(page, `${testId}-start`);
    assert.deepEqual(outside, []);
    await context.close();
  });
}

test("inside Office with office.js unreachable (no Internet, no mirror), the pane says so in Chinese and offers file mode", async () => {
  const { page, context, errors } = await openPane(suite.browser, suite.origin, { officeScript: null, host: "Excel" });
  await page.getByText("已在 Excel 中打开会务助手，但 Office 的脚本没能加载").waitFor({ timeout: 10_000 });
  assert.match(await page.textContent("body"), /appsforoffice\.microsoft\.com/);
  await screenshot(page, "office-js-missing");
  await page.getByRole("button", { name: "改用文件模式" }).click();
  await page.getByTestId("file-pane").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("inside Office with office.js silent, the pane says it is waiting, then switches when Office answers late", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, {
    officeScript: answersAs("Word", 11_000),
    host: "Word",
  });
  await page.getByText("正在连接 Word…").waitFor({ timeout: 5000 });
  await page.getByText("Word 还没有响应").waitFor({ timeout: 15_000 });
  await page.getByTestId("word-pane").waitFor({ timeout: 10_000 });
  await context.close();
});

test("inside Office with office.js that never answers, the user can go on with files", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, { officeScript: silent, host: "Excel" });
  await page.getByText("Excel 还没有响应").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "改用文件模式" }).click();
  await page.getByTestId("file-pane").waitFor();
  await context.close();
});

test("an engine too old for the pane (Internet Explorer 11, EdgeHTML) gets a Chinese message naming the Office versions, not a blank pane", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, {
    host: "Excel",
    officeScript: answersAs("Excel"),
    // What IE11 and EdgeHTML lack of what the pane needs.
    beforeLoad: "delete Object.fromEntries; delete Promise.allSettled;",
  });
  await page.getByText("会务助手无法在这个版本的 Office 中运行。").waitFor({ timeout: 10_000 });
  assert.match(await page.textContent("body"), /Microsoft 365、Office 2021/);
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId("excel-pane").count(), 0);
  await screenshot(page, "old-engine");
  await context.close();
});

test("an engine whose library is new enough but whose syntax is not (Chromium 76–93, Safari before 16.4) gets the same message", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, {
    host: "Excel",
    officeScript: answersAs("Excel"),
    // As if syntax-probe.js had stopped at its class static block: its flag cannot be set.
    beforeLoad: 'Object.defineProperty(window, "__huiwuModernSyntax", { value: false, writable: false });',
  });
  await page.getByText("会务助手无法在这个版本的 Office 中运行。").waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId("excel-pane").count(), 0);
  await context.close();
});
