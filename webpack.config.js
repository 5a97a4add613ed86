/* Two builds: the task pane (browser, dist/) and the huiwu command (Node, dist/cli/). */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const pkg = require("./package.json");

const swcRule = {
  test: /\.[jt]sx?$/,
  exclude: /node_modules/,
  use: {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2020",
      },
    },
  },
};

const define = new webpack.DefinePlugin({ HUIWU_VERSION: JSON.stringify(pkg.version) });

/**
 * Where the add-in is served and where office.js comes from (docs/deployment.md):
 *   HUIWU_BASE_URL   the public address of dist/, e.g. https://huiwu.example.gov.cn/ (default https://localhost:PORT/)
 *   HUIWU_OFFICE_JS  office.js: Microsoft's CDN by default; a 21Vianet address instead; or `local` (npm run
 *                    build:intranet, or webpack --env office-js=local): the @microsoft/office-js package's files are
 *                    copied into dist/office-js/ and the page loads office.js from the add-in's own origin.
 * The manifest's URLs, the page's Content-Security-Policy and the office.js it loads all follow them.
 */
const LOCAL_OFFICE_JS = "office-js/office.js";

function deployment(env = {}) {
  const port = Number(process.env.PORT ?? 3000);
  const base = (process.env.HUIWU_BASE_URL ?? `https://localhost:${port}/`).replace(/\/?$/, "/");
  if (!/^https:\/\//.test(base))
    throw new Error(`HUIWU_BASE_URL 必须是 https 地址（Office 只从 https 加载加载项）：${base}`);
  const source =
    env["office-js"] ?? process.env.HUIWU_OFFICE_JS ?? "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const local = source === "local";
  const officeJs = local ? LOCAL_OFFICE_JS : source;
  const officeOrigin = local || officeJs.startsWith("/") ? "'self'" : new URL(officeJs).origin;
  return { port, base, officeJs, officeOrigin, local };
}

/**
 * The files of npm @microsoft/office-js that office.js may load beside itself (the host and platform scripts, the
 * locale folders, telemetry): the package's dist/ without its debug builds, typings and IntelliSense file.
 */
function localOfficeJs() {
  const dist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  return {
    from: dist,
    to: path.dirname(LOCAL_OFFICE_JS),
    globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
    // Copied as Microsoft ships them: already minified, and not to be changed.
    info: { minimized: true },
  };
}

/**
 * Writes build/pane-chunks.json after each pane build: the scripts of the entry and of each named chunk group
 * (excel-pane, word-pane, file-pane…). The bench and the bundle-budget browser test read what the first screen
 * in Office loads from it.
 */
class PaneChunksPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("PaneChunksPlugin", (compilation) => {
      const scripts = (group) =>
        [...new Set(group.chunks.flatMap((chunk) => [...chunk.files]))].filter((f) => f.endsWith(".js"));
      const map = {
        entry: scripts(compilation.entrypoints.get("taskpane")),
        groups: Object.fromEntries([...compilation.namedChunkGroups].map(([name, group]) => [name, scripts(group)])),
      };
      fs.mkdirSync(path.resolve(__dirname, "build"), { recursive: true });
      fs.writeFileSync(path.resolve(__dirname, "build/pane-chunks.json"), JSON.stringify(map, null, 2) + "\n");
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const deploy = deployment(env);
  const pane = {
    name: "pane",
    target: "web",
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto", // resolved from each script's own URL, so the file worker finds the shared chunks too
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: { rules: [swcRule] },
    performance: { hints: false },
    plugins: [
      define,
      new PaneChunksPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJs: deploy.officeJs, officeOrigin: deploy.officeOrigin },
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll("https://localhost:3000/", deploy.base),
          },
          { from: "assets", to: "assets" },
          // Copied as written: ES5, so that the engines too old for the pane can run it and say so.
          { from: "src/taskpane/guard.js", to: "guard.js" },
          // Parsed only by engines new enough for the pane (class static blocks): guard.js reads its flag.
          { from: "src/taskpane/syntax-probe.js", to: "syntax-probe.js" },
          ...(deploy.local ? [localOfficeJs()] : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: deploy.port,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
  const cli = {
    name: "cli",
    target: "node20",
    mode: production ? "production" : "development",
    devtool: false,
    entry: { huiwu: "./src/cli/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].cjs",
      chunkFilename: "[name].cjs",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [swcRule] },
    // Runtime dependencies stay in node_modules, where npm installed them.
    externals: [
      ({ request }, callback) =>
        /^[a-z@][^:]*$/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback(),
    ],
    externalsPresets: { node: true },
    optimization: { minimize: false, splitChunks: { chunks: "async", minSize: 10_000 } },
    performance: { hints: false },
    // One chunk per sub-command, loaded when it runs (src/cli/main.ts).
    plugins: [define],
  };
  const bench = {
    ...cli,
    name: "bench",
    entry: { bench: "./tests/bench/run.ts", "parse-floor": "./tests/bench/parse-floor.ts" },
    // The pane build beside it writes build/pane-chunks.json: kept.
    output: { ...cli.output, path: path.resolve(__dirname, "build"), clean: { keep: /pane-chunks\.json$/ } },
  };
  // npm run corpus: the real-document corpus report (tests/corpus/report.ts).
  const corpus = {
    ...cli,
    name: "corpus",
    entry: { corpus: "./tests/corpus/report.ts" },
    output: { ...cli.output, path: path.resolve(__dirname, "build/corpus") },
  };
  // The scripted Office host the browser tests serve in place of office.js (tests/fakes/browser-office.ts).
  const fakeOffice = {
    name: "fake-office",
    target: "web",
    mode: "production",
    devtool: false,
    entry: { "fake-office": "./tests/fakes/browser-office.ts" },
    output: { path: path.resolve(__dirname, "build/e2e"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [swcRule] },
    performance: { hints: false },
  };
  return [pane, cli, bench, corpus, fakeOffice];
};
