/**
 * Several selected messages (the registrar edition's item multi-select):
 * follows Outlook's selection, reads each message where this Outlook can
 * (Mailbox 1.15, one at a time) and works out its diary advice, so the
 * Diarium view can list them and send them to the diary together.
 * With one message or none selected it stays out of the way ("one").
 */
import { useEffect, useRef, useState } from "react";
import { advise, diaryAdvisor, diaryDataOf, mainDiaryAdvice, type DiaryAdviceData, type Profile } from "../../../core";
import { failureOf, type FailureKind, type SelectionPort } from "../../../ports";

export interface SelectedRow {
  readonly itemId: string;
  readonly subject: string;
  /** "reading" until its advice is worked out; "subjectOnly" where Outlook cannot read it; "failed" when reading it failed. */
  readonly status: "reading" | "read" | "subjectOnly" | "failed";
  readonly data?: DiaryAdviceData;
}

export type SelectionState =
  | { readonly status: "one" }
  | { readonly status: "several"; readonly rows: readonly SelectedRow[] }
  | { readonly status: "failed"; readonly failure: FailureKind };

export interface SelectionOptions {
  readonly userEmail?: string;
  /** The mailbox the messages are in, where known (a shared registrar box). */
  readonly mailbox?: string;
  readonly isRegistrar: boolean;
  /** The fallback year for messages without a date. */
  readonly now?: () => number;
  /** Called when the selection is back to one message, or one other than before: the review reads the item again. */
  readonly onSingle?: () => void;
}

const ONE: SelectionState = { status: "one" };

/** How many read messages are remembered, so that adding one to the selection reads only that one. */
const MAX_REMEMBERED = 200;

export function useSelection(port: SelectionPort | undefined, profile: Profile, options: SelectionOptions): SelectionState {
  const [state, setState] = useState<SelectionState>(ONE);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (!port || !profile.diary) return;
    let generation = 0;
    let alive = true;
    let unsubscribe: (() => void) | undefined;
    let wasSeveral = false;
    // The one message last selected: another one alone means the review must read again.
    let single: string | undefined;
    // Messages already read, by id: ticking one more reads one more, not all again.
    const remembered = new Map<string, SelectedRow>();

    const adviceFor = (message: Parameters<typeof advise>[0]): DiaryAdviceData | undefined => {
      const { userEmail, mailbox, isRegistrar, now = Date.now } = latest.current;
      const user = { ...(mailbox ? { mailbox } : {}), ...(userEmail ? { email: userEmail } : {}), ...(isRegistrar ? { isRegistrar: true } : {}) };
      const report = advise(message, profile, { now: now(), user }, { advisors: [diaryAdvisor] });
      return diaryDataOf(mainDiaryAdvice(report.advice)?.data);
    };

    const refresh = async () => {
      const mine = ++generation;
      let selected;
      try {
        selected = await port.selected();
      } catch (error) {
        if (alive && mine === generation) setState({ status: "failed", failure: failureOf(error, "selectionFailed") });
        return;
      }
      if (!alive || mine !== generation) return;
      if (selected.length < 2) {
        setState(ONE);
        const now = selected[0]?.itemId;
        // Back to one, or one other than before: the advice must be of the message Outlook has open.
        if (wasSeveral || (single !== undefined && now !== undefined && now !== single)) latest.current.onSingle?.();
        wasSeveral = false;
        single = now;
        return;
      }
      single = undefined;
      wasSeveral = true;
      const readable = port.canRead();
      let rows: SelectedRow[] = selected.map((s) => remembered.get(s.itemId) ?? { itemId: s.itemId, subject: s.subject, status: readable ? "reading" : "subjectOnly" });
      setState({ status: "several", rows });
      if (!readable) return;
      for (const [i, row] of rows.entries()) {
        if (row.status !== "reading") continue;
        let next: SelectedRow;
        try {
          const message = await port.read(row.itemId);
          const data = adviceFor(message);
          next = data ? { ...row, status: "read", data } : { ...row, status: "failed" };
        } catch {
          next = { ...row, status: "failed" };
        }
        if (!alive || mine !== generation) return;
        if (next.status === "read") {
          if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
          remembered.set(next.itemId, next);
        }
        rows = rows.map((r, j) => (j === i ? next : r));
        setState({ status: "several", rows });
      }
    };

    void port.subscribe(() => void refresh()).then((off) => {
      if (alive) unsubscribe = off;
      else off();
    });
    void refresh();
    return () => {
      alive = false;
      unsubscribe?.();
    };
  }, [port, profile]);

  return state;
}
