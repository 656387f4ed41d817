/**
 * The layers stay one-way: this test reads every import in src/, demo/,
 * bench/ and scripts/ and fails when one runs upward.
 *
 *   core      imports nothing of ours outside src/core, and no DOM, Office, React or Node
 *   ports     imports core
 *   office    imports core, ports (never the task pane or the send handlers)
 *   launchevent  imports core, ports, office
 *   taskpane  features import core, ports and taskpane/ui, never each other or office;
 *             the shell wires features; only taskpane/index.tsx (the composition root) imports office
 *   cli       imports core
 *   fake-office  serves tests, demo and benchmarks; nothing of the product imports it, and
 *             only its Node-only vm loader (node-vm-launchevent) reaches Node, so the demo can bundle the rest
 *   nothing in src/, demo/, bench/ or scripts/ imports test/
 *
 * `layerProblems` takes the import list as data, so the last test can show
 * that it catches each kind of violation.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..", "..");

export interface ImportEdge {
  /** Repository-relative path of the importing file. */
  readonly from: string;
  /** The specifier as written. */
  readonly specifier: string;
  /** Repository-relative path it resolves to, for relative specifiers. */
  readonly target?: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(?:ts|tsx|mts|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

export function importsOf(file: string): ImportEdge[] {
  const from = relative(ROOT, file);
  const edges: ImportEdge[] = [];
  const source = withoutComments(readFileSync(file, "utf8"));
  for (const m of source.matchAll(IMPORT)) {
    const specifier = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
    const target = specifier.startsWith(".") ? relative(ROOT, resolve(dirname(file), specifier)) : undefined;
    edges.push({ from, specifier, ...(target !== undefined ? { target } : {}) });
  }
  return edges;
}

type Layer = "core" | "ports" | "office" | "launchevent" | "taskpane-root" | "shell" | "ui" | `feature:${string}` | "cli" | "fake-office" | "demo" | "bench" | "scripts" | "test" | "other";

function layerOf(path: string): Layer {
  // A directory import ("../core") resolves to the folder itself: read it as inside the folder.
  const p = `${path.replace(/\\/g, "/")}/`.replace(/\/index(?:\.tsx?)?\/$/, "/index/");
  if (p.startsWith("src/core/")) return "core";
  if (p.startsWith("src/ports/")) return "ports";
  if (p.startsWith("src/office/")) return "office";
  if (p.startsWith("src/launchevent/")) return "launchevent";
  if (p === "src/taskpane/index.tsx/" || p === "src/taskpane/index/") return "taskpane-root";
  if (p.startsWith("src/taskpane/shell/")) return "shell";
  if (p.startsWith("src/taskpane/ui/")) return "ui";
  const feature = /^src\/taskpane\/features\/([^/]+)\//.exec(p);
  if (feature) return `feature:${feature[1]}`;
  if (p.startsWith("src/cli/")) return "cli";
  if (p.startsWith("src/fake-office/")) return "fake-office";
  if (p.startsWith("demo/")) return "demo";
  if (p.startsWith("bench/")) return "bench";
  if (p.startsWith("scripts/")) return "scripts";
  if (p.startsWith("test/")) return "test";
  return "other";
}

/** What each layer may import of ours. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: ["core"],
  ports: ["core", "ports"],
  office: ["core", "ports", "office"],
  launchevent: ["core", "ports", "office", "launchevent"],
  ui: ["core", "ports", "ui"],
  shell: ["core", "ports", "ui", "shell", "feature:*"],
  "taskpane-root": ["core", "ports", "office", "ui", "shell", "feature:*"],
  cli: ["core", "cli"],
  "fake-office": ["core", "ports", "fake-office"],
};

/** Packages the core may use: pure, and small enough for the send bundle where it reaches it. */
const CORE_PACKAGES = /^(?:zod(?:\/mini)?|entities(?:\/.*)?)$/;

function allows(from: Layer, to: Layer): boolean {
  if (to === "test") return from === "test";
  if (from.startsWith("feature:")) return to === from || ["core", "ports", "ui"].includes(to);
  const allowed = ALLOWED[from];
  if (!allowed) return to !== "fake-office" || ["demo", "bench", "scripts", "test", "fake-office"].includes(from);
  return allowed.includes(to) || (to.startsWith("feature:") && allowed.includes("feature:*"));
}

export function layerProblems(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from);
    if (edge.target !== undefined) {
      const to = layerOf(edge.target);
      if (from.startsWith("feature:") && to.startsWith("feature:") && to !== from) {
        problems.push(`${edge.from} imports another feature (${edge.specifier})`);
      } else if (!allows(from, to)) {
        problems.push(`${edge.from} (${from}) imports ${edge.specifier} (${to})`);
      }
    } else if (from === "core" && !CORE_PACKAGES.test(edge.specifier)) {
      problems.push(`${edge.from} (core) imports the package ${edge.specifier}`);
    }
    if (from === "fake-office" && !edge.from.includes("node-vm-") && (/^node:/.test(edge.specifier) || /node-vm-/.test(edge.specifier))) {
      problems.push(`${edge.from} (fake-office, bundled by the demo) reaches Node through ${edge.specifier}`);
    }
  }
  return problems;
}

describe("layers", () => {
  const files = ["src", "demo", "bench", "scripts"].flatMap((dir) => filesUnder(join(ROOT, dir)));
  const edges = files.flatMap(importsOf);

  it("reads the imports of every source file", () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.some((e) => e.from === "src/taskpane/index.tsx" && e.specifier === "../office/actions")).toBe(true);
  });

  it("has no import that runs upward", () => {
    expect(layerProblems(edges)).toEqual([]);
  });

  it("catches each kind of violation", () => {
    const problems = layerProblems([
      { from: "src/core/rules/x/index.ts", specifier: "../../../office/async", target: "src/office/async" },
      { from: "src/core/text/y.ts", specifier: "react" },
      { from: "src/core/text/z.ts", specifier: "node:fs" },
      { from: "src/office/service.ts", specifier: "../taskpane/shell/App", target: "src/taskpane/shell/App" },
      { from: "src/office/service.ts", specifier: "../launchevent/handlers", target: "src/launchevent/handlers" },
      { from: "src/taskpane/features/review/ReviewView.tsx", specifier: "../signature/SignatureView", target: "src/taskpane/features/signature/SignatureView" },
      { from: "src/taskpane/features/review/ReviewView.tsx", specifier: "../../../office/actions", target: "src/office/actions" },
      { from: "demo/host/index.tsx", specifier: "../../test/office/fake-mailbox", target: "test/office/fake-mailbox" },
      { from: "src/office/actions.ts", specifier: "../fake-office/mailbox", target: "src/fake-office/mailbox" },
      { from: "src/ports/review.ts", specifier: "../office/service", target: "src/office/service" },
      { from: "src/fake-office/index.ts", specifier: "./node-vm-launchevent", target: "src/fake-office/node-vm-launchevent" },
    ]);
    expect(problems.map((p) => p.split(" ")[0])).toEqual([
      "src/core/rules/x/index.ts",
      "src/core/text/y.ts",
      "src/core/text/z.ts",
      "src/office/service.ts",
      "src/office/service.ts",
      "src/taskpane/features/review/ReviewView.tsx",
      "src/taskpane/features/review/ReviewView.tsx",
      "demo/host/index.tsx",
      "src/office/actions.ts",
      "src/ports/review.ts",
      "src/fake-office/index.ts",
    ]);
  });
});
