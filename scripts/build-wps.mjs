#!/usr/bin/env node
/**
 * npm run build:wps: the WPS 加载项 package in dist-wps/ (layout and deployment: scripts/wps-package.cjs,
 * docs/wps.md).
 *
 * By default it first builds the task pane afresh (webpack --mode production --config-name pane, as
 * `npm run build` does), so the package never carries an older pane than the source. With --reuse-dist it
 * packs the dist/ already there instead (for CI steps that have just run `npm run build`).
 *
 *   HUIWU_WPS_BASE_URL=https://wps-addins.example.gov.cn/huiwu/ npm run build:wps
 *   npm run build:wps -- --reuse-dist
 *
 * HUIWU_WPS_BASE_URL: the intranet folder where IT will put huiwu.7z / the package folder and jsplugins.xml;
 * the templates are written with it (a placeholder address otherwise, to be replaced by hand).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { assembleWpsPackage, PLACEHOLDER_BASE } = require("./wps-package.cjs");

const reuse = process.argv.includes("--reuse-dist");
if (!reuse) {
  console.log("构建任务窗格（webpack --config-name pane）…");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--config-name", "pane"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else {
  console.log("沿用现有的 dist/（--reuse-dist），不重新构建任务窗格。");
}

try {
  const built = await assembleWpsPackage({ baseUrl: process.env.HUIWU_WPS_BASE_URL });
  const relative = (p) => path.relative(root, p);
  console.log(`\nWPS 加载项 ${built.name} ${built.version}：`);
  console.log(`  ${relative(built.packageDir)}/  （${built.files.length} 个文件）`);
  if (built.archivePath) console.log(`  ${relative(built.archivePath)}`);
  for (const file of built.templates) console.log(`  ${relative(path.join(built.outDir, file))}`);
  if (!process.env.HUIWU_WPS_BASE_URL)
    console.log(`\n模板里的地址是占位的 ${PLACEHOLDER_BASE}：用 HUIWU_WPS_BASE_URL 指定内网地址，或部署时手工改。`);
  console.log("部署方法见 docs/wps.md。");
} catch (error) {
  console.error(`build:wps 失败：${error.message}`);
  process.exit(1);
}
