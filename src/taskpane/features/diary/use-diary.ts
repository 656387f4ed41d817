/**
 * The diary feature's state: the diary advice for the item being read
 * (worked out in the core from the message the review read), the user's
 * remembered choices, the bar on the item, and carrying an action out.
 * Talks to Outlook only through its ports: DiaryPort for the choices, the
 * mailbox and the bar, ActionPort for the actions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  advise,
  diaryAdvisor,
  diaryDataOf,
  mainDiaryAdvice,
  type Action,
  type Advice,
  type DiaryAdviceData,
  type Locale,
  type MailMessage,
  type Profile,
} from "../../../core";
import { failureOf, type ActionPort, type DiaryPort, type DiaryPreferences, type FailureKind } from "../../../ports";

export type DiaryNotice = { readonly kind: "done"; readonly action: Action } | { readonly kind: "failed"; readonly failure: FailureKind };

export type DiaryState =
  /** No item read yet, or the item is being written. */
  | { readonly status: "idle" }
  /** The profile gives no diary advice. */
  | { readonly status: "none" }
  | { readonly status: "ready"; readonly main: Advice; readonly urgent: Advice | undefined; readonly data: DiaryAdviceData };

export interface Diary {
  readonly state: DiaryState;
  readonly preferences: DiaryPreferences;
  readonly notice: DiaryNotice | undefined;
  /** The action being carried out. */
  readonly busy: Action | undefined;
  /** The mailbox the last item read was in (a shared registrar box, or the user's own). */
  readonly mailbox: string | undefined;
  /** The item's categories (with one Postvakt has just set); undefined where they cannot be read. */
  readonly categories: readonly string[] | undefined;
  perform(action: Action): void;
  /** Remembers the registrar the user picked. */
  chooseRegistrar(address: string): void;
  /** The user says (once) that they work as a registrar, or no longer do. */
  setRegistrar(isRegistrar: boolean): void;
}

export interface DiaryOptions {
  readonly locale: Locale;
  readonly userEmail?: string;
  /** The clock: only the fallback year for a message without a date (the core never reads it itself). */
  readonly now?: () => number;
}

const NO_PREFERENCES: DiaryPreferences = {};

export function useDiary(message: MailMessage | undefined, profile: Profile, actions: ActionPort, port: DiaryPort | undefined, options: DiaryOptions): Diary {
  const { locale, userEmail, now = Date.now } = options;
  const [preferences, setPreferences] = useState<DiaryPreferences>(() => port?.preferences() ?? NO_PREFERENCES);
  const [mailbox, setMailbox] = useState<string | undefined>(undefined);
  const [categories, setCategories] = useState<readonly string[] | undefined>(undefined);
  const [notice, setNotice] = useState<DiaryNotice | undefined>();
  const [busy, setBusy] = useState<Action | undefined>();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const readMessage = message?.mode === "read" ? message : undefined;

  // The mailbox the item is in (a shared registrar box, or the user's own) and its categories, asked once per item.
  useEffect(() => {
    setNotice(undefined);
    setCategories(undefined);
    if (!readMessage || !port) return;
    let current = true;
    void port.mailbox().then((box) => {
      if (current && alive.current) setMailbox(box);
    });
    void port.categories().then((list) => {
      if (current && alive.current) setCategories(list);
    });
    return () => {
      current = false;
    };
  }, [readMessage, port]);

  const state = useMemo<DiaryState>(() => {
    if (!readMessage) return { status: "idle" };
    const user = {
      ...(mailbox ? { mailbox } : {}),
      ...(userEmail ? { email: userEmail } : {}),
      ...(preferences.isRegistrar ? { isRegistrar: true } : {}),
    };
    const report = advise(readMessage, profile, { now: now(), user }, { advisors: [diaryAdvisor] });
    const main = mainDiaryAdvice(report.advice);
    const data = diaryDataOf(main?.data);
    if (!main || !data) return { status: "none" };
    return { status: "ready", main, urgent: report.advice.find((a) => a.tone === "urgent"), data };
    // `now` is read when the advice is worked out; a new clock function is no reason to work it out again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readMessage, profile, mailbox, userEmail, preferences.isRegistrar]);

  // The bar on the item follows the advice: replaced when it changes, taken down for ringa.
  const bar = state.status === "ready" ? state.data.barText?.[locale] : undefined;
  const hasAdvice = state.status === "ready";
  useEffect(() => {
    if (!port || !hasAdvice) return;
    void (bar ? port.showItemBar(bar) : port.clearItemBar());
  }, [port, bar, hasAdvice]);

  const save = useCallback(
    (next: DiaryPreferences) => {
      setPreferences(next);
      if (!port) return;
      port.savePreferences(next).catch((error: unknown) => {
        if (alive.current) setNotice({ kind: "failed", failure: failureOf(error, "settingsSaveFailed") });
      });
    },
    [port],
  );

  const chooseRegistrar = useCallback((address: string) => save({ ...preferences, registrar: address }), [preferences, save]);
  // A new view of the item: what was said of the last action belongs to the old one.
  const setRegistrar = useCallback(
    (isRegistrar: boolean) => {
      setNotice(undefined);
      save({ ...preferences, isRegistrar });
    },
    [preferences, save],
  );

  const perform = useCallback(
    (action: Action) => {
      // Several selected messages have no open item: only a new message of their own or a copy needs none.
      const needsItem = !(action.type === "copyText" || (action.type === "newMessage" && !action.attachCurrentItem));
      if (busy || (needsItem && !readMessage)) return;
      setBusy(action);
      setNotice(undefined);
      actions
        .perform(action, readMessage)
        .then(
          () => {
            if (!alive.current) return;
            setNotice({ kind: "done", action });
            if (action.type === "setCategory") setCategories((list) => [...(list ?? []), action.category]);
          },
          (error: unknown) => {
            if (alive.current) setNotice({ kind: "failed", failure: failureOf(error, action.type === "setCategory" ? "categoryFailed" : "formFailed") });
          },
        )
        .finally(() => {
          if (alive.current) setBusy(undefined);
        });
    },
    [busy, readMessage, actions],
  );

  return { state, preferences, notice, busy, mailbox, categories, perform, chooseRegistrar, setRegistrar };
}
