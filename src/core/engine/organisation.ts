/** Internal or external: the kommun's own domains decide, never a substring test. */
import type { Profile } from "../profiles/schema";

export interface Organisation {
  /** The domains that count as internal (subdomains included). */
  readonly domains: readonly string[];
  isInternal(address: string): boolean;
}

/** The domain part of an address, lower-cased, without a trailing dot; "" if there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  return address.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
}

/** "kommun.mjolby.se" and "mjolby.se" belong to "mjolby.se"; "evil-mjolby.se" does not. */
export function domainBelongsTo(domain: string, orgDomain: string): boolean {
  return domain === orgDomain || domain.endsWith(`.${orgDomain}`);
}

/**
 * The profile's domains; where it lists none, the user's own mail domain.
 * With neither, nothing is internal: better one warning too many than a
 * personnummer let out.
 */
export function createOrganisation(profile: Pick<Profile, "domains">, userEmail?: string): Organisation {
  const own = userEmail ? domainOf(userEmail) : "";
  const domains = profile.domains.length > 0 ? profile.domains.map((d) => d.toLowerCase()) : own ? [own] : [];
  return {
    domains,
    isInternal(address: string): boolean {
      const domain = domainOf(address);
      return domain !== "" && domains.some((d) => domainBelongsTo(domain, d));
    },
  };
}
