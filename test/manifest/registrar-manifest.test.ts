/**
 * The registrar edition's manifest (scripts/registrar-manifest.js, written to
 * dist/manifest-registrar.xml by the build): the ordinary manifest with item
 * multi-select, and nothing else changed but what multi-select requires.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { all, byName, child, load, local, type El } from "./xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registrarManifest, REGISTRAR_ID } = require("../../scripts/registrar-manifest") as { registrarManifest: (xml: string) => string; REGISTRAR_ID: string };

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, "dist");

function readAction(scope: El): El | undefined {
  const read = byName(scope, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "MessageReadCommandSurface");
  return read ? byName(read, "Action")[0] : undefined;
}

function urlOf(scope: El, resid: string): string | undefined {
  return byName(scope, "Url").find((u) => u.attrs.id === resid)?.attrs.DefaultValue;
}

describe("the registrar edition's manifest", () => {
  if (!existsSync(resolve(DIST, "manifest-registrar.xml"))) {
    it("needs the production build", () => {
      throw new Error(`dist/manifest-registrar.xml is missing: run "npx webpack --mode production" first (npm test builds it).`);
    });
    return;
  }
  // Both as built, with the same production URLs.
  const ordinary = load(resolve(DIST, "manifest.xml"));
  const registrar = load(resolve(DIST, "manifest-registrar.xml"));
  const inner = (m: El) => child(child(m, "VersionOverrides")!, "VersionOverrides")!;

  it("is another add-in (own id and name) with the read/write mailbox permission multi-select needs", () => {
    expect(child(registrar, "Id")?.text).toBe(REGISTRAR_ID);
    expect(child(registrar, "Id")?.text).not.toBe(child(ordinary, "Id")?.text);
    expect(child(registrar, "DisplayName")?.attrs.DefaultValue).toBe("Postvakt för registratorer");
    expect(child(registrar, "Permissions")?.text).toBe("ReadWriteMailbox");
    expect(child(ordinary, "Permissions")?.text).toBe("ReadWriteItem");
  });

  it("turns on multi-select on the read ribbon of VersionOverrides 1.1 only, with the pane URL that follows the selection", () => {
    const action = readAction(inner(registrar))!;
    const names = action.children.map((c) => `${local(c.name)}=${c.text || c.attrs.resid}`);
    expect(names).toEqual(["SourceLocation=RegistrarTaskpane.Url", "SupportsPinning=true", "SupportsNoItemContext=true", "SupportsMultiSelect=true"]);
    expect(urlOf(inner(registrar), "RegistrarTaskpane.Url")).toMatch(/\/taskpane\.html\?multiselect=1$/);
    // Mailbox 1.3's ribbon and the compose ribbon are as in the ordinary manifest.
    const outerRead = (m: El) => readAction(child(m, "VersionOverrides")!)!;
    expect(all(outerRead(registrar), () => true).map((e) => e.name)).toEqual(all(outerRead(ordinary), () => true).map((e) => e.name));
    expect(byName(registrar, "SupportsMultiSelect")).toHaveLength(1);
  });

  it("is otherwise the ordinary manifest: same surfaces, events, resources and version", () => {
    const shape = (m: El) =>
      all(m, (e) => ["ExtensionPoint", "LaunchEvent", "Control", "String", "Image", "Set"].includes(local(e.name))).map((e) => `${local(e.name)}:${JSON.stringify(e.attrs)}`);
    expect(shape(registrar)).toEqual(shape(ordinary));
    expect(child(registrar, "Version")?.text).toBe(child(ordinary, "Version")?.text);
  });

  it("is well-formed and has the production URL in the build", () => {
    const built = readFileSync(resolve(DIST, "manifest-registrar.xml"), "utf8");
    expect(XMLValidator.validate(built)).toBe(true);
    expect(built).not.toContain("https://localhost:3000/");
  });

  it("refuses to build from a manifest whose anchors have moved, rather than ship a half-changed copy", () => {
    const xml = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");
    expect(() => registrarManifest(xml.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadItem</Permissions>"))).toThrow(/permission/);
    expect(() => registrarManifest(xml.replace(/<SupportsPinning>true<\/SupportsPinning>/g, ""))).toThrow(/read ribbon/);
  });
});
