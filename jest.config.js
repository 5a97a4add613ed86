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
