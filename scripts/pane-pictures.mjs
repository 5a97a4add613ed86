// Renders the README's pictures of the pane at 340 px (an Office task pane's usual width), from the real pane
// code in Debian's chromium, with Office played by tests/fakes/browser-office.ts. Needs `npm run build` and
// `node tests/e2e/run.mjs office-hosts` (which builds the fake host) first:  node scripts/pane-pictures.mjs
import { startServer, launchBrowser, officeHostScript } from "../tests/e2e/harness.mjs";

const WIDTH = 340;
const HEIGHT = 760;
const { server, origin } = await startServer();
const browser = await launchBrowser();

async function picture(name, { host = null, path = "/taskpane.html" } = {}, act) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: "zh-CN" });
  const page = await context.newPage();
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: host ? officeHostScript(host) : "" }),
  );
  const query = host ? `?_host_Info=${host}$Win32$16.01$zh-CN$$$$0` : "";
  await page.goto(origin + path + query);
  await act(page);
  await page.screenshot({ path: `docs/images/${name}.png` });
  console.log(`docs/images/${name}.png`);
  await context.close();
}

await picture("pane-excel-checked", { host: "Excel" }, async (page) => {
  await page.getByRole("button", { name: "检查本工作簿" }).click();
  await page.getByRole("button", { name: /王建国（县应急管理局）重复签到/ }).click();
  await page.getByLabel("出勤统计").first().scrollIntoViewIfNeeded();
});
await picture("pane-word-checked", { host: "Word" }, async (page) => {
  await page.getByRole("tab", { name: "检查本文档" }).click();
  await page.getByRole("button", { name: "检查本文档" }).click();
  await page.getByText("“明天”容易产生混淆，应写明年月日").first().waitFor();
});
await picture("pane-file-start", {}, async (page) => {
  await page.getByRole("navigation", { name: "任务" }).waitFor();
});
await picture("pane-file-signin", { path: "/taskpane.html?sample=signin" }, async (page) => {
  await page.getByRole("button", { name: /刘洋 的签名“赵磊代”表明由他人代签/ }).click();
  await page.locator('td[aria-current="true"]').evaluate((cell) => cell.scrollIntoView({ block: "center" }));
});
await picture("pane-file-notice", { path: "/taskpane.html?sample=notice" }, async (page) => {
  await page.getByText("“明天”容易产生混淆，应写明年月日").first().scrollIntoViewIfNeeded();
});

await browser.close();
server.close();
