import * as z from "zod/mini";
import { profileSchema } from "./schema";

/** The profile JSON Schema as committed text (stable formatting, trailing newline). */
export function profileJsonSchemaText(): string {
  const schema = z.toJSONSchema(profileSchema, { target: "draft-2020-12", io: "input" });
  const withTitle = {
    ...schema,
    title: "Postvakt kommun profile",
    description: "One kommun's e-mail rules for Postvakt. Generated from src/core/profiles/schema.ts by `npm run schema`; do not edit by hand.",
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}
