import { describe, expect, it } from "vitest";
import { formatSwedishPhone, normaliseSignatureDetails, normaliseSwedishPhone, parseSwedishPhone, renderSignature, validateSignatureDetails } from "../../../src/core";
import { ANNA, template } from "./fixtures";

describe("Swedish phone numbers", () => {
  it.each([
    ["0303-33 00 00", "0303-33 00 00"],
    ["070-123 45 67", "070-123 45 67"],
    ["+46 70 123 45 67", "070-123 45 67"],
    ["+46 (0)70-123 45 67", "070-123 45 67"],
    ["0046701234567", "070-123 45 67"],
    ["0701234567", "070-123 45 67"],
    ["08-123 456 78", "08-123 456 78"],
    ["08 12 34 56", "08-12 34 56"],
    ["0155 123 45", "0155-123 45"],
    ["0416-270 00", "0416-270 00"],
    ["031-123 45 67", "031-123 45 67"],
    ["0142-850 00", "0142-850 00"],
  ])("%s -> %s", (raw, display) => expect(normaliseSwedishPhone(raw)).toBe(display));

  it.each([["abc"], ["12"], ["070-123"], ["+47 22 33 44 55"], ["0303-33 00 00 00 00"], ["00"], [""], ["070 123 45 67 ring mig"]])(
    "%s is not a Swedish number",
    (raw) => expect(parseSwedishPhone(raw)).toBeUndefined(),
  );

  it("formats national digits by area code length", () => {
    expect(formatSwedishPhone("0303330000")).toBe("0303-33 00 00");
    expect(formatSwedishPhone("0812345678")).toBe("08-123 456 78");
  });
});

describe("validating the user's details", () => {
  it("accepts complete details", () => {
    expect(validateSignatureDetails(ANNA, template("ale"))).toEqual([]);
  });

  it("points out missing required fields, in Swedish and English", () => {
    const problems = validateSignatureDetails({ givenName: "Anna", surname: " ", phone: "0303-33 00 00" }, template("ale"));
    expect(problems.map((p) => [p.field, p.code, p.severity])).toEqual([
      ["surname", "required", "error"],
      ["title", "required", "error"],
      ["department", "required", "error"],
    ]);
    expect(problems[0]?.message.sv).toBe("Efternamn ingår i kommunens signatur. Fyll i fältet.");
    expect(problems[0]?.message.en).toBe("Last name is part of the kommun's signature. Fill it in.");
  });

  it.each([["abc"], ["12"]])("says a phone of %j is not a phone number, without quoting it", (phone) => {
    const problems = validateSignatureDetails({ ...ANNA, phone }, template("ale"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "phone", code: "notPhoneNumber", severity: "error" });
    expect(problems[0]?.message.sv).toContain("0303-33 00 00");
    expect(JSON.stringify(problems)).not.toContain(`"${phone}"`);
  });

  it("warns when the mobile field holds a landline", () => {
    const problems = validateSignatureDetails({ ...ANNA, mobile: "0303-33 00 00" }, template("ale"));
    expect(problems.map((p) => [p.code, p.severity])).toEqual([["notMobileNumber", "warning"]]);
  });

  it("checks the function mailbox, postcode and length", () => {
    const problems = validateSignatureDetails({ ...ANNA, functionMailbox: "bygglov", postalCode: "6138", title: "x".repeat(101) }, template("oxelosund"));
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ["title", "tooLong"],
      ["functionMailbox", "notEmailAddress"],
      ["postalCode", "notPostalCode"],
    ]);
  });

  it("reminds the user when they show a mobile number the kommun asks them to limit", () => {
    expect(validateSignatureDetails(ANNA, template("sorsele"))).toEqual([]);
    const problems = validateSignatureDetails({ ...ANNA, includeMobile: true }, template("sorsele"));
    expect(problems.map((p) => [p.field, p.code, p.severity])).toEqual([["mobile", "mobileDiscouraged", "info"]]);
  });

  it("suggests a function number where Sjöbo asks for one first", () => {
    const { functionPhone: _omit, ...withoutFunction } = ANNA;
    const problems = validateSignatureDetails(withoutFunction, template("sjobo"));
    expect(problems.map((p) => [p.field, p.code, p.severity])).toEqual([["functionPhone", "functionNumberSuggested", "info"]]);
    expect(validateSignatureDetails(withoutFunction, template("ale"))).toEqual([]);
  });
});

describe("normalising details for display", () => {
  it("tidies white space, phones, postcodes and the mailbox, keeping what it cannot read", () => {
    expect(
      normaliseSignatureDetails({ givenName: "  Anna  ", title: "Chef   för\tIT", phone: "+46 303 330000", mobile: "ring växeln", postalCode: "61381", functionMailbox: "IT@Kommun.se", includeMobile: false }),
    ).toEqual({ givenName: "Anna", title: "Chef för IT", phone: "0303-33 00 00", mobile: "ring växeln", postalCode: "613 81", functionMailbox: "it@kommun.se", includeMobile: false });
  });
});

describe("what a user typed is made safe before it reaches a signature", () => {
  it("drops control characters, bidi overrides and lone surrogates from HTML and text alike", () => {
    const t = template("ale");
    const details = {
      givenName: "Anna\u0007",
      surname: "\u202eassoredna\u202c",
      title: "Handläggare\ud800",
      phone: "0303-33 00 00",
      department: "Bygg\u0000 och miljö \ud83d\ude00\udc00",
    };
    const rendered = renderSignature(t, normaliseSignatureDetails(details));
    for (const out of [rendered.html, rendered.text]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u202a-\u202e\u2066-\u2069]/);
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(rendered.text).toContain("Anna assoredna");
    expect(rendered.text).toContain("Handläggare");
    expect(rendered.text).toContain("Bygg och miljö \ud83d\ude00");
  });
});
