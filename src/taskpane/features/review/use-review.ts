/**
 * The review's state machine: read the item, lint it, re-check on item and
 * recipient events, poll the body while composing (there is no body-changed
 * event), carry out a finding's action. Talks to Outlook only through its
 * ports: ReviewPort for the item, ActionPort for the actions.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { decide, lint, type Action, type Finding, type LintReport, type LintUser, type Locale, type MailMessage, type Profile, type Verdict } from "../../../core";
import { PostvaktError, failureOf, type ActionPort, type FailureKind, type ReviewPort } from "../../../ports";

export type ReviewState =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly failure: FailureKind }
  | {
      readonly status: "ready";
      readonly message: MailMessage;
      readonly report: LintReport;
      readonly verdict: Verdict;
    };

/** What happened to the last action, for a short notice under the verdict. */
export type ActionNotice = { readonly kind: "done"; readonly action: Action } | { readonly kind: "failed"; readonly failure: FailureKind };

export interface Review {
  readonly state: ReviewState;
  /** A check is running (the previous result stays visible meanwhile). */
  readonly checking: boolean;
  readonly notice: ActionNotice | undefined;
  /** The finding whose action is being carried out. */
  readonly busy: { readonly finding: Finding | undefined; readonly action: Action } | undefined;
  recheck(): void;
  /** Carries out an action of a finding (or of several: `finding` undefined). */
  perform(finding: Finding | undefined, action: Action): void;
}

export interface ReviewOptions {
  readonly locale: Locale;
  readonly user?: LintUser;
  /** How often the body is polled while composing, in ms. */
  readonly pollMs?: number;
  /**
   * An action failed in a way another view resolves (the signature's details
   * are missing): the shell opens that view. Returns true when it did, and
   * the review then shows no failure of its own.
   */
  readonly onNeedsView?: (failure: FailureKind) => boolean;
  /** The clock, for rules about time (the core never reads it itself). */
  readonly now?: () => number;
}

function pageVisible(): boolean {
  return typeof document === "undefined" || document.visibilityState !== "hidden";
}

export function useReview(service: ReviewPort, actions: ActionPort, profile: Profile, options: ReviewOptions): Review {
  const { locale, user, pollMs = 800, onNeedsView, now = Date.now } = options;
  const [state, setState] = useState<ReviewState>({ status: "loading" });
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState<ActionNotice | undefined>();
  const [busy, setBusy] = useState<Review["busy"]>();

  // Checks never overlap: a request during a check runs once more afterwards.
  const running = useRef(false);
  const pending = useRef(false);
  const lastKey = useRef<string | undefined>(undefined);
  const alive = useRef(true);
  const userKey = JSON.stringify(user ?? {});

  const check = useCallback(async () => {
    if (running.current) {
      pending.current = true;
      return;
    }
    running.current = true;
    setChecking(true);
    try {
      do {
        pending.current = false;
        try {
          const key = service.isCompose() ? await service.changeKey() : undefined;
          const message = await service.readItem();
          let report: LintReport;
          try {
            report = lint(message, profile, { locale, now: now(), ...(user ? { user } : {}) });
          } catch {
            throw new PostvaktError("checkFailed");
          }
          lastKey.current = key;
          if (alive.current) setState({ status: "ready", message, report, verdict: decide(report, profile.send) });
        } catch (error) {
          lastKey.current = undefined;
          if (alive.current) setState({ status: "error", failure: failureOf(error, "readFailed") });
        }
      } while (pending.current && alive.current);
    } finally {
      running.current = false;
      if (alive.current) setChecking(false);
    }
    // userKey stands for `user`: a new object with the same facts is no reason to check again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, profile, locale, userKey, now]);

  useEffect(() => {
    alive.current = true;
    void check();
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void service
      .subscribe(() => {
        setNotice(undefined);
        void check();
      })
      .then((off) => {
        if (disposed) off();
        else unsubscribe = off;
      });

    // Polling: cheap (subject and body text only), only while the pane is
    // visible, and slower when reading the body is slow (a very long body):
    // the next poll waits at least four times as long as the last one took.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const schedule = (delay: number) => {
      if (!stopped) timer = setTimeout(poll, delay);
    };
    const poll = () => {
      if (running.current || !pageVisible() || !service.isCompose()) return schedule(pollMs);
      const started = Date.now();
      service
        .changeKey()
        .then((key) => {
          if (key !== lastKey.current) void check();
        })
        .catch(() => undefined /* the next check shows the failure */)
        .finally(() => schedule(Math.max(pollMs, 4 * (Date.now() - started))));
    };
    schedule(pollMs);

    return () => {
      disposed = true;
      stopped = true;
      alive.current = false;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [service, check, pollMs]);

  const recheck = useCallback(() => {
    setNotice(undefined);
    void check();
  }, [check]);

  const perform = useCallback(
    (finding: Finding | undefined, action: Action) => {
      if (state.status !== "ready" || busy) return;
      const message = state.message;
      setBusy({ finding, action });
      setNotice(undefined);
      actions
        .perform(action, message)
        .then(
          () => setNotice({ kind: "done", action }),
          (error: unknown) => {
            const failure = failureOf(error, "bodyChangeFailed");
            if (!onNeedsView?.(failure)) setNotice({ kind: "failed", failure });
          },
        )
        .finally(() => {
          setBusy(undefined);
          void check();
        });
    },
    [state, busy, actions, check, onNeedsView],
  );

  return { state, checking, notice, busy, recheck, perform };
}
