import { personnummerDetector } from "./personnummer";
import type { Detectors } from "./types";

export * from "./types";
export { personnummerDetector } from "./personnummer";

export const DEFAULT_DETECTORS: Detectors = {
  identityNumbers: personnummerDetector,
};
