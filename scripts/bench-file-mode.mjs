// File mode as the user waits in chromium: a 50,000-row sign-in sheet from choosing the file to the results on
// screen, and from 下载核对结果 to the checked copy; with the reader's own share, seen from the worker's progress, and
// the shares after it: the worker's check of the sheets it holds, and the page showing the findings.
// Run by `npm run bench` (needs `npm run build` and chromium); prints one JSON object.
import { readFile } from "node:fs/promises";
import { launchBrowser, openPane, startServer } from "../tests/e2e/harness.mjs";

const [file, runs = "3"] = process.argv.slice(2);
const name = "签到表5万行.xlsx";

// In the page: when the file input changes, and when the file worker reports each step of its job.
// Watched with a MutationObserver: a Playwright role locator polling a page of thousands of findings would
// itself take most of the time it measures.
const recordSteps = () => {
  window.__steps = [];
  const mark = (step) => window.__steps.push([step, performance.now()]);
  document.addEventListener("change", () => mark("chosen"), true);
  new MutationObserver(() => {
    // The results are on screen when the file's article lists a finding (or a fix): the download button above
    // them is not enough, as the list may follow in a later render.
    if (!window.__shown && document.querySelector("article[aria-label] section[aria-label] li button"))
      window.__shown = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        if (data?.type === "progress") mark(data.progress.step);
        if (data?.type === "done") mark("done");
      });
    }
  };
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function once(browser, origin, buffer) {
  const { page, context } = await openPane(browser, origin, { beforeLoad: recordSteps });
  await page.getByTestId("file-pane").waitFor();
  await page.getByLabel("打开登记表…").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
  await page.waitForFunction(() => window.__shown, null, { polling: 200, timeout: 300_000 });
  const shown = await page.evaluate(() => window.__shown);
  const steps = await page.evaluate(() => window.__steps);
  const at = (step) => steps.find(([s]) => s === step)?.[1];
  const downloading = page.waitForEvent("download", { timeout: 300_000 });
  const clicked = await page.evaluate(() => performance.now());
  await page.evaluate(() =>
    [...document.querySelectorAll("article[aria-label] button")].find((b) => b.textContent === "下载核对结果").click(),
  );
  await downloading;
  const copied = await page.evaluate(() => performance.now());
  if (process.env.HUIWU_BENCH_STEPS)
    process.stderr.write(
      JSON.stringify({ clicked, copySteps: await page.evaluate(() => window.__steps), copied }) + "\n",
    );
  await context.close();
  if (process.env.HUIWU_BENCH_STEPS) process.stderr.write(JSON.stringify({ steps, shown }) + "\n");
  // After the read, the worker checks: in the read's own job (its "check" step to its "done", the read's result
  // sent with the findings) or in a second job asked for by the page; the page then shows the results.
  const checks = steps.filter(([s]) => s === "check").map(([, t]) => t);
  const checked = steps.filter(([s, t]) => s === "done" && t >= checks.at(-1)).map(([, t]) => t)[0];
  return {
    resultsMs: shown - at("chosen"),
    parseMs: at("check") - at("unzip"),
    checkMs: checked ? checked - checks.at(-1) : null,
    showMs: checked ? shown - checked : null,
    copyMs: copied - clicked,
  };
}

const { server, origin } = await startServer();
const browser = await launchBrowser();
try {
  const buffer = await readFile(file);
  const samples = [];
  for (let i = 0; i < Number(runs); i++) samples.push(await once(browser, origin, buffer));
  const pick = (key) => median(samples.map((s) => s[key]));
  const resultsMs = pick("resultsMs");
  const parseMs = pick("parseMs");
  const copyMs = pick("copyMs");
  const checkMs = pick("checkMs");
  const showMs = pick("showMs");
  process.stdout.write(JSON.stringify({ resultsMs, parseMs, checkMs, showMs, copyMs }) + "\n");
} finally {
  await browser.close();
  server.close();
}
