import { sensitiveTermsDetector } from "./lexicon";
import { personnummerDetector } from "./personnummer";
import { mobileNumberDetector } from "./phone";
import type { Detectors } from "./types";

export * from "./types";
export { personnummerDetector, createPersonnummerDetector, luhnValid, type PersonnummerDetectorOptions } from "./personnummer";
export { mobileNumberDetector, normalizeSwedishMobile, redactPhoneNumber } from "./phone";
export { sensitiveTermsDetector, createLexiconDetector } from "./lexicon";
export { redactIdentityNumbersStrictly } from "./strict-identity";

export const DEFAULT_DETECTORS: Detectors = {
  identityNumbers: personnummerDetector,
  mobileNumbers: mobileNumberDetector,
  sensitiveTerms: sensitiveTermsDetector,
};
