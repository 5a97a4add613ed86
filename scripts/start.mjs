// npm start: build, show the product's main job on its own sample data in the terminal and in the browser,
// then serve the pane: https://localhost:3000 for Office (office-addin-dev-certs certificates) and
// http://localhost:3001 for the plain browser, which needs no certificate.
//   --no-build  serve the dist/ already built
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { buildWithProgress } from "./build-with-progress.mjs";
import { openBrowser } from "./open-browser.mjs";
import { createStaticServer } from "./serve.mjs";

const PORT = Number(process.env.PORT ?? 3000);
const BROWSER_PORT = PORT + 1;
const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });

if (!process.argv.includes("--no-build") || !existsSync("dist/taskpane.html")) {
  console.log("▶ 构建任务窗格和命令行工具（与 npm run build 相同；双核机器上约 1 分钟）…");
  try {
    console.log(`✓ 构建完成，用时 ${await buildWithProgress()} 秒`);
  } catch (error) {
    console.error(`构建失败：\n${error.message}`);
    process.exit(1);
  }
}

console.log("\n▶ 用内置示例登记表演示检查（huiwu check）：\n");
const samples = mkdtempSync(join(tmpdir(), "huiwu-samples-"));
run("node", ["bin/huiwu.js", "samples", samples]);
try {
  run("node", ["bin/huiwu.js", "check", join(samples, "会议签到表（示例）.xlsx")]);
} catch {
  // Exit code 1 means the sample has errors, which it is meant to have.
}

async function certificates() {
  const devCerts = await import("office-addin-dev-certs");
  // office-addin-dev-certs writes here; its install step needs sudo, so the files are read directly.
  const dir = join(homedir(), ".office-addin-dev-certs");
  const [localhostCertificatePath, localhostKeyPath, caCertificatePath] = [
    "localhost.crt",
    "localhost.key",
    "ca.crt",
  ].map((f) => join(dir, f));
  if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
    await devCerts.generateCertificates();
  }
  return {
    cert: readFileSync(localhostCertificatePath),
    key: readFileSync(localhostKeyPath),
    ca: readFileSync(caCertificatePath),
    caPath: caCertificatePath,
  };
}

let tls = null;
try {
  tls = await certificates();
} catch (error) {
  console.warn(`\n未能生成 https 证书（${error.message}），Office 旁加载需要 https；浏览器中的文件模式不受影响。`);
}

const listen = (server, port) =>
  new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });

try {
  if (tls) await listen(createStaticServer({ root: "dist", tls }), PORT);
  await listen(createStaticServer({ root: "dist" }), BROWSER_PORT);
} catch (error) {
  console.error(
    `\n无法在端口 ${PORT}/${BROWSER_PORT} 提供服务（${error.code ?? error.message}）。可用 PORT=4000 npm start 换一个端口。`,
  );
  process.exit(1);
}

const browserUrl = `http://localhost:${BROWSER_PORT}/taskpane.html`;
const sampleUrl = `${browserUrl}?sample=signin`;
const opened = openBrowser(sampleUrl);
console.log(`
▶ ${opened ? "已在浏览器中打开" : "请在浏览器中打开"}任务窗格，它正在检查内置的示例签到表：
  ${sampleUrl}
  （不带 ?sample= 即可打开您自己的 .xlsx/.docx：${browserUrl}）
${
  tls
    ? `
▶ 旁加载到 Office：任务窗格在 https://localhost:${PORT}/taskpane.html（manifest: ${join(process.cwd(), "dist", "manifest.xml")}）
  • Excel / Word 网页版：插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml
  • Windows 桌面版：把 manifest.xml 所在文件夹设为共享，在“信任中心 → 受信任的加载项目录”中添加该共享路径，
    勾选“显示在菜单中”，重启后在“插入 → 我的加载项 → 共享文件夹”中添加
  • Mac 桌面版：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.{Excel,Word}/Data/Documents/wef/
  然后在“开始”选项卡点击“会务助手”。
  首次使用需信任开发证书：${tls.caPath}（Windows 导入“受信任的根证书颁发机构”；也可运行 npx office-addin-dev-certs install，需管理员权限）`
    : ""
}`);
console.log("\n■ 服务在运行中，按 Ctrl+C 停止（两个端口一起停止）。");
