/**
 * Times as the simulated Microsoft Graph (graph.ts) reads and writes them:
 * Graph's dateTimeTimeZone, a wall-clock date and time without offset
 * ("2026-06-29T08:00:00.0000000") and the zone it is in, by Windows name
 * ("W. Europe Standard Time", Exchange's default) or IANA name. Zones are
 * worked out with the platform's Intl (full ICU in Chromium and Node).
 */

/** The Windows zone names the simulation knows, as IANA zones with the same rules. */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "Romance Standard Time": "Europe/Paris",
  "GMT Standard Time": "Europe/London",
  "FLE Standard Time": "Europe/Helsinki",
  "Eastern Standard Time": "America/New_York",
  "Pacific Standard Time": "America/Los_Angeles",
  UTC: "UTC",
};

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** The IANA zone for a Windows or IANA name ("UTC" for UTC), or undefined for a name the platform does not know. */
export function ianaZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const windows = Object.keys(WINDOWS_ZONES).find((key) => key.toLowerCase() === trimmed.toLowerCase());
  if (windows) return WINDOWS_ZONES[windows];
  if (/^(utc|gmt|etc\/utc)$/i.test(trimmed)) return "UTC";
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock "YYYY-MM-DDTHH:mm[:ss[.fffffff]]" read as if it were UTC, or undefined when it is not one. */
export function parseWall(dateTime: string): number | undefined {
  const m = WALL.exec(dateTime.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  // 31 June or 25:00 is not a time.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  return ms;
}

/** The instant of a Graph dateTimeTimeZone, or undefined when its time or zone cannot be read. */
export function graphInstant(value: { readonly dateTime: string; readonly timeZone: string }): number | undefined {
  const wall = parseWall(value.dateTime);
  const zone = ianaZone(value.timeZone);
  if (wall === undefined || !zone) return undefined;
  // The offset at the wall time taken as UTC is a first guess; the offset at the guess settles it.
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as Graph writes a dateTime in a zone: "2026-06-29T08:00:00.0000000". */
export function graphDateTime(instant: number, zone: string): string {
  const iana = ianaZone(zone) ?? "UTC";
  const wall = new Date(instant + offsetAt(instant, iana));
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}.0000000`;
}

/** An instant as Graph writes a UTC timestamp property ("2026-06-01T08:00:00.1234567Z" without the fraction). */
export function graphTimestamp(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
