// npm run test:e2e: the browser tests, in Debian's chromium against the built dist/.
import { existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { CHROMIUM } from "./harness.mjs";

if (!existsSync("dist/taskpane.html")) {
  console.error("浏览器测试需要先构建：npm run build");
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  if (process.env.CI) {
    console.error(`浏览器测试需要 ${CHROMIUM}：apt-get install -y chromium`);
    process.exit(1);
  }
  console.warn(`跳过浏览器测试：未安装 ${CHROMIUM}（Debian 上运行 apt-get install -y chromium 后重试）`);
  process.exit(0);
}
// The scripted Office host the Excel- and Word-mode tests serve in place of office.js.
const built = spawnSync("npx", ["webpack", "--mode", "production", "--config-name", "fake-office"], {
  stdio: ["ignore", "ignore", "inherit"],
});
if (built.status !== 0) {
  console.error("无法构建浏览器测试用的 Office 模拟宿主（tests/fakes/browser-office.ts）");
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync("tests/e2e")
  .filter((name) => name.endsWith(".e2e.mjs") && (only.length === 0 || only.some((o) => name.includes(o))))
  .map((name) => `tests/e2e/${name}`);
const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
