import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, placeholdersOf, validateProfile } from "../../../src/core";
import { profile } from "../helpers";

function withSignature(change: (signature: Record<string, unknown>) => void) {
  const p = JSON.parse(JSON.stringify(profile("oxelosund")));
  change(p.signature);
  return validateProfile(p);
}

describe("the signature section of a profile", () => {
  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s: every required field has a line to go in, and the guideline is cited", (id) => {
    const p = profile(id);
    const signature = p.signature!;
    const used = new Set(signature.lines.flatMap((line) => line.parts.flatMap(placeholdersOf)));
    for (const field of signature.required) expect(used, `${id}: ${field}`).toContain(field);
    expect(p.guidelines.signature?.quote.length).toBeGreaterThan(20);
  });

  it("puts the function number before the personal one wherever a profile asks for that (Sjöbo)", () => {
    const asking = BUILTIN_PROFILE_IDS.filter((id) => profile(id).signature?.functionNumberFirst);
    expect(asking).toEqual(["sjobo"]);
    for (const id of asking) {
      const signature = profile(id).signature!;
      for (const lines of [signature.lines, signature.shortLines ?? []]) {
        const order = lines.flatMap((line) => line.parts.flatMap(placeholdersOf)).filter((f) => f === "functionPhone" || f === "phone");
        expect(order).toEqual(["functionPhone", "phone"]);
      }
    }
  });

  it("rejects a placeholder that names no field, naming where", () => {
    const result = withSignature((s) => {
      (s.lines as { parts: string[] }[])[0]!.parts = ["{{förnamn}} {{surname}}"];
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(["signature.lines[0].parts[0]"]);
  });

  it("rejects a font that would break out of the style attribute", () => {
    const result = withSignature((s) => {
      s.fonts = { name: { family: 'Arial;background:url("x")' } };
    });
    expect(!result.ok && result.problems[0]?.path).toBe("signature.fonts.name.family");
  });

  it("rejects an unknown key and an unknown mobile policy", () => {
    expect(withSignature((s) => (s.logo = "cid:x")).ok).toBe(false);
    expect(withSignature((s) => (s.mobile = "sometimes")).ok).toBe(false);
  });

  it("keeps the signature optional", () => {
    const p = JSON.parse(JSON.stringify(profile("ale")));
    delete p.signature;
    expect(validateProfile(p).ok).toBe(true);
  });
});
