import { readFileSync } from "node:fs";

describe("package-lock.json", () => {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
  const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;

  it("lists every optional dependency, so that `npm ci` accepts it (else run scripts/complete-lockfile.mjs)", () => {
    const missing = Object.entries(packages).flatMap(([path, meta]) =>
      Object.keys(meta.optionalDependencies ?? {}).filter(
        (name) => !packages[`${path ? `${path}/` : ""}node_modules/${name}`] && !packages[`node_modules/${name}`],
      ),
    );
    expect(missing).toEqual([]);
  });

  it("does not contain the npm xlsx package, which has known advisories", () => {
    expect(Object.keys(packages).filter((p) => /node_modules\/xlsx$/.test(p))).toEqual([]);
  });
});
