/**
 * The bar the pane shows on opening after an absence: the reply is still on
 * (one button switches it off), or Postvakt cannot see it (a reminder to
 * check). The shell puts it above every view.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatDate, type Locale } from "../../../core";
import { failureText } from "../../ui/failure-texts";
import type { AbsenceTranslate } from "./texts";
import type { useAbsenceReminder } from "./use-absence-reminder";

export interface AbsenceReminderProps {
  readonly t: AbsenceTranslate;
  readonly locale: Locale;
  readonly reminder: ReturnType<typeof useAbsenceReminder>;
}

export function AbsenceReminder({ t, locale, reminder }: AbsenceReminderProps) {
  const { state, busy, turnOff, dismiss } = reminder;
  // The button is gone once the reply is off: focus goes to the sentence that says so.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "off") doneRef.current?.focus();
  }, [state.status]);
  if (state.status === "none") return null;
  if (state.status === "off") {
    return (
      <MessageBar ref={doneRef} tabIndex={-1} intent="success" layout="multiline" role="status">
        <MessageBarBody>{t("turnedOff")}</MessageBarBody>
      </MessageBar>
    );
  }
  const end = formatDate(state.record.end.date, locale, { weekday: "long" });
  if (state.status === "checkReply") {
    return (
      <MessageBar intent="info" layout="multiline" aria-label={t("reminderLabel")}>
        <MessageBarBody>{t("reminderCheck", { end })}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => void dismiss()}>
            {t("reminderDone")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={state.status === "failed" ? "error" : "warning"} layout="multiline" aria-label={t("reminderLabel")}>
      <MessageBarBody>
        {t("reminderOn", { end })}
        {state.status === "failed" ? ` ${failureText(state.failure, locale)}` : ""}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabledFocusable={busy} icon={busy ? <Spinner size="extra-tiny" /> : undefined} onClick={() => void turnOff()}>
          {busy ? t("turningOff") : t("turnOff")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
