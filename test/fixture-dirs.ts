/**
 * The data the tests and the benchmark check against, committed under
 * test/fixtures/ (each folder's README gives origin, licence and the date it
 * was copied): the kommuner's guideline texts and the public test lists
 * (Skatteverket's test personnummer, personnummer-meta, Presidio's list).
 * Always inside the repository: nothing here reads beyond it.
 */
import { resolve } from "node:path";

export const FIXTURES_DIR = resolve(__dirname, "fixtures");
export const POLICIES_DIR = resolve(FIXTURES_DIR, "policies");
export const EXTERNAL_DIR = resolve(FIXTURES_DIR, "external");
