/**
 * Runs inside the demo's task pane iframe, after the real office.js and
 * before the task pane bundle. Outside Office, office.js leaves
 * `Office.context` empty and lacks the enum values Outlook's host script adds
 * (checked in Chromium: onReady resolves with host null). This gives the real
 * `Office.context` the simulated mailbox of the host page around the iframe
 * (a FakeOffice from src/fake-office), and the Outlook enum values, so the
 * task pane runs unchanged. It also hands the pane the host's simulated
 * Microsoft Graph (`window.postvaktDemoGraph`, see demo/host/graph.ts), which
 * the demo build's composition root uses where the simulated Outlook reports
 * NestedAppAuth 1.1. Opened on its own (no demo host around it), it does
 * nothing.
 */
import { COERCION_TYPE, EVENT_TYPE, MAILBOX_ENUMS, type FakeGraph, type FakeOffice } from "../src/fake-office";
import { installDemoClock } from "./clock";

type Writable = Record<string, unknown>;

function hostDemo(): { mailbox?: FakeOffice; graph?: FakeGraph } | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as { postvaktDemo?: { mailbox?: FakeOffice; graph?: FakeGraph } }).postvaktDemo;
  } catch {
    return undefined; // another origin
  }
}

function addMissing(target: Writable | undefined, values: Readonly<Record<string, unknown>>): void {
  if (!target) return;
  for (const [key, value] of Object.entries(values)) if (!(key in target)) target[key] = value;
}

function install(fake: FakeOffice): void {
  addMissing(Office.CoercionType as unknown as Writable, COERCION_TYPE);
  addMissing(Office.EventType as unknown as Writable, EVENT_TYPE);
  const office = Office as unknown as Writable;
  if (!office.MailboxEnums) office.MailboxEnums = MAILBOX_ENUMS;
  const context = Office.context as unknown as Writable | null | undefined;
  // Before office.js has initialised, Office.context is not an object yet.
  if (!context || typeof context !== "object") return;
  const simulated = fake.context;
  for (const key of ["mailbox", "displayLanguage", "officeTheme", "roamingSettings"] as const) {
    Object.defineProperty(context, key, { configurable: true, enumerable: true, get: () => simulated[key] });
  }
  Object.defineProperty(context, "requirements", { configurable: true, enumerable: true, value: simulated.requirements });
}

const fake = hostDemo()?.mailbox;
if (fake) installDemoClock(window.location.search); // the host's clock, passed on in the iframe's URL
// The host's simulated Microsoft 365, for the demo build's composition root (src/taskpane/index.tsx).
// Whether the pane may use it is still Outlook's to say: NestedAppAuth 1.1 in the requirements.
const graph = hostDemo()?.graph;
if (fake && graph) (window as unknown as { postvaktDemoGraph?: unknown }).postvaktDemoGraph = { fetch: graph.fetch, broker: graph.broker };
if (fake && typeof Office !== "undefined") {
  // office.js in an iframe with no Office host around it navigates itself to
  // about:blank once initialised, unless the page defines `OsfOptOut`. It
  // checks after loading its helper script, so setting it here is in time.
  (window as unknown as { OsfOptOut?: boolean }).OsfOptOut = true;
  install(fake);
  // office.js builds its context while initialising: install (again) before the task pane's own onReady runs.
  void Office.onReady().then(() => install(fake));
}
