import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Figure, atMost, plain } from "./figure";

interface ChunkGroup {
  assets: { name: string }[];
}
interface PaneStats {
  name: string;
  entrypoints: Record<string, ChunkGroup>;
  namedChunkGroups: Record<string, ChunkGroup>;
}

const DIST = "dist";

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

function scripts(group: ChunkGroup | undefined): string[] {
  return (group?.assets ?? []).map((a) => a.name).filter((name) => name.endsWith(".js"));
}

/**
 * The JavaScript loaded before the first render inside Office: the entry plus the Excel or the Word pane's
 * chunk group (the larger of the two); everything else (the workbook reader, the file pane, the renderer for files) loads
 * on demand. Read from the webpack stats of the pane build that `npm run bench` runs first.
 */
export function bundleFigures(statsFile: string): Record<string, Figure> {
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { children: PaneStats[] };
  const pane = stats.children.find((c) => c.name === "pane");
  if (!pane) throw new Error(`${statsFile} has no pane build`);
  const entry = scripts(pane.entrypoints.taskpane);
  const initialFor = (chunk: string) =>
    [...new Set([...entry, ...scripts(pane.namedChunkGroups[chunk])])].reduce((n, f) => n + gzipBytes(f), 0);
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
