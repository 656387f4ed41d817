import { describe, expect, it } from "vitest";
import { containsSignature, renderSignature } from "../../../src/core";
import { ANNA, template } from "./fixtures";

describe("is the signature already there?", () => {
  const signature = renderSignature(template("ale"), ANNA);

  it("finds it in the writer's text, white space and case aside", () => {
    const body = `Hej!\n\n${signature.text.replace(/\n/g, "\r\n").replace("Ale kommun", "ALE  kommun")}`;
    expect(containsSignature(body, signature, "Med vänlig hälsning")).toBe(true);
  });

  it("does not count a signature in the quoted history, nor half a signature", () => {
    expect(containsSignature(`Hej!\n\n-----Ursprungligt meddelande-----\nFrån: x\n\n${signature.text}`, signature)).toBe(false);
    expect(containsSignature(`Hej!\n${signature.lines.slice(0, 3).join("\n")}`, signature)).toBe(false);
  });

  it("needs the lines in order", () => {
    expect(containsSignature([...signature.lines].reverse().join("\n"), signature)).toBe(false);
  });
});
