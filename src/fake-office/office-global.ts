/**
 * The `Office` global over a FakeOffice: the enums Postvakt reads,
 * `context`, `actions.associate` (event-based activation) and `onReady`.
 * `installOfficeGlobal` puts it on `globalThis` (or another scope) for code
 * that runs from source; the built launchevent.js gets it through the vm
 * runtime (node-vm-launchevent.ts) or, in the demo, on the host window.
 */
import { ASYNC_RESULT_STATUS, COERCION_TYPE, EVENT_TYPE, MAILBOX_ENUMS } from "./enums";
import type { FakeOffice } from "./fake-office";
import type { FakeMailboxEvent } from "./smart-alerts";

export interface FakeOfficeGlobal {
  readonly AsyncResultStatus: typeof ASYNC_RESULT_STATUS;
  readonly CoercionType: typeof COERCION_TYPE;
  readonly EventType: typeof EVENT_TYPE;
  readonly MailboxEnums: typeof MAILBOX_ENUMS;
  readonly context: FakeOffice["context"];
  readonly actions: { associate(name: string, handler: (event: FakeMailboxEvent) => unknown): void };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export function createOfficeGlobal(fake: FakeOffice): FakeOfficeGlobal {
  const info = { host: "Outlook", platform: "OfficeOnline" };
  return {
    AsyncResultStatus: ASYNC_RESULT_STATUS,
    CoercionType: COERCION_TYPE,
    EventType: EVENT_TYPE,
    MailboxEnums: MAILBOX_ENUMS,
    get context() {
      return fake.context;
    },
    actions: {
      associate: (name, handler) => fake.launchEvents.associate(name, handler),
    },
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}

/** Sets `scope.Office` to the fake's global; returns a function that puts back what was there. */
export function installOfficeGlobal(fake: FakeOffice, scope: object = globalThis): () => void {
  const target = scope as { Office?: unknown };
  const had = Object.prototype.hasOwnProperty.call(target, "Office");
  const previous = target.Office;
  target.Office = fake.office;
  return () => {
    if (had) target.Office = previous;
    else delete target.Office;
  };
}
