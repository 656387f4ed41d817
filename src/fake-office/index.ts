/**
 * A fake of the office.js Outlook API, for Postvakt's tests, demo and
 * benchmarks; production code never imports it (test/fake-office checks).
 *
 *   const fake = new FakeOffice({ item: composeItem({ body: "Hej", to: ["a@b.se"] }), mailboxVersion: "1.13" });
 *   const uninstall = installOfficeGlobal(fake);   // Office.context.mailbox.item …
 *
 * Modules: enums (office.js values), errors (Office errors and argument
 * exceptions), requirements (Mailbox sets), async (the calling convention,
 * call log, failure injection), state (item data), items (the item objects),
 * notifications, roaming, events, forms, smart-alerts (launch events and
 * what a Smart Alerts dialog shows), fake-office (the client), office-global
 * (the `Office` object), graph (a simulated Microsoft Graph with its token
 * broker, for the features that call Graph) and graph-time (its time zones). node-vm-launchevent (Node only, not exported here)
 * runs the built dist/launchevent.js in a bare vm context.
 */
export * from "./async";
export * from "./enums";
export * from "./errors";
export * from "./events";
export * from "./fake-office";
export * from "./forms";
export * from "./graph";
export * from "./graph-time";
export * from "./html";
export * from "./items";
export * from "./notifications";
export * from "./office-global";
export * from "./requirements";
export * from "./roaming";
export * from "./smart-alerts";
export * from "./state";
