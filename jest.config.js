/** Two projects: the core, hosts and CLI under Node; the task pane under jsdom. */
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};
// ESM-only packages that jest must transform.
const transformIgnorePatterns = ["/node_modules/(?!((@[^/]+/)?[^/]+/node_modules/)?(strip-bom|uuid|opencc-js)/)"];

module.exports = {
  // Reading a 50,000-row sheet or appending to a large 督办台账 takes seconds alone and several times that on a
  // busy 2-core CI machine; jest's 5 s default turned load into red runs. A hung test still fails, after 60 s.
  testTimeout: 60_000,
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/ui/", "<rootDir>/tests/e2e/"],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/ui/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/ui/setup.ts"],
      transform,
      transformIgnorePatterns,
    },
  ],
};
