import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

// The budget of docs/performance.md (bundle.initialGzipBytes), held on every build: a static import that pulls a
// dictionary or a validator into the first screen (OpenCC's 54 KB went unnoticed for a round) fails here.
const BUDGET = 200 * 1024;

test("the first screen in Excel or Word loads at most 200 KB of gzipped JavaScript", () => {
  const chunks = JSON.parse(readFileSync("build/pane-chunks.json", "utf8"));
  const gzipped = (file) => gzipSync(readFileSync(join("dist", file)), { level: 9 }).length;
  for (const pane of ["excel-pane", "word-pane"]) {
    assert.ok(chunks.groups[pane], `no ${pane} chunk group in build/pane-chunks.json`);
    const files = [...new Set([...chunks.entry, ...chunks.groups[pane]])];
    const bytes = files.reduce((n, file) => n + gzipped(file), 0);
    const detail = files.map((file) => `${file} ${gzipped(file)}`).join(", ");
    assert.ok(bytes <= BUDGET, `${pane}: ${bytes} bytes before the first render (budget ${BUDGET}): ${detail}`);
  }
});
