import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Figure, atMost, plain } from "./figure";

/** What the pane build writes to build/pane-chunks.json (webpack.config.js, PaneChunksPlugin). */
interface PaneChunks {
  entry: string[];
  groups: Record<string, string[]>;
}

const DIST = "dist";

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/**
 * The JavaScript loaded before the first render inside Office: the entry plus the Excel or the Word pane's
 * chunk group (the larger of the two); everything else (the workbook reader, the file pane, the renderer for files)
 * loads on demand. tests/e2e/bundle.e2e.mjs holds the same budget on every build.
 */
export function bundleFigures(chunksFile: string): Record<string, Figure> {
  const chunks = JSON.parse(readFileSync(chunksFile, "utf8")) as PaneChunks;
  const initialFor = (group: string) =>
    [...new Set([...chunks.entry, ...(chunks.groups[group] ?? [])])].reduce((n, f) => n + gzipBytes(f), 0);
  const initial = Math.max(initialFor("excel-pane"), initialFor("word-pane"));
  const all = readdirSync(join(DIST, "chunks"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `chunks/${f}`)
    .concat(readdirSync(DIST).filter((f) => f.endsWith(".js")));
  return {
    "bundle.initialGzipBytes": atMost(initial, 200 * 1024),
    "bundle.filePaneGzipBytes": plain(initialFor("file-pane")),
    "bundle.totalGzipBytes": plain(all.reduce((n, f) => n + gzipBytes(f), 0)),
  };
}
