/**
 * The reminder to switch the reply off, for the shell to show when the pane
 * opens: after an absence planned here, with the reply still on. The look at
 * the reply never opens a sign-in window (AbsencePort.replyStateQuietly).
 */
import { useCallback, useEffect, useState } from "react";
import { absenceReminder, type AbsenceRecord, type Reminder } from "../../../core";
import { failureOf, type AbsencePort, type FailureKind } from "../../../ports";

export type ReminderState =
  | { readonly status: "none" }
  | { readonly status: Exclude<Reminder, "none">; readonly record: AbsenceRecord }
  | { readonly status: "off" }
  | { readonly status: "failed"; readonly record: AbsenceRecord; readonly failure: FailureKind };

export function useAbsenceReminder(port: AbsencePort | undefined, now: () => number) {
  const [state, setState] = useState<ReminderState>({ status: "none" });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    const record = port?.loadRecord();
    if (!port || !record || absenceReminder(record, { status: "alwaysEnabled" }, now()) === "none") return;
    void port.replyStateQuietly().then((reply) => {
      if (!alive) return;
      const reminder = absenceReminder(record, reply, now());
      if (reminder === "none") void port.saveRecord(undefined).catch(() => undefined);
      else setState({ status: reminder, record });
    });
    return () => {
      alive = false;
    };
  }, [port, now]);

  const turnOff = useCallback(async () => {
    if (!port || (state.status !== "replyStillOn" && state.status !== "failed")) return;
    const record = state.record;
    setBusy(true);
    try {
      await port.turnOffReply();
      await port.saveRecord(undefined).catch(() => undefined);
      setState({ status: "off" });
    } catch (error) {
      setState({ status: "failed", record, failure: failureOf(error, "graphUnavailable") });
    } finally {
      setBusy(false);
    }
  }, [port, state]);

  const dismiss = useCallback(async () => {
    setState({ status: "none" });
    await port?.saveRecord(undefined).catch(() => undefined);
  }, [port]);

  return { state, busy, turnOff, dismiss };
}
