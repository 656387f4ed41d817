/**
 * Requirement sets: the fake client supports the Mailbox sets up to one
 * version ("1.15" unless told otherwise). A method from a later set is not
 * there at all (`typeof item.x === "undefined"`), as on an older client, so
 * calling it throws a TypeError; `isSetSupported` answers as Outlook does.
 */

export const DEFAULT_MAILBOX_VERSION = "1.15";

/** Compares dotted versions numerically ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Office.context.requirements.isSetSupported` for a client with Mailbox up to `mailboxVersion`. */
export function requirementChecker(mailboxVersion: string): (name: string, version?: string) => boolean {
  return (name, version = "1.1") => typeof name === "string" && name.toLowerCase() === "mailbox" && compareVersions(String(version), mailboxVersion) <= 0;
}
