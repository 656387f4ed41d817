/**
 * `Office.context.roamingSettings`: get/set/remove on an in-memory copy,
 * `saveAsync` stores it. As in office.js, each value is serialised as JSON
 * and the whole set may not exceed 32 KB (32,768 characters) once
 * serialised; beyond that `saveAsync` fails with 9019 GenericSettingsError
 * and nothing is stored.
 */
import type { CallRunner } from "./async";
import { OFFICE_ERRORS, OfficeError } from "./errors";

export const ROAMING_SETTINGS_LIMIT = 32 * 1024;

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export class RoamingStore {
  /** What a task pane opened now would load. */
  saved: Record<string, unknown>;
  private working: Record<string, unknown>;

  constructor(initial: Record<string, unknown> = {}) {
    this.saved = copy(initial) as Record<string, unknown>;
    this.working = copy(initial) as Record<string, unknown>;
  }

  surface(runner: CallRunner): Office.RoamingSettings {
    const settings = {
      get: (name: string): unknown => copy(this.working[name]),
      set: (name: string, value: unknown) => {
        this.working[name] = copy(value);
      },
      remove: (name: string) => {
        delete this.working[name];
      },
      saveAsync: (...rest: unknown[]) =>
        runner.run("roamingSettings.saveAsync", rest, () => {
          const serialised: Record<string, string> = {};
          for (const [key, value] of Object.entries(this.working)) if (value !== undefined) serialised[key] = JSON.stringify(value);
          if (JSON.stringify(serialised).length > ROAMING_SETTINGS_LIMIT) throw new OfficeError(OFFICE_ERRORS.GenericSettingsError);
          this.saved = copy(this.working) as Record<string, unknown>;
          return undefined;
        }),
    };
    return settings as unknown as Office.RoamingSettings;
  }
}
