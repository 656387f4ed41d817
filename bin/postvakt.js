#!/usr/bin/env node
"use strict";
// `postvakt`: runs the built command line, dist-cli/postvakt.cjs (made by
// `npm run build` or `npm run build:cli`; self-contained, it needs no
// node_modules). In a checkout before any build it runs the TypeScript
// sources through tsx (a devDependency) instead; with neither it says so.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const built = join(__dirname, "..", "dist-cli", "postvakt.cjs");
const source = join(__dirname, "..", "src", "cli", "bin.ts");

function tsxIsInstalled() {
  try {
    require.resolve("tsx/cjs");
    return true;
  } catch {
    return false;
  }
}

if (existsSync(built)) {
  require(built);
} else if (existsSync(source) && tsxIsInstalled()) {
  require("tsx/cjs");
  require(source);
} else {
  process.stderr.write("postvakt: Run npm run build first: the command line is built into dist-cli/postvakt.cjs, and tsx, which could run it from the sources instead, is not installed.\n");
  process.exitCode = 2;
}
