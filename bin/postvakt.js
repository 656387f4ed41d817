#!/usr/bin/env node
"use strict";
// Runs the TypeScript CLI straight from source through tsx's CommonJS hook,
// so `npx postvakt` works right after `npm ci`, with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  () => {
    process.stderr.write("postvakt: unexpected failure.\n");
    process.exitCode = 2;
  },
);
