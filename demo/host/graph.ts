/**
 * The demo's Microsoft 365: the simulated Graph (src/fake-office/graph.ts)
 * the host page holds as `window.postvaktDemo.graph`, set up by `?graph=`,
 * and what of the simulated mailbox lives on when the page reloads.
 *
 * `?graph=`:
 *  - `on` (the default): Outlook supports NestedAppAuth 1.1 and the user may
 *    consent, so Postvakt reads and sets the replies itself;
 *  - `off`: an older Outlook without nested app authentication: the pane
 *    offers the texts to copy and Outlook's own dialog, and calls nothing;
 *  - `consent`: only an administrator may consent, and has not: every token
 *    is refused (AADSTS90094);
 *  - `busy`: Graph answers every request with 429 and Retry-After: 30.
 *
 * The mailbox is the server's, so like a real one it outlives the program:
 * the simulated Graph's state and the add-in's roaming settings are kept in
 * the tab's sessionStorage across reloads (a new clock, another Outlook,
 * another `graph` mode). A new tab, or "Börja om", starts from the seeded
 * mailbox. The draft and the incoming items are not kept.
 */
import { FakeGraph, type FakeOffice } from "../../src/fake-office";

export const GRAPH_MODES = [
  { value: "on", label: "på" },
  { value: "off", label: "av (äldre Outlook utan NAA)" },
  { value: "consent", label: "fel: samtycke nekat" },
  { value: "busy", label: "fel: upptaget (429)" },
] as const;

export type GraphMode = (typeof GRAPH_MODES)[number]["value"];

/** The mode `?graph=` asks for ("on" when it names none the demo has). */
export function graphMode(search: string): GraphMode {
  const asked = new URLSearchParams(search).get("graph");
  return GRAPH_MODES.find((m) => m.value === asked)?.value ?? "on";
}

export const GRAPH_MODE: GraphMode = graphMode(window.location.search);

/** Seconds the `busy` mode's Retry-After asks for: longer than the client waits, so the user is told at once. */
export const BUSY_RETRY_AFTER = 30;

/** Each demo user (Anna, or Maja the registrar, `?user=`) has a mailbox of her own. */
const KEY_PREFIX = "postvakt-demo.";
const graphKey = (email: string) => `${KEY_PREFIX}graph.${email}`;
const roamingKey = (email: string) => `${KEY_PREFIX}roaming.${email}`;

type DemoUser = { readonly emailAddress: string; readonly displayName: string };

function load(key: string): unknown {
  try {
    const text = window.sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

let discarding = false;

function store(key: string, value: unknown): void {
  if (discarding) return;
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off: the demo then starts afresh on a reload.
  }
}

/** The simulated Outlook's options for this mode and the kept mailbox: NestedAppAuth 1.1 only with Graph on, the saved roaming settings. */
export function demoMailboxOptions(user: DemoUser, mode: GraphMode = GRAPH_MODE): { requirementSets: Record<string, string>; roaming?: Record<string, unknown> } {
  const roaming = load(roamingKey(user.emailAddress));
  return {
    requirementSets: mode === "off" ? {} : { NestedAppAuth: "1.1" },
    ...(roaming && typeof roaming === "object" && !Array.isArray(roaming) ? { roaming: roaming as Record<string, unknown> } : {}),
  };
}

/** The simulated Graph for this mode, from the kept state, saving every change. */
export function createDemoGraph(user: DemoUser, mode: GraphMode = GRAPH_MODE): FakeGraph {
  // A short delay, so a demo user sees the pane wait for Graph as it would.
  const graph = new FakeGraph({ user, state: load(graphKey(user.emailAddress)), consent: mode === "consent" ? "refused" : "user", latencyMs: 60 });
  if (mode === "busy") graph.inject({ status: 429, retryAfter: BUSY_RETRY_AFTER });
  graph.onChange(() => store(graphKey(user.emailAddress), graph.state));
  return graph;
}

/** Keeps the roaming settings (as saved) when the page goes, for the next load of this tab. */
export function keepRoamingAcrossReloads(mailbox: FakeOffice, user: DemoUser): void {
  window.addEventListener("pagehide", () => store(roamingKey(user.emailAddress), mailbox.savedRoaming));
}

/** Forgets the kept mailbox and reloads: the seeded tenant, no roaming settings. */
export function startOver(): void {
  discarding = true;
  try {
    const keys = Array.from({ length: window.sessionStorage.length }, (_, i) => window.sessionStorage.key(i) ?? "");
    for (const key of keys) if (key.startsWith(KEY_PREFIX)) window.sessionStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
  window.location.reload();
}

/** Reloads the page with another `graph` mode (the mailbox is kept). */
export function reloadWithGraph(mode: GraphMode): void {
  const url = new URL(window.location.href);
  if (mode === "on") url.searchParams.delete("graph");
  else url.searchParams.set("graph", mode);
  window.location.assign(url.toString());
}
