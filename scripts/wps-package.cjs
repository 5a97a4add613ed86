/**
 * Assembles the WPS 加载项 package from the pane build (dist/) and wps/ (docs/wps.md says how it is deployed).
 *
 * The layout is that of `wpsjs build`'s offline mode (the wpsjs npm tool's src/lib/build.js): a folder
 * <name>_<version>/ holding the add-in's files, packed as <name>.7z with that folder at its top. WPS unpacks it
 * into its jsaddons folder. Beside it go jsplugins.xml templates for the two ways WPS documents to list it:
 * <jsplugin url="…7z"> (WPS downloads or copies the archive: offline mode) and <jspluginonline url="…/">
 * (WPS loads the folder from an intranet web server: online mode).
 *
 *   dist-wps/
 *     huiwu_<version>/        index.html, main.js, ribbon.xml, manifest.xml, images/, taskpane/ (= dist/ less cli/)
 *     huiwu.7z                that folder, packed
 *     jsplugins.xml           offline mode, the archive on an intranet server
 *     jsplugins-local-windows.xml, jsplugins-local-linux.xml   offline mode, the archive on the machine itself
 *     jsplugins-online.xml    online mode, the folder on an intranet server
 *     oem.ini.example         the lines IT adds to WPS's oem.ini
 *
 * Nothing here needs the network, or WPS.
 */
const {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
} = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const NAME = "huiwu";
/** The WPS programs the add-in is listed for: 文字 and 表格 (WPS's type names). */
const TYPES = ["wps", "et"];
/** What `npm run build:wps` writes in the URLs of the templates unless HUIWU_WPS_BASE_URL says otherwise. */
// https by default: an add-in fetched over plain http can be altered on the way, and it reads every document.
const PLACEHOLDER_BASE = "https://wps-addins.example.gov.cn/huiwu/";

function escapeXml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One <jsplugin> (offline, url = the archive) or <jspluginonline> (online, url = the folder) per type. */
function jspluginsXml({ name, version, url, online, comment }) {
  const element = online ? "jspluginonline" : "jsplugin";
  const lines = TYPES.map((type) => {
    const versionAttribute = online ? "" : ` version="${escapeXml(version)}"`;
    return `  <${element} name="${escapeXml(name)}" type="${type}"${versionAttribute} url="${escapeXml(url)}"/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${comment} -->\n<jsplugins>\n${lines.join("\n")}\n</jsplugins>\n`;
}

/** The JsPlugin manifest the wpsjs templates carry at the add-in's root. */
function jsPluginManifest({ name, version }) {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<JsPlugin>\n  <ApiVersion>1.0.0</ApiVersion>\n' +
    `  <Name>${escapeXml(name)}</Name>\n  <Version>${escapeXml(version)}</Version>\n` +
    "  <Description>会务助手：登记表核对、会议通知与纪要起草检查</Description>\n</JsPlugin>\n"
  );
}

function oemIniExample(jspluginsUrl) {
  return [
    "; 会务助手：加到 WPS 安装目录 office6\\cfgs\\oem.ini（Linux：/opt/kingsoft/wps-office/office6/cfgs/oem.ini）",
    "; 已有 [Support]、[Server] 节时，把这几行并入原有的节，不要重复写节名。说明见 docs/wps.md。",
    "[Support]",
    "JsApiPlugin=true",
    "",
    "[Server]",
    `JSPluginsServer=${jspluginsUrl}`,
    "",
  ].join("\r\n");
}

/**
 * Copies the pane build into <packageDir>/taskpane/, less the command's cli/ and the Office manifest (WPS does
 * not read it, and manifest.xml at the package's root is WPS's own).
 */
function copyPane(distDir, paneDir) {
  mkdirSync(paneDir, { recursive: true });
  for (const entry of readdirSync(distDir)) {
    if (entry === "cli" || entry === "manifest.xml") continue;
    cpSync(path.join(distDir, entry), path.join(paneDir, entry), { recursive: true });
  }
}

/** Every file under dir, as "/"-separated paths relative to it, sorted. */
function listFiles(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/** Packs <outDir>/<folder> as <outDir>/<archiveName> (7z), the folder at the archive's top, with 7-Zip built to WASM. */
async function pack7z(outDir, folder, archiveName) {
  const SevenZip = require("7z-wasm");
  const output = [];
  const sevenZip = await SevenZip({ print: (line) => output.push(line), printErr: (line) => output.push(line) });
  const mount = "/out";
  sevenZip.FS.mkdir(mount);
  sevenZip.FS.mount(sevenZip.NODEFS, { root: path.resolve(outDir) }, mount);
  sevenZip.FS.chdir(mount);
  try {
    sevenZip.callMain(["a", "-t7z", "-mx=5", "-bd", archiveName, folder]);
  } catch (error) {
    throw new Error(`7z 打包失败：${error.message}\n${output.join("\n")}`);
  }
  if (!existsSync(path.join(outDir, archiveName)))
    throw new Error(`7z 没有写出 ${archiveName}：\n${output.join("\n")}`);
  // 7-Zip under WebAssembly creates it 0666 whatever the umask: writable by every user of the build machine.
  chmodSync(path.join(outDir, archiveName), 0o644);
}

/** The file names in a .7z archive, as 7-Zip lists them ("/"-separated), folders included. */
async function list7z(archivePath) {
  const SevenZip = require("7z-wasm");
  const output = [];
  const sevenZip = await SevenZip({ print: (line) => output.push(line), printErr: (line) => output.push(line) });
  sevenZip.FS.mkdir("/in");
  sevenZip.FS.mount(sevenZip.NODEFS, { root: path.dirname(path.resolve(archivePath)) }, "/in");
  sevenZip.FS.chdir("/in");
  sevenZip.callMain(["l", "-slt", "-ba", path.basename(archivePath)]);
  return output
    .filter((line) => line.startsWith("Path = "))
    .map((line) => line.slice("Path = ".length).replace(/\\/g, "/"))
    .sort();
}

/**
 * Builds the package.
 * @param {object} options
 * @param {string} [options.distDir] the pane build (default dist/)
 * @param {string} [options.outDir] where the package goes (default dist-wps/); emptied first
 * @param {string} [options.version] default package.json's
 * @param {string} [options.baseUrl] the intranet address the templates name (HUIWU_WPS_BASE_URL), ending in "/"
 * @param {boolean} [options.archive] pack the .7z (default true)
 */
async function assembleWpsPackage(options = {}) {
  const distDir = path.resolve(options.distDir ?? path.join(ROOT, "dist"));
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, "dist-wps"));
  const version = options.version ?? JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const baseUrl = (options.baseUrl ?? PLACEHOLDER_BASE).replace(/\/?$/, "/");
  if (!/^https?:\/\//.test(baseUrl)) throw new Error(`HUIWU_WPS_BASE_URL 应以 http://、https:// 开头：${baseUrl}`);
  if (!existsSync(path.join(distDir, "taskpane.html")))
    throw new Error(`${distDir} 里没有 taskpane.html：先构建任务窗格（npm run build:wps 默认会构建）`);

  const folder = `${NAME}_${version}`;
  const packageDir = path.join(outDir, folder);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });

  const wpsDir = path.join(ROOT, "wps");
  for (const file of ["index.html", "main.js", "ribbon.xml"])
    cpSync(path.join(wpsDir, file), path.join(packageDir, file));
  writeFileSync(path.join(packageDir, "manifest.xml"), jsPluginManifest({ name: NAME, version }));
  mkdirSync(path.join(packageDir, "images"));
  for (const size of [16, 32, 64]) {
    cpSync(path.join(ROOT, "assets", `icon-${size}.png`), path.join(packageDir, "images", `huiwu-${size}.png`));
  }
  copyPane(distDir, path.join(packageDir, "taskpane"));

  const archiveName = `${NAME}.7z`;
  if (options.archive !== false) await pack7z(outDir, folder, archiveName);

  const templates = {
    "jsplugins.xml": jspluginsXml({
      name: NAME,
      version,
      url: `${baseUrl}${archiveName}`,
      online: false,
      comment: `会务助手 ${version}：离线模式，${archiveName} 放在内网服务器上（oem.ini 的 JSPluginsServer 指向本文件的地址）`,
    }),
    "jsplugins-local-windows.xml": jspluginsXml({
      name: NAME,
      version,
      url: `file:///C:/ProgramData/huiwu/${archiveName}`,
      online: false,
      comment: `会务助手 ${version}：离线模式，${archiveName} 和本文件放在本机 C:\\ProgramData\\huiwu\\（JSPluginsServer=C:\\ProgramData\\huiwu\\jsplugins.xml）`,
    }),
    "jsplugins-local-linux.xml": jspluginsXml({
      name: NAME,
      version,
      url: `file:///opt/huiwu/${archiveName}`,
      online: false,
      comment: `会务助手 ${version}：离线模式，${archiveName} 和本文件放在本机 /opt/huiwu/（JSPluginsServer=/opt/huiwu/jsplugins.xml）`,
    }),
    "jsplugins-online.xml": jspluginsXml({
      name: NAME,
      version,
      url: `${baseUrl}${folder}/`,
      online: true,
      comment: `会务助手 ${version}：在线模式，${folder}/ 整个文件夹放在内网 Web 服务器上，WPS 每次从那里加载`,
    }),
    "oem.ini.example": oemIniExample(`${baseUrl}jsplugins.xml`),
  };
  for (const [file, text] of Object.entries(templates)) writeFileSync(path.join(outDir, file), text);

  return {
    name: NAME,
    version,
    outDir,
    folder,
    packageDir,
    archivePath: options.archive === false ? null : path.join(outDir, archiveName),
    files: listFiles(packageDir),
    templates: Object.keys(templates),
  };
}

module.exports = { assembleWpsPackage, jspluginsXml, list7z, listFiles, NAME, TYPES, PLACEHOLDER_BASE };
