/*
 * 会务助手 start-up guard. Written in ES5 so that the oldest engines Office shows task panes in
 * (Internet Explorer 11 and EdgeHTML, used by Office 2016 and 2019 under volume licences) can run it:
 * the pane itself cannot start there, and this says so in Chinese instead of leaving the pane blank.
 * Inside Office (the task pane's address carries _host_Info) it then loads office.js; in a plain
 * browser it does not, so file mode opens at once and nothing is fetched from the Internet.
 */
/* global window, document */

/**
 * The host Office opened the pane in ("Excel$Win32$16.01$…"), or null in a plain browser. Microsoft says the
 * _host_Info parameter "might change or be removed", so the other places office.js itself reads are tried too:
 * what office.js kept in sessionStorage, the JSON Office puts in window.name (its "hostInfo"), and
 * window.external.GetHostInfo() of the Windows desktop hosts.
 */
function huiwuOfficeHostInfo() {
  var match = /[?&]_host_Info=([^&]*)/.exec(window.location.search);
  if (match) return decodeURIComponent(match[1]);
  try {
    var kept = window.sessionStorage.getItem("hostInfoValue");
    if (kept) return kept;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (unavailable) {
    // storage blocked: try the other signals
  }
  try {
    var named = JSON.parse(window.name || "null");
    if (named && typeof named.hostInfo === "string" && named.hostInfo) return named.hostInfo;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (notJson) {
    // a window.name that is not Office's
  }
  try {
    if (window.external && typeof window.external.GetHostInfo !== "undefined") {
      var info = window.external.GetHostInfo();
      if (info) return String(info);
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (noBridge) {
    // not a desktop host
  }
  return null;
}

(function () {
  var modern =
    typeof Promise !== "undefined" &&
    typeof Promise.allSettled === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof String.prototype.matchAll === "function" &&
    typeof Array.prototype.flatMap === "function" &&
    typeof window.TextEncoder === "function" &&
    // Set by syntax-probe.js, loaded just before: only an engine that parses class static blocks runs it.
    window.__huiwuModernSyntax === true;
  if (!modern) {
    window.__huiwuUnsupported = true;
    var page = window.location.href.split("?")[0];
    var message =
      '<div id="boot" role="alert"><p><strong>会务助手无法在这个版本的 Office 中运行。</strong></p>' +
      "<p>这台电脑上的 Office 用 Internet Explorer 或旧版 Edge 显示任务窗格（常见于 Office 2016、2019 批量许可版），" +
      "会务助手需要 Microsoft 365、Office 2021 或更新的版本（Windows 上用 Edge WebView2 显示任务窗格）。</p>" +
      "<p>现在可以：请单位信息部门升级 Office；或在 Edge、Chrome 浏览器中打开 " +
      page.replace(/&/g, "&amp;").replace(/</g, "&lt;") +
      "，用“文件模式”检查 .xlsx、.docx 文件；或使用命令行 huiwu。</p></div>";
    // This runs in <head>, before the pane's <div id="root"> exists.
    document.addEventListener("DOMContentLoaded", function () {
      document.getElementById("root").innerHTML = message;
    });
    return;
  }
  window.__huiwuHostInfo = huiwuOfficeHostInfo();
  var hostInfo = window.__huiwuHostInfo;
  if (!hostInfo) return;
  var meta = document.querySelector('meta[name="huiwu-office-js"]');
  var src = meta ? meta.getAttribute("content") : "";
  // Written while the page is parsed, so office.js runs before the pane, as Office expects of it.
  // "</" + "script>": a literal closing tag would end the page's own script element if this were inlined.
  if (src) document.write('<script src="' + src.replace(/"/g, "&quot;") + '"></' + "script>");
})();
