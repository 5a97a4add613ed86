import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { after, before, test } from "node:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportStages, runQuietly } from "../../scripts/build-with-progress.mjs";
import { browserCommand } from "../../scripts/open-browser.mjs";
import { launchBrowser, openPane, screenshot } from "./harness.mjs";

test("npm start opens the user's browser on the sample where there is one, and never in CI or on a bare server", () => {
  const url = "http://localhost:3001/taskpane.html?sample=signin";
  assert.deepEqual(browserCommand(url, { platform: "linux", env: { DISPLAY: ":0" } }), {
    command: "xdg-open",
    args: [url],
  });
  assert.equal(browserCommand(url, { platform: "linux", env: {} }), null);
  assert.equal(browserCommand(url, { platform: "darwin", env: { CI: "true" } }), null);
  assert.equal(browserCommand(url, { platform: "win32", env: { BROWSER: "none" } }), null);
  assert.deepEqual(browserCommand(url, { platform: "darwin", env: {} }), { command: "open", args: [url] });
  assert.deepEqual(browserCommand(url, { platform: "win32", env: {} }).args.at(-1), url);
  assert.deepEqual(browserCommand(url, { platform: "linux", env: { BROWSER: "firefox" } }), {
    command: "firefox",
    args: [url],
  });
});

test("npm start's build says each stage on one line, and shows webpack's errors alone when it fails", async () => {
  const folder = mkdtempSync(join(tmpdir(), "huiwu-build-"));
  writeFileSync(join(folder, "entry.js"), "console.log('会务助手');\n");
  const lines = [];
  const config = (entry) =>
    reportStages(
      { mode: "production", context: folder, entry, output: { path: join(folder, "out") } },
      "任务窗格",
      (l) => lines.push(l),
    );
  await runQuietly([config("./entry.js")]);
  assert.deepEqual(
    lines.map((l) => /：(.+?)…/.exec(l)[1]),
    ["准备", "编译源代码", "优化和压缩", "写入文件"],
  );
  writeFileSync(join(folder, "broken.js"), "import './missing.js';\n");
  await assert.rejects(runQuietly([config("./broken.js")]), (error) => {
    assert.match(error.message, /missing\.js/);
    assert.doesNotMatch(error.message, /asset |modules by path|runtime modules/);
    return true;
  });
});

let server;
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  server?.kill();
  await browser?.close();
});

/** Whether a port can be listened on now. */
const free = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .listen(port, () => probe.close(() => resolve(true)));
  });

/**
 * Two free neighbouring ports (npm start serves Office on PORT and the browser on PORT + 1): a random port in the
 * range the system also hands out to outgoing connections may be taken, and npm start then rightly exits.
 */
async function freePorts() {
  for (;;) {
    const port = 41000 + Math.floor(Math.random() * 5000);
    if ((await free(port)) && (await free(port + 1))) return port;
  }
}

test("npm start serves the pane and the address it prints shows the sample sign-in sheet already checked", async () => {
  const port = await freePorts();
  server = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
    env: { ...process.env, PORT: String(port), BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  let complained = "";
  server.stderr.on("data", (chunk) => (complained += chunk));
  const address = await new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      printed += chunk;
      const found = /http:\/\/localhost:\d+\/taskpane\.html\?sample=signin/.exec(printed);
      if (found) resolve(found[0]);
    });
    server.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${complained}\n${printed}`)));
  });
  assert.match(printed, /合计：错误 \d+ 个/); // the terminal demo ran first
  const { origin, pathname, search } = new URL(address);
  const { page, context, outside, errors } = await openPane(browser, origin, { path: pathname + search });
  await page.getByText("王建国（县应急管理局）重复签到，第一次签到在第 4 行").waitFor();
  assert.match(await page.getByLabel("出勤统计").first().innerText(), /10\s*应到\s*9\s*实到/);
  await screenshot(page, "npm-start-sample");
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
