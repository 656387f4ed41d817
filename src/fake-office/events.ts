/**
 * `addHandlerAsync` / `removeHandlerAsync` and the events Outlook raises:
 * handlers are called later (never inside the change that raised them), one
 * argument each, `{ type, … }`.
 */
import { later } from "./async";

export type EventHandler = (args: unknown) => void;

export class HandlerTable {
  private readonly handlers = new Map<string, EventHandler[]>();

  add(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** office.js removes every handler of the type. */
  remove(type: string): void {
    this.handlers.delete(type);
  }

  count(type: string): number {
    return this.handlers.get(type)?.length ?? 0;
  }

  emit(type: string, args: unknown): void {
    for (const handler of this.handlers.get(type) ?? []) later(() => handler(args));
  }
}
