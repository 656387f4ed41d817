/**
 * Requirement sets: the fake client supports the Mailbox sets up to one
 * version ("1.15" unless told otherwise). A method from a later set is not
 * there at all (`typeof item.x === "undefined"`), as on an older client, so
 * calling it throws a TypeError; `isSetSupported` answers as Outlook does.
 * Other sets (NestedAppAuth 1.1, which Microsoft Graph by nested app
 * authentication needs) are supported only where the client is told so.
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

/**
 * `Office.context.requirements.isSetSupported` for a client with Mailbox up
 * to `mailboxVersion` and each of `otherSets` up to its version (names
 * compared without case, as office.js does).
 */
export function requirementChecker(mailboxVersion: string, otherSets: Readonly<Record<string, string>> = {}): (name: string, version?: string) => boolean {
  const highest = new Map<string, string>([["mailbox", mailboxVersion]]);
  for (const [name, version] of Object.entries(otherSets)) if (name.toLowerCase() !== "mailbox") highest.set(name.toLowerCase(), version);
  return (name, version = "1.1") => {
    if (typeof name !== "string") return false;
    const top = highest.get(name.toLowerCase());
    return top !== undefined && compareVersions(String(version), top) <= 0;
  };
}
