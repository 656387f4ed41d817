/**
 * Small helpers the resource modules read Graph's JSON with. Each returns
 * undefined for a value of the wrong shape, which the client turns into a
 * badResponse. Graph leaves out or nulls properties it has no value for, so
 * "optional" readers accept both.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string, or undefined when missing or null; `false` when it is something else. */
export function optionalString(value: unknown): string | undefined | false {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : false;
}

/** A list of strings (missing or null is an empty list); undefined when it is something else. */
export function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) return undefined;
  return [...value];
}

/**
 * One of a documented set of enum values. Graph's enums are camelCase in
 * answers but it accepts any case, so the comparison ignores case and the
 * result is the documented spelling.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== "string") return undefined;
  const lower = value.toLowerCase();
  return allowed.find((candidate) => candidate.toLowerCase() === lower);
}

/** Graph's dateTimeTimeZone: a local date and time without offset, and the time zone it is in. */
export interface DateTimeTimeZone {
  /** e.g. "2026-12-21T08:00:00.0000000" */
  readonly dateTime: string;
  /** A Windows ("W. Europe Standard Time") or IANA ("Europe/Stockholm") name, or "UTC". */
  readonly timeZone: string;
}

export function readDateTimeTimeZone(value: unknown): DateTimeTimeZone | undefined {
  if (!isObject(value)) return undefined;
  const { dateTime, timeZone } = value;
  if (typeof dateTime !== "string" || typeof timeZone !== "string") return undefined;
  return { dateTime, timeZone };
}

/** Only the two documented properties, so nothing else ever goes into a request body. */
export function writeDateTimeTimeZone(value: DateTimeTimeZone): DateTimeTimeZone {
  if (typeof value.dateTime !== "string" || !value.dateTime.trim() || typeof value.timeZone !== "string" || !value.timeZone.trim()) {
    // Graph would fall back to UTC without a time zone (research-notes.md D1): refuse instead.
    throw new RangeError("A date and time for Graph needs both dateTime and timeZone");
  }
  return { dateTime: value.dateTime, timeZone: value.timeZone };
}
