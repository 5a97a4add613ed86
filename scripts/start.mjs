// npm start: build, show the product's main job on its own sample data, then serve the pane on
// https://localhost:3000 with office-addin-dev-certs certificates and explain how to sideload it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { createStaticServer } from "./serve.mjs";

const PORT = Number(process.env.PORT ?? 3000);
const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });

console.log("▶ 构建任务窗格和命令行工具（npm run build）…");
run("npm", ["run", "--silent", "build"]);

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
  console.warn(`\n未能生成 https 证书（${error.message}），改用 http。Office 需要 https，浏览器文件模式不受影响。`);
}
const scheme = tls ? "https" : "http";
const server = createStaticServer({ root: "dist", tls });
server.listen(PORT, () => {
  const url = `${scheme}://localhost:${PORT}/taskpane.html`;
  console.log(`
▶ 任务窗格已在 ${url} 提供服务（Ctrl+C 停止）

在浏览器中直接打开（文件模式，可检查内置示例或您自己的 .xlsx/.docx）：
  ${url}

旁加载到 Office（manifest: ${join(process.cwd(), "dist", "manifest.xml")}）：
  • Excel / Word 网页版：插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml
  • Windows 桌面版：把 manifest.xml 所在文件夹设为共享，在“信任中心 → 受信任的加载项目录”中添加该共享路径，
    勾选“显示在菜单中”，重启后在“插入 → 我的加载项 → 共享文件夹”中添加
  • Mac 桌面版：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.{Excel,Word}/Data/Documents/wef/
  然后在“开始”选项卡点击“会务助手”。${
    tls
      ? `\n  首次使用需信任开发证书：${tls.caPath}（Windows 导入“受信任的根证书颁发机构”；也可运行 npx office-addin-dev-certs install，需管理员权限）`
      : ""
  }
`);
});
