import { describe, expect, it } from "vitest";
import { createOrganisation, domainOf } from "../../../src/core";

describe("createOrganisation", () => {
  const mjolby = createOrganisation({ domains: ["mjolby.se"] });

  it.each([
    ["anna.berg@mjolby.se", true],
    ["Anna.Berg@MJOLBY.SE", true],
    ["skola@larare.mjolby.se", true],
    ["x@mjolby.se.", true],
    ["x@evil-mjolby.se", false],
    ["x@mjolby.se.evil.com", false],
    ["x@notmjolby.se", false],
    ["x@gmail.com", false],
    ["no-at-sign", false],
  ])("%s internal: %s", (address, internal) => {
    expect(mjolby.isInternal(address)).toBe(internal);
  });

  it("uses the user's own domain when the profile lists none", () => {
    const org = createOrganisation({ domains: [] }, "me@kommun.example.se");
    expect(org.isInternal("you@kommun.example.se")).toBe(true);
    expect(org.isInternal("you@example.se")).toBe(false);
  });

  it("treats everyone as external when neither profile nor user names a domain", () => {
    expect(createOrganisation({ domains: [] }).isInternal("a@b.se")).toBe(false);
  });

  it("takes the domain after the last @", () => {
    expect(domainOf('"a@b"@Example.SE')).toBe("example.se");
  });
});
