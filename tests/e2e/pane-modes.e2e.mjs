import assert from "node:assert/strict";
import { test } from "node:test";
import { browserSuite, openPane, screenshot } from "./harness.mjs";

const suite = browserSuite();

test("without Office (office.js answers nothing) the built pane opens the file pane", async () => {
  const { page, outside, errors, context } = await openPane(suite.browser, suite.origin);
  await page.getByTestId("file-pane").waitFor({ timeout: 10_000 });
  assert.equal(await page.getByRole("heading", { name: "会务助手" }).isVisible(), true);
  assert.match(await page.textContent("body"), /文件模式/);
  await screenshot(page, "file-pane-start");
  assert.deepEqual(outside, [], "no request may leave 127.0.0.1");
  assert.deepEqual(errors, []);
  await context.close();
});

test("when office.js cannot be loaded at all, the pane still opens on files", async () => {
  const { page, context } = await openPane(suite.browser, suite.origin, { officeScript: "throw new Error('blocked')" });
  await page.getByTestId("file-pane").waitFor({ timeout: 10_000 });
  await context.close();
});

test("when office.js loads but never answers, the pane opens on files after 3 seconds", async () => {
  const silent = "window.Office = { HostType: { Excel: 'Excel', Word: 'Word' }, onReady: function () {} };";
  const { page, context } = await openPane(suite.browser, suite.origin, { officeScript: silent });
  const started = Date.now();
  await page.getByTestId("file-pane").waitFor({ timeout: 10_000 });
  assert.ok(Date.now() - started >= 2000, "waits for office.js before giving up");
  await context.close();
});

for (const [host, testId] of [
  ["Excel", "excel-pane"],
  ["Word", "word-pane"],
]) {
  test(`inside ${host} the ${host} pane opens`, async () => {
    const script = `window.Office = { HostType: { Excel: 'Excel', Word: 'Word' }, onReady: function (cb) { setTimeout(function () { cb({ host: '${host}' }); }, 10); } };`;
    const { page, context, outside } = await openPane(suite.browser, suite.origin, { officeScript: script });
    await page.getByTestId(testId).waitFor({ timeout: 10_000 });
    await screenshot(page, `${testId}-start`);
    assert.deepEqual(outside, []);
    await context.close();
  });
}
