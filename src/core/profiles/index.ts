import { BUILTIN_PROFILE_IDS, builtinProfileData } from "./builtin";
import { validateProfile, type ProfileResult } from "./validate";

export * from "./schema";
export * from "./validate";
export { type DiaryProfile, type DiaryRegistrar } from "./diary-schema";
export { BUILTIN_PROFILE_IDS, trustedBuiltinProfile } from "./builtin";

/** Looks up and validates a built-in profile by id ("mjolby"). */
export function loadBuiltinProfile(id: string): ProfileResult {
  const raw = builtinProfileData(id);
  if (raw === undefined) {
    return {
      ok: false,
      problems: [{ path: "id", message: `no built-in profile "${id}" (known: ${BUILTIN_PROFILE_IDS.join(", ")})` }],
    };
  }
  return validateProfile(raw);
}
