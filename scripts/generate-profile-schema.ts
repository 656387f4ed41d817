/**
 * Writes src/core/profiles/profile.schema.json from the zod schema, for
 * editors (the profiles' "$schema"). test/core/profiles checks it is current.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { profileJsonSchemaText } from "../src/core/profiles/json-schema";

const target = fileURLToPath(new URL("../src/core/profiles/profile.schema.json", import.meta.url));
writeFileSync(target, profileJsonSchemaText());
console.log(`wrote ${target}`);
