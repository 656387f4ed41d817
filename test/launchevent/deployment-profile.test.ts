/**
 * The send path trusts its bundled profile without re-validating it, which is
 * only safe because the build refuses a profile id it does not have.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function loadWebpackConfig(profile: string) {
  return spawnSync(process.execPath, ["-e", "require('./webpack.config.js')"], {
    cwd: new URL("../..", import.meta.url).pathname,
    env: { ...process.env, POSTVAKT_PROFILE: profile },
    encoding: "utf8",
  });
}

describe("the build's deployment profile", () => {
  it("refuses an unknown POSTVAKT_PROFILE, naming it", () => {
    const run = loadWebpackConfig("mjölby");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('POSTVAKT_PROFILE="mjölby" is not a built-in profile');
  });

  it("accepts a built-in one", () => {
    expect(loadWebpackConfig("sjobo").status).toBe(0);
  });
});
