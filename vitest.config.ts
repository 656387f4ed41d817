import { defineConfig } from "vitest/config";

/**
 * Three projects:
 *  - unit: the core, CLI, send-time bundle, manifest checks and the Office fake itself, in Node;
 *  - dom: the Office adapter and React components, in jsdom;
 *  - browser: the built demo in Debian's Chromium through playwright-core
 *    (needs `npm run build` and the demo build first; `npm test` does both).
 */
export default defineConfig({
  define: { __POSTVAKT_PROFILE__: JSON.stringify("default"), __POSTVAKT_DEMO__: "false", __POSTVAKT_GRAPH_CLIENT_ID__: JSON.stringify("") },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/*.test.ts", "test/architecture/**/*.test.ts", "test/core/**/*.test.ts", "test/cli/**/*.test.ts", "test/launchevent/**/*.test.ts", "test/manifest/**/*.test.ts", "test/fake-office/**/*.test.ts", "test/demo/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["test/office/**/*.test.{ts,tsx}", "test/taskpane/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup/dom.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
