import { profileSchema, type Profile } from "./schema";

/** One problem in a profile, naming the field ("domains[1]", "send.blockAt"). */
export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(profilen)";
}

/** Validates untrusted JSON as a profile. Never throws: problems come back as data. */
export function validateProfile(input: unknown): ProfileResult {
  const parsed = profileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Parses JSON text and validates it; a syntax error is a problem too. */
export function parseProfile(jsonText: string): ProfileResult {
  let input: unknown;
  try {
    input = JSON.parse(jsonText);
  } catch (error) {
    return { ok: false, problems: [{ path: "(JSON)", message: (error as Error).message }] };
  }
  return validateProfile(input);
}
