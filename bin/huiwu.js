#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const built = path.join(__dirname, "..", "dist", "cli", "huiwu.cjs");
if (!fs.existsSync(built)) {
  process.stderr.write("huiwu: 尚未构建命令行工具，请先在项目目录运行 npm run build\n");
  process.exit(2);
}
require(built);
