/**
 * The built-in kommun profiles, bundled statically so the send-time runtime
 * (no file system, no fetch at send) has them at hand. Kept free of zod so
 * the send-time bundle need not carry the schema library: every file here is
 * validated by the test suite (test/core/profiles), so the send path may
 * trust them as they are.
 */
import ale from "./builtin/ale.json";
import defaultProfile from "./builtin/default.json";
import mjolby from "./builtin/mjolby.json";
import oxelosund from "./builtin/oxelosund.json";
import sjobo from "./builtin/sjobo.json";
import sorsele from "./builtin/sorsele.json";
import type { Profile } from "./schema";

const BUILTIN: Readonly<Record<string, unknown>> = {
  default: defaultProfile,
  mjolby,
  sorsele,
  sjobo,
  ale,
  oxelosund,
};

export const BUILTIN_PROFILE_IDS: readonly string[] = Object.keys(BUILTIN);

/** The raw JSON of a built-in profile, or undefined for an unknown id (or one not in this bundle). */
export function builtinProfileData(id: string): unknown {
  const raw = Object.prototype.hasOwnProperty.call(BUILTIN, id) ? BUILTIN[id] : undefined;
  return raw ?? undefined; // a profile left out of a bundle is `null`
}

/**
 * A built-in profile without run-time validation, for the send path. Safe
 * because the suite validates every built-in file; an id the bundle does not
 * carry gives undefined.
 */
export function trustedBuiltinProfile(id: string): Profile | undefined {
  const raw = builtinProfileData(id);
  return raw && typeof raw === "object" ? (raw as Profile) : undefined;
}
