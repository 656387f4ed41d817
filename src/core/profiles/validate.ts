import { profileSchema, type Profile } from "./schema";

/** One problem in a profile, naming the field ("domains[1]", "rules.personnummer.options.mask"). */
export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

/** At most this many problems are listed; one more line counts the rest. */
export const MAX_PROFILE_PROBLEMS = 20;

/** The parts of a zod issue read here (zod never puts the input into an issue). */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly errors?: readonly (readonly Issue[])[];
  /** A discriminated union's allowed values ("next-working-day", "hours", …). */
  readonly options?: readonly unknown[];
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(profilen)";
}

function describe(issue: Issue): string {
  if (issue.code === "invalid_value" && issue.values) return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_type" && issue.expected) return `must be ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}`;
  if (issue.code === "invalid_union" && issue.options && issue.options.length > 0) return `must be one of ${issue.options.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_union") return `must be one of "on", "off", "error", "warning", "info", or an object with "level" and "options"`;
  return issue.message;
}

/**
 * Flattens zod's issues into problems that name the field: an unknown key is
 * a problem at its own path; a union (a rule's level or settings object)
 * reports the branch that fits the input's shape rather than "Invalid input".
 */
function collect(issue: Issue, prefix: readonly PropertyKey[], out: ProfileProblem[], limit: number): void {
  if (out.length >= limit) return;
  const path = [...prefix, ...issue.path];
  if (issue.code === "unrecognized_keys" && issue.keys) {
    const inRules = path.length === 1 && path[0] === "rules";
    for (const key of issue.keys) {
      if (out.length >= limit) return;
      out.push({ path: formatPath([...path, key]), message: inRules ? "is not a rule Postvakt has" : "is not a field Postvakt knows" });
    }
    return;
  }
  if (issue.code === "invalid_union" && issue.errors) {
    const fitting = issue.errors.filter((branch) => !branch.every((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value")));
    if (fitting.length > 0) {
      for (const branch of fitting) for (const nested of branch) collect(nested, path, out, limit);
      return;
    }
  }
  out.push({ path: formatPath(path), message: describe(issue) });
}

/** Validates untrusted JSON as a profile. Never throws: problems come back as data, at most MAX_PROFILE_PROBLEMS + 1 of them. */
export function validateProfile(input: unknown): ProfileResult {
  let issues: readonly Issue[];
  try {
    const parsed = profileSchema.safeParse(input);
    if (parsed.success) return { ok: true, profile: parsed.data };
    issues = parsed.error.issues as readonly Issue[];
  } catch {
    // A pathological input (a throwing getter, a structure deep or large enough to exhaust the stack).
    return { ok: false, problems: [{ path: "(profilen)", message: "could not be read: it is malformed or far too large" }] };
  }
  const problems: ProfileProblem[] = [];
  let total = 0;
  for (const issue of issues) {
    const before = problems.length;
    collect(issue, [], problems, MAX_PROFILE_PROBLEMS);
    total += Math.max(1, problems.length - before);
  }
  if (total > problems.length) problems.push({ path: "(profilen)", message: `and ${total - problems.length} more problems` });
  return { ok: false, problems };
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
