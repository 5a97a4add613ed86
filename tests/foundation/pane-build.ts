import { readFileSync } from "node:fs";

/** The pane build's settings for a deployment, as `npm run build` would make them with these variables set. */
export function paneBuild(env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configs = require("../../webpack.config.js")({}, { mode: "production" }) as {
      name: string;
      plugins: {
        patterns?: { from: string; transform?: (c: Buffer) => string }[];
        userOptions?: Record<string, unknown>;
      }[];
    }[];
    const pane = configs.find((c) => c.name === "pane")!;
    const copy = pane.plugins.find((p) => p.patterns)!.patterns!;
    const manifest = copy.find((p) => p.from === "manifest.xml")!.transform!(readFileSync("manifest.xml"));
    const html = pane.plugins.find((p) => p.userOptions?.filename === "taskpane.html")!.userOptions!;
    return { manifest, parameters: html.templateParameters as Record<string, string> };
  } finally {
    process.env = saved;
  }
}
