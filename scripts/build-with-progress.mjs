// `npm start`'s build: the same production build as `npm run build` (the pane and the CLI), reporting one
// line per stage instead of webpack's statistics, and only the errors if it fails.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpack = require("webpack");

const PARTS = { pane: "任务窗格", cli: "命令行工具" };
// webpack's ProgressPlugin stages, as a reader would name them.
const STAGES = [
  [/^setup/, "准备"],
  [/^build/, "编译源代码"],
  [/^seal|^optimiz|^chunk|^module|^code generation|^hashing/, "优化和压缩"],
  [/^emit|^after emit/, "写入文件"],
];

/** Adds to `config` a progress reporter that prints `label：stage…（N 秒）` once each stage begins. */
export function reportStages(config, label, print = console.log, started = Date.now()) {
  let shown = "";
  config.plugins = [
    ...(config.plugins ?? []),
    new webpack.ProgressPlugin((_fraction, message) => {
      const stage = STAGES.find(([pattern]) => pattern.test(message))?.[1];
      if (!stage || stage === shown) return;
      shown = stage;
      print(`  ${label}：${stage}…（${Math.round((Date.now() - started) / 1000)} 秒）`);
    }),
  ];
  return config;
}

/** Runs webpack on `configs`; resolves with the seconds it took, rejects with webpack's errors alone. */
export function runQuietly(configs, started = Date.now()) {
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(Math.round((Date.now() - started) / 1000));
    });
  });
}

export function buildWithProgress() {
  const configure = require("../webpack.config.js");
  const started = Date.now();
  const configs = configure({}, { mode: "production" })
    .filter((c) => c.name in PARTS)
    .map((c) => reportStages(c, PARTS[c.name], console.log, started));
  return runQuietly(configs, started);
}
