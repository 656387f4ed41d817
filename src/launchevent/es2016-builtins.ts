/**
 * The few post-2016 built-ins the bundle calls (zod/mini and esbuild's
 * object-spread helper use them), supplied only where the runtime lacks
 * them. esbuild lowers syntax to ES2016 but never adds built-ins, and
 * classic Outlook's JavaScript-only runtime on builds before 2403 is an
 * ES2016 engine. Imported first by launchevent.ts so it runs before any
 * other module. test/launchevent checks the bundle against a global scope
 * with exactly these removed.
 */

// Without `globalThis`, the non-strict Function constructor is the ES2016 way to the global object.
const root: Record<string, unknown> =
  typeof globalThis !== "undefined" ? (globalThis as unknown as Record<string, unknown>) : (Function("return this")() as Record<string, unknown>);

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(root, "globalThis", root);

define(Object, "entries", (o: object) => Object.keys(o).map((k) => [k, (o as Record<string, unknown>)[k]]));
define(Object, "values", (o: object) => Object.keys(o).map((k) => (o as Record<string, unknown>)[k]));
define(Object, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
define(Object, "getOwnPropertyDescriptors", (o: object) => {
  const out: Record<PropertyKey, PropertyDescriptor | undefined> = {};
  for (const key of Reflect.ownKeys(o)) out[key as string] = Object.getOwnPropertyDescriptor(o, key);
  return out;
});
define(Array.prototype, "flatMap", function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  const out: unknown[] = [];
  this.forEach((v, i, a) => {
    const r = fn.call(thisArg, v, i, a);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return out;
});

export {};
