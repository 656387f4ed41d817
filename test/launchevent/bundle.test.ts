/**
 * The shape of dist/launchevent.js that classic Outlook's JavaScript-only
 * runtime needs: one ES2016 script, no modules, no DOM or storage, no
 * dev-server code, small enough to load well inside Outlook's 5 seconds.
 */
import { parse, type Node } from "acorn";
import { describe, expect, it } from "vitest";
import { readLaunchEventBundle } from "../../src/fake-office/node-vm-launchevent";

/** Aim from issue 4: the file's load time counts against Outlook's 5-second limit. */
const SIZE_BUDGET_BYTES = 100 * 1024;

type AnyNode = Node & Record<string, unknown>;

/** Visits every node with its parent and the key it hangs under. */
function walk(node: AnyNode, visit: (node: AnyNode, parent: AnyNode | undefined, key: string) => void, parent?: AnyNode, key = ""): void {
  visit(node, parent, key);
  for (const [childKey, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child === "object" && typeof child.type === "string") walk(child as AnyNode, visit, node, childKey);
    } else if (value && typeof value === "object" && typeof (value as AnyNode).type === "string") {
      walk(value as AnyNode, visit, node, childKey);
    }
  }
}

/** An identifier used as a variable (not a property name such as `x.document` or `{document: 1}`). */
function isReference(node: AnyNode, parent: AnyNode | undefined, key: string): boolean {
  if (node.type !== "Identifier" || !parent) return node.type === "Identifier";
  if (parent.type === "MemberExpression" && key === "property" && !parent.computed) return false;
  if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && key === "key" && !parent.computed) {
    return false;
  }
  return true;
}

describe("dist/launchevent.js for the JavaScript-only runtime", () => {
  const source = readLaunchEventBundle();
  const program = parse(source, { ecmaVersion: 2016, sourceType: "script" }) as unknown as AnyNode;

  it(`stays under the size budget (${SIZE_BUDGET_BYTES / 1024} KiB = ${SIZE_BUDGET_BYTES} bytes, minified)`, () => {
    const bytes = Buffer.byteLength(source, "utf8");
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(SIZE_BUDGET_BYTES);
  });

  it("carries no HTML reader: the send check reads Outlook's text body (webpack.config.js, src/launchevent/no-html.ts)", () => {
    expect(source).toContain("the send-time file reads no HTML");
    // Names the tokenizer and the character-reference tables carry; none may be in the file.
    for (const word of ["thetasym", "foreignobject", "figcaption", "bgsound", "keygen"]) expect(source).not.toContain(word);
    expect(source).not.toMatch(/2654435761|0x9e3779b1/i);
  });

  it("lowers object spread once, with its helpers after the ES2016 built-ins they need", () => {
    expect(source.match(/getOwnPropertySymbols/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const builtinsAt = source.indexOf('"getOwnPropertyDescriptors"');
    const helperAt = source.indexOf("Object.getOwnPropertyDescriptors");
    expect(builtinsAt).toBeGreaterThanOrEqual(0);
    expect(helperAt === -1 || builtinsAt < helperAt).toBe(true);
  });

  it("builds no regular expression an ES2016 engine cannot compile (esbuild turns such literals into new RegExp, which throws at load)", () => {
    // Unicode property escapes, lookbehind and named groups are ES2018; a top-level one would stop the whole send check.
    for (const feature of ["\\p{", "\\P{", "(?<=", "(?<!"]) expect(source, feature).not.toContain(feature);
    expect(source).not.toMatch(/\(\?<[A-Za-z]/);
  });

  it("calls no built-in newer than ES2016 that src/launchevent/es2016-builtins.ts does not supply", () => {
    // esbuild lowers syntax, never built-ins: String padding, trimStart, matchAll and the like
    // would throw on an ES2016 engine. (src/core/calendar/moment.ts formats without padStart for this.)
    const unsupplied = ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "allSettled", "findLast", "structuredClone", "Segmenter"];
    const found = unsupplied.filter((name) => source.includes(name));
    expect(found).toEqual([]);
    expect(/\bObject\.hasOwn\(|\.at\(-?\d|\.flat\(/.test(source)).toBe(false);
  });

  it("parses as an ECMAScript 2016 script: no import/export, no optional chaining, no regex lookbehind or named groups", () => {
    // parse() above throws on any of these; this pins the ecmaVersion the claim rests on.
    expect(() => parse("a?.b", { ecmaVersion: 2016 })).toThrow();
    expect(() => parse("/(?<=a)b/", { ecmaVersion: 2016 })).toThrow();
    expect(() => parse("import x from 'y'", { ecmaVersion: 2016, sourceType: "script" })).toThrow();
    expect(program.type).toBe("Program");
  });

  it("builds no lookbehind or named-group regex from strings at run time", () => {
    const offending: string[] = [];
    walk(program, (node) => {
      const value = node.type === "Literal" ? node.value : node.type === "TemplateElement" ? (node.value as { cooked?: string }).cooked : undefined;
      if (typeof value === "string" && /\(\?<[=!a-zA-Z]/.test(value)) offending.push(value.slice(0, 60));
      if (node.type === "Literal" && node.regex) {
        const pattern = (node.regex as { pattern: string }).pattern;
        if (/\(\?<[=!a-zA-Z]/.test(pattern)) offending.push(pattern.slice(0, 60));
      }
    });
    expect(offending).toEqual([]);
  });

  it("refers to no window, document, localStorage, sessionStorage or other browser-only globals", () => {
    const browserOnly = new Set(["window", "document", "localStorage", "sessionStorage", "navigator", "XMLHttpRequest", "DOMParser", "self", "location"]);
    const used = new Set<string>();
    walk(program, (node, parent, key) => {
      if (isReference(node, parent, key) && browserOnly.has(node.name as string)) used.add(node.name as string);
    });
    expect([...used]).toEqual([]);
  });

  it("logs nothing: no reference to console at all (message content must never reach a log)", () => {
    let uses = 0;
    walk(program, (node, parent, key) => {
      if (isReference(node, parent, key) && node.name === "console") uses++;
    });
    expect(uses).toBe(0);
  });

  it("contains no import() and no require()", () => {
    const found: string[] = [];
    walk(program, (node, parent, key) => {
      if (node.type === "ImportExpression") found.push("import()");
      if (isReference(node, parent, key) && (node.name === "require" || node.name === "module" || node.name === "exports")) found.push(node.name as string);
    });
    expect(found).toEqual([]);
  });

  it("contains no webpack-dev-server, hot-reload or source-map loading code", () => {
    for (const marker of ["webpack-dev-server", "webpackHotUpdate", "hot-update", "module.hot", "sockjs", "ws://", "__webpack_dev_server_client__", "sourceMappingURL"]) {
      expect(source, marker).not.toContain(marker);
    }
  });

  it("calls Office.actions.associate at the top level of the bundle, never inside a handler", () => {
    // Functions that are called where they stand (the build's wrapping IIFEs) run while the script loads;
    // any other function around a registration would run it later, or never.
    const depths: number[] = [];
    const stack: AnyNode[] = [];
    const visit = (node: AnyNode, invokedHere: boolean) => {
      const isFunction = node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression" || node.type === "FunctionDeclaration";
      if (isFunction && !invokedHere) stack.push(node);
      const callee = node.type === "CallExpression" ? (node.callee as AnyNode) : undefined;
      if (callee?.type === "MemberExpression" && (callee.property as AnyNode).name === "associate") depths.push(stack.length);
      for (const [key, value] of Object.entries(node)) {
        const children = Array.isArray(value) ? value : [value];
        for (const child of children) {
          if (child && typeof child === "object" && typeof (child as AnyNode).type === "string") visit(child as AnyNode, node.type === "CallExpression" && key === "callee");
        }
      }
      if (isFunction && !invokedHere) stack.pop();
    };
    visit(program, false);
    expect(depths).toHaveLength(3);
    for (const depth of depths) expect(depth).toBe(0);
  });
});
