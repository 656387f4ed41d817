/**
 * The built-in kommun profiles, bundled statically so the send-time runtime
 * (no file system, no fetch at send) has them at hand.
 */
import ale from "./builtin/ale.json";
import defaultProfile from "./builtin/default.json";
import mjolby from "./builtin/mjolby.json";
import oxelosund from "./builtin/oxelosund.json";
import sjobo from "./builtin/sjobo.json";
import sorsele from "./builtin/sorsele.json";
import { validateProfile, type ProfileResult } from "./validate";

export * from "./schema";
export * from "./validate";

const BUILTIN: Readonly<Record<string, unknown>> = {
  default: defaultProfile,
  mjolby,
  sorsele,
  sjobo,
  ale,
  oxelosund,
};

export const BUILTIN_PROFILE_IDS: readonly string[] = Object.keys(BUILTIN);

/** Looks up and validates a built-in profile by id ("mjolby"). */
export function loadBuiltinProfile(id: string): ProfileResult {
  const raw = Object.prototype.hasOwnProperty.call(BUILTIN, id) ? BUILTIN[id] : undefined;
  if (raw === undefined) {
    return {
      ok: false,
      problems: [{ path: "id", message: `no built-in profile "${id}" (known: ${BUILTIN_PROFILE_IDS.join(", ")})` }],
    };
  }
  return validateProfile(raw);
}
