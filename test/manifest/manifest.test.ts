/**
 * Offline consistency check of manifest.xml (office-addin-manifest validate
 * needs Microsoft's web service; this runs anywhere): well-formed XML, every
 * resid defined, every URL built into dist/, every FunctionName registered by
 * the built dist/launchevent.js, icons present at their declared sizes, and
 * the requirement-set plan that keeps the task pane on older Outlooks.
 *
 * Needs the production build (`npx webpack --mode production`; npm test runs it first).
 */
import { existsSync, readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TASK_PANE_COMMAND_ID } from "../../src/launchevent/send-decision";
import { FakeOffice } from "../../src/fake-office";
import { loadLaunchEvents } from "../../src/fake-office/node-vm-launchevent";
import { all, byName, child, load, local, ownScope, type El } from "./xml";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, "dist");
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function distPathOf(url: string): string {
  return resolve(DIST, url.slice(DEV_URL.length).split(/[?#]/)[0] ?? "");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("latin1") !== "IHDR") {
    throw new Error(`${path} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  if (!existsSync(resolve(DIST, "launchevent.js"))) {
    it("needs the production build", () => {
      throw new Error(`dist/ is missing: run "npx webpack --mode production" first (npm test builds it).`);
    });
    return;
  }

  const manifest = load(resolve(ROOT, "manifest.xml"));
  const outer = child(manifest, "VersionOverrides");
  const inner = outer ? child(outer, "VersionOverrides") : undefined;

  it("is a MailApp with Swedish as default locale and the narrowest permission the features need", () => {
    expect(manifest.attrs["xsi:type"]).toBe("MailApp");
    expect(child(manifest, "DefaultLocale")?.text).toBe("sv-SE");
    expect(child(manifest, "Permissions")?.text).toBe("ReadWriteItem");
    expect(child(manifest, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(manifest, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("plans requirement sets so the task pane loads on Mailbox 1.1+ and events switch on from 1.10", () => {
    const minVersion = (scope: El | undefined) => {
      const sets = scope && byName(child(scope, "Requirements") ?? scope, "Sets")[0];
      const set = sets && byName(sets, "Set").find((s) => s.attrs.Name === "Mailbox");
      return set?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion;
    };
    expect(minVersion(manifest)).toBe("1.1");
    expect(outer?.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(inner?.attrs["xsi:type"]).toBe("VersionOverridesV1_1");
    expect(minVersion(outer)).toBe("1.3");
    expect(Number(minVersion(inner)?.split(".")[1])).toBeGreaterThanOrEqual(10);

    // Base manifest: the task pane itself, for clients without add-in commands.
    const forms = byName(child(manifest, "FormSettings")!, "Form").map((f) => f.attrs["xsi:type"]);
    expect(forms.sort()).toEqual(["ItemEdit", "ItemRead"]);
    // 1.0 (Outlook LTSC 2021, Mailbox 1.9): buttons, no events; 1.1: buttons and events.
    const surfaces = (scope: El) => ownScope(scope).filter((e) => local(e.name) === "ExtensionPoint").map((e) => e.attrs["xsi:type"]);
    expect(surfaces(outer!).sort()).toEqual(["MessageComposeCommandSurface", "MessageReadCommandSurface"]);
    expect(surfaces(inner!).sort()).toEqual(["LaunchEvent", "MessageComposeCommandSurface", "MessageReadCommandSurface"]);
    expect(ownScope(outer!).some((e) => local(e.name) === "Runtimes")).toBe(false);
  });

  it("declares the JavaScript-only runtime override and the three events, OnMessageSend with SoftBlock", () => {
    const runtime = byName(inner!, "Runtime")[0];
    expect(runtime?.attrs.resid).toBe("WebViewRuntime.Url");
    expect(child(runtime!, "Override")?.attrs).toMatchObject({ type: "javascript", resid: "JSRuntime.Url" });
    const launch = ownScope(inner!).find((e) => local(e.name) === "ExtensionPoint" && e.attrs["xsi:type"] === "LaunchEvent")!;
    expect(child(launch, "SourceLocation")?.attrs.resid).toBe("WebViewRuntime.Url");
    const events = byName(launch, "LaunchEvent").map((e) => e.attrs);
    expect(events.map((e) => e.Type).sort()).toEqual(["OnMessageRecipientsChanged", "OnMessageSend", "OnNewMessageCompose"]);
    const send = events.find((e) => e.Type === "OnMessageSend");
    expect(["PromptUser", "SoftBlock", "Block"]).toContain(send?.SendMode);
    expect(send?.SendMode).toBe("SoftBlock");
  });

  it("defines every resid it uses, in the same VersionOverrides, and uses every resource it defines", () => {
    for (const scope of [outer!, inner!]) {
      const own = ownScope(scope);
      const resources = own.find((e) => local(e.name) === "Resources")!;
      const defined = new Set(all(resources, (e) => e !== resources && !!e.attrs.id).map((e) => e.attrs.id));
      const used = new Set(own.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
      expect([...used].filter((id) => !defined.has(id!))).toEqual([]);
      expect([...defined].filter((id) => !used.has(id))).toEqual([]);
    }
  });

  it("points every URL at a file the production build produces", () => {
    const urls = all(manifest, () => true).flatMap((e) =>
      [e.attrs.DefaultValue, e.attrs.Value, local(e.name) === "AppDomain" ? e.text : undefined].filter((v): v is string => !!v && v.startsWith("https://")),
    );
    expect(urls.length).toBeGreaterThan(5);
    const foreign = urls.filter((u) => !u.startsWith(DEV_URL));
    expect(foreign).toEqual([]);
    const missing = urls.filter((u) => !existsSync(distPathOf(u)));
    expect(missing).toEqual([]);
  });

  it("runtime URLs: the HTML page loads office.js from the CDN and then launchevent.js; the JS override is launchevent.js", () => {
    const urls = Object.fromEntries(byName(inner!, "Url").map((u) => [u.attrs.id, u.attrs.DefaultValue]));
    expect(urls["JSRuntime.Url"]).toBe(`${DEV_URL}launchevent.js`);
    expect(urls["WebViewRuntime.Url"]).toBe(`${DEV_URL}launchevent.html`);
    expect(urls["Taskpane.Url"]).toBe(`${DEV_URL}taskpane.html`);
    const html = readFileSync(resolve(DIST, "launchevent.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([OFFICE_JS_CDN, "launchevent.js"]);
  });

  it("names only handlers that dist/launchevent.js registers, and it registers only those", () => {
    const functionNames = byName(inner!, "LaunchEvent")
      .map((e) => e.attrs.FunctionName)
      .filter((n): n is string => !!n);
    const office = new FakeOffice();
    loadLaunchEvents(office);
    const registered = office.launchEvents.associated;
    expect([...new Set(registered)].sort()).toEqual([...functionNames].sort());
    expect(registered).toHaveLength(new Set(registered).size);
  });

  it("has the compose task-pane button the send dialog and hint bars open (commandId)", () => {
    const compose = ownScope(inner!).find((e) => e.attrs["xsi:type"] === "MessageComposeCommandSurface")!;
    const control = byName(compose, "Control").find((c) => c.attrs.id === TASK_PANE_COMMAND_ID);
    expect(control).toBeDefined();
    expect(byName(control!, "Action")[0]?.attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  it("has icons in assets/ at every declared size (16, 32, 80 on buttons; 64 and 128 for the add-in)", () => {
    const checked: string[] = [];
    for (const scope of [outer!, inner!]) {
      const images = Object.fromEntries(byName(scope, "Image").filter((i) => i.attrs.id).map((i) => [i.attrs.id, i.attrs.DefaultValue!]));
      const uses = ownScope(scope).filter((e) => local(e.name) === "Image" && e.attrs.size);
      expect(new Set(uses.map((u) => u.attrs.size))).toEqual(new Set(["16", "32", "80"]));
      for (const use of uses) {
        const url = images[use.attrs.resid!]!;
        const size = Number(use.attrs.size);
        expect(pngSize(distPathOf(url)), url).toEqual({ width: size, height: size });
        checked.push(url);
      }
    }
    const icon = child(manifest, "IconUrl")!.attrs.DefaultValue!;
    const highRes = child(manifest, "HighResolutionIconUrl")!.attrs.DefaultValue!;
    expect(pngSize(distPathOf(icon))).toEqual({ width: 64, height: 64 });
    expect(pngSize(distPathOf(highRes))).toEqual({ width: 128, height: 128 });
    for (const url of [...checked, icon, highRes]) expect(url).toMatch(/\/assets\/icon-(16|32|64|80|128)\.png$/);
  });

  it("has an English override for every label and description, within Outlook's length limits", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = child(manifest, name)!;
      expect(el.attrs.DefaultValue?.length).toBeGreaterThan(0);
      expect(child(el, "Override")?.attrs).toMatchObject({ Locale: "en-US" });
    }
    for (const scope of [outer!, inner!]) {
      const resources = ownScope(scope).find((e) => local(e.name) === "Resources")!;
      for (const [group, max] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
        const strings = byName(child(resources, group)!, "String");
        expect(strings.length).toBeGreaterThan(0);
        for (const s of strings) {
          const en = child(s, "Override");
          expect(en?.attrs.Locale, s.attrs.id).toBe("en-US");
          expect(s.attrs.DefaultValue!.length).toBeLessThanOrEqual(max);
          expect(en!.attrs.Value!.length).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it("is copied to dist/ with the production URL in place of localhost", () => {
    const built = readFileSync(resolve(DIST, "manifest.xml"), "utf8");
    expect(XMLValidator.validate(built)).toBe(true);
    expect(built).not.toContain(DEV_URL);
    expect(built.match(/https:\/\/[^/"]+\//g)?.length).toBeGreaterThan(5);
  });
});
