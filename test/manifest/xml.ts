/** Reading an add-in manifest for the offline checks: well-formedness, then a small element tree. */
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly El[];
  readonly text: string;
}

type Raw = Record<string, unknown>;

function toEl(raw: Raw): El {
  const name = Object.keys(raw).find((k) => k !== ":@") ?? "";
  const kids = (raw[name] as Raw[] | undefined) ?? [];
  const attrs = (raw[":@"] as Record<string, string> | undefined) ?? {};
  const children = kids.filter((k) => !("#text" in k)).map(toEl);
  const text = kids
    .filter((k) => "#text" in k)
    .map((k) => String(k["#text"]))
    .join("");
  return { name, attrs, children, text };
}

/** Local name without namespace prefix: "bt:Image" -> "Image". */
export function local(name: string): string {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}

export function all(el: El, predicate: (e: El) => boolean, out: El[] = []): El[] {
  if (predicate(el)) out.push(el);
  for (const c of el.children) all(c, predicate, out);
  return out;
}

export function child(el: El, name: string): El | undefined {
  return el.children.find((c) => local(c.name) === name);
}

export function byName(el: El, name: string): El[] {
  return all(el, (e) => local(e.name) === name);
}

/** Elements under `el`, not descending into nested VersionOverrides. */
export function ownScope(el: El, out: El[] = []): El[] {
  for (const c of el.children) {
    if (local(c.name) === "VersionOverrides") continue;
    out.push(c);
    ownScope(c, out);
  }
  return out;
}

export function load(path: string): El {
  const xml = readFileSync(path, "utf8");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${path} is not well-formed: ${JSON.stringify(valid.err)}`);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, parseTagValue: false, parseAttributeValue: false, trimValues: true }).parse(xml) as Raw[];
  const root = parsed.map(toEl).find((e) => e.name === "OfficeApp");
  if (!root) throw new Error(`${path}: no <OfficeApp> root`);
  return root;
}

