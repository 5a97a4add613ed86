// The fuzz runs each input in a worker thread, so that an input that spins the CPU or exhausts memory can be
// stopped (Worker#terminate, resourceLimits) without stopping the test run. Jest's transform does not reach a
// worker: TypeScript, and the ESM-only packages jest transforms too, are compiled here with swc as jest does.
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const swc = require("@swc/core");

const OPTIONS = {
  jsc: { parser: { syntax: "typescript", tsx: false }, target: "es2022" },
  module: { type: "commonjs" },
  sourceMaps: false,
};
const ESM_ONLY = /[\\/]node_modules[\\/](strip-bom|uuid|opencc-js)[\\/]/;

function compile(module, filename) {
  const { code } = swc.transformSync(readFileSync(filename, "utf8"), { ...OPTIONS, filename });
  module._compile(code, filename);
}

Module._extensions[".ts"] = compile;
const plainJs = Module._extensions[".js"];
Module._extensions[".js"] = (module, filename) =>
  ESM_ONLY.test(filename) ? compile(module, filename) : plainJs(module, filename);

require("./fuzz-worker-main.ts");
