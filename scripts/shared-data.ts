/**
 * Where the project's shared data lives: the kommun guideline texts and the
 * public test lists (Skatteverket's test personnummer, personnummer-meta).
 * It sits beside the repository as ../shared, on developers' machines and in
 * CI alike; POSTVAKT_SHARED_DIR points elsewhere.
 */
import { resolve } from "node:path";

export const SHARED_DIR = process.env.POSTVAKT_SHARED_DIR ?? resolve(__dirname, "..", "..", "shared");
export const POLICIES_DIR = resolve(SHARED_DIR, "policies");
export const EXTERNAL_DIR = resolve(SHARED_DIR, "eval", "external");
