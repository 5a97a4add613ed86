// Browser-test harness: serves dist/ on 127.0.0.1, drives Debian's chromium with playwright-core, answers
// the office.js request itself (nothing for file mode, a scripted host for Excel/Word) and records every
// request that tries to leave the machine.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { createStaticServer } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = "test-artifacts/screens";
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

export async function startServer() {
  const server = createStaticServer({ root: "dist" });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** playwright-core gives every launch a fresh, empty profile directory of its own. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A page whose office.js request is answered with `officeScript` (null: the request fails, as without
 * Internet) and whose every other request outside 127.0.0.1 is blocked and listed in `outside`. `host`
 * opens the pane as Office does, with `_host_Info` in its address; every office.js request is counted.
 */
export async function openPane(
  browser,
  origin,
  {
    officeScript = "",
    path = "/taskpane.html",
    host = null,
    beforeLoad = null,
    width = 420,
    deviceScaleFactor = 1,
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor,
    locale: "zh-CN",
    acceptDownloads: true,
    // Fluent's buttons fade their colours in over a transition; an accessibility check taken mid-fade measured a
    // contrast between two frames (one red CI run). With reduced motion Fluent switches the transitions off.
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  const officeRequests = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(url)) {
      officeRequests.push(url);
      return officeScript === null
        ? route.abort("internetdisconnected")
        : route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript });
    }
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  if (beforeLoad) await page.addInitScript(beforeLoad);
  const query = host ? `${path.includes("?") ? "&" : "?"}_host_Info=${host}$Win32$16.01$zh-CN$$$$0` : "";
  await page.goto(origin + path + query);
  return { page, context, outside, errors, officeRequests };
}

/** File mode: a task chosen on the start screen, or its tab once one was chosen. */
export async function openTask(page, name) {
  await page.getByTestId("file-pane").waitFor();
  const menu = page.getByRole("navigation", { name: "任务" });
  if (await menu.isVisible()) await menu.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  else await page.getByRole("tab", { name }).click();
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The scripted Office host (tests/fakes/browser-office.ts, built to build/e2e/fake-office.js by run.mjs)
 * answering as Excel or Word, with the recording fakes behind Excel.run / Word.run.
 */
export function officeHostScript(host) {
  const bundle = readFileSync("build/e2e/fake-office.js", "utf8");
  return `window.__HUIWU_HOST__ = ${JSON.stringify(host)};\n${bundle}`;
}

/** The WPS 加载项 page's `wps` over the same fakes ("et": WPS 表格, "wps": WPS 文字), to run before the page loads. */
export function wpsHostScript(kind) {
  const bundle = readFileSync("build/e2e/fake-office.js", "utf8");
  return `window.__HUIWU_HOST__ = ${JSON.stringify(`WPS-${kind}`)};\n${bundle}`;
}

/** axe-core over the page: the serious and critical violations, as "rule: target" lines. */
export async function seriousA11yViolations(page) {
  const found = await seriousA11yViolationsNow(page);
  if (!found.some((v) => v.startsWith("color-contrast"))) return found;
  // A colour measured while a Fluent button's background still fades (a loaded machine, after a click) is two
  // frames' mix, not the page's: a contrast fault that is real is still there a moment later.
  await page.waitForTimeout(600);
  return seriousA11yViolationsNow(page);
}

async function seriousA11yViolationsNow(page) {
  const { AxeBuilder } = await import("@axe-core/playwright");
  // Fluent's focus manager (tabster) puts aria-hidden <i tabindex=0 data-tabster-dummy> sentinels around
  // tab lists and dialogs; focusing one moves focus on at once, so axe's aria-hidden-focus does not apply.
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Starts the server and the browser before a test file's tests and stops them after; returns a live handle. */
export function browserSuite() {
  const suite = { origin: "", browser: null };
  let server;
  before(async () => {
    ({ server, origin: suite.origin } = await startServer());
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    server?.close();
  });
  return suite;
}
