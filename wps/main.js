/*
 * 会务助手 WPS 加载项: the ribbon callbacks named in ribbon.xml (OnAddinLoad, OnAction, GetImage), loaded by
 * index.html when WPS 文字 or 表格 starts. Written in ES5, like src/taskpane/guard.js: it runs in whatever
 * Chromium the installed WPS embeds, and must at least open the pane there, which then says for itself whether
 * it can run. The pane is the same build as in Office (taskpane/taskpane.html inside this package), opened
 * with WPS's own task pane API; it finds the WPS object model itself (window.wps / window.Application).
 */
/* (window: a browser global; WPS adds window.wps and window.Application.) */
/* exported OnAddinLoad, OnAction, GetImage */

/** The pane, relative to this add-in's folder (scripts/wps-package.cjs puts the pane build there). */
var HUIWU_PANE_PATH = "taskpane/taskpane.html";
var HUIWU_BUTTON_ID = "huiwuOpenPane";
var HUIWU_ICON = "images/huiwu-32.png";
/**
 * The oldest Chromium the pane's build parses in: its Fluent UI chunks use class static blocks (ES2022, Chrome 94).
 * The pane's own guard.js checks only for Chrome 76's library functions, so the check is made here too.
 */
var HUIWU_MIN_CHROMIUM = 94;

/**
 * The program's Application object. WPS builds follow one of two conventions: window.Application (the current wpsjs
 * templates) or a global wps with wps.EtApplication() / wps.WpsApplication() (Kingsoft's wps-jsapi typings).
 */
function huiwuApplication() {
  if (window.Application) return window.Application;
  var wps = window.wps;
  if (!wps) return null;
  if (wps.Application) return wps.Application;
  var programs = [
    ["EtApplication", "Workbooks"],
    ["WpsApplication", "Documents"],
  ];
  for (var i = 0; i < programs.length; i++) {
    try {
      var make = wps[programs[i][0]];
      var app = typeof make === "function" ? make.call(wps) : null;
      if (app && app[programs[i][1]]) return app;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (notThisProgram) {
      // the other program's factory may throw
    }
  }
  return null;
}

/**
 * The object that has WPS's add-in API (CreateTaskPane, GetTaskPane, PluginStorage): wps in Kingsoft's typings,
 * window.Application in the wpsjs templates; whichever of the two has CreateTaskPane.
 */
function huiwuAddinApi() {
  var candidates = [window.wps, window.Application, window.wps && window.wps.Application];
  for (var i = 0; i < candidates.length; i++) {
    var candidate = candidates[i];
    if (candidate && typeof candidate.CreateTaskPane === "function") return candidate;
  }
  return null;
}

/** The folder this page was loaded from, with a closing "/": a file:/// folder offline, an http(s) one online. */
function huiwuBaseUrl() {
  var href = String(window.location.href).split("#")[0].split("?")[0];
  return href.substring(0, href.lastIndexOf("/") + 1);
}

function huiwuPaneUrl() {
  return huiwuBaseUrl() + HUIWU_PANE_PATH;
}

/** "et" in 表格, "wps" in 文字: the pane's id is kept apart for each, as WPS may run both in one process. */
function huiwuHostKind(app) {
  try {
    if (app && app.Workbooks) return "et";
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (notThere) {
    // a COM bridge may throw for a member its program lacks
  }
  return "wps";
}

function huiwuStorageGet(api, key) {
  try {
    return api.PluginStorage ? api.PluginStorage.getItem(key) : null;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (unavailable) {
    return null;
  }
}

function huiwuStorageSet(api, key, value) {
  try {
    if (api.PluginStorage) api.PluginStorage.setItem(key, value);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (unavailable) {
    // without storage the next click opens a second pane rather than showing this one
  }
}

/** The major version in "Chrome/103.0.5060.134", or 0 when the user agent does not say. */
function huiwuChromiumVersion(userAgent) {
  var match = /Chrome\/(\d+)/.exec(String(userAgent || ""));
  return match ? parseInt(match[1], 10) : 0;
}

/** Shows the pane, or hides it if it is showing; creates it on the first click. */
function huiwuTogglePane() {
  var chromium = huiwuChromiumVersion(window.navigator && window.navigator.userAgent);
  if (chromium && chromium < HUIWU_MIN_CHROMIUM) {
    window.alert(
      "会务助手：这个版本的 WPS 内置的浏览器内核是 Chromium " +
        chromium +
        "，会务助手需要 Chromium " +
        HUIWU_MIN_CHROMIUM +
        " 或更新的内核。请单位信息部门升级 WPS；或在 Edge、Chrome 浏览器中用会务助手的“文件模式”检查文件。"
    );
    return;
  }
  var api = huiwuAddinApi();
  if (!api) {
    window.alert("会务助手：这个版本的 WPS 没有提供任务窗格接口（CreateTaskPane），无法打开会务助手。");
    return;
  }
  var key = "huiwu_taskpane_" + huiwuHostKind(huiwuApplication());
  var id = huiwuStorageGet(api, key);
  var pane = null;
  if (id && typeof api.GetTaskPane === "function") {
    try {
      pane = api.GetTaskPane(id);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (gone) {
      pane = null;
    }
  }
  if (pane) {
    pane.Visible = !pane.Visible;
    return;
  }
  pane = api.CreateTaskPane(huiwuPaneUrl());
  try {
    pane.DockPosition = 2; // msoCTPDockPositionRight, where Office puts the same pane
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (fixed) {
    // WPS keeps its default place
  }
  pane.Visible = true;
  huiwuStorageSet(api, key, pane.ID);
}

/** ribbon.xml onLoad: the first callback WPS makes. */
function OnAddinLoad(ribbonUI) {
  var holder = huiwuAddinApi() || huiwuApplication();
  if (holder && typeof holder.ribbonUI !== "object") holder.ribbonUI = ribbonUI;
  return true;
}

/** ribbon.xml onAction of the 会务助手 button. */
function OnAction(control) {
  var id = control ? control.Id || control.id : "";
  if (id === HUIWU_BUTTON_ID) huiwuTogglePane();
  return true;
}

/** ribbon.xml getImage: the button's icon, a path in this add-in's folder as in the wpsjs samples. */
function GetImage() {
  return HUIWU_ICON;
}
