/**
 * The task pane's state machine: read the item, lint it, re-check on item and
 * recipient events, poll the body while composing (there is no body-changed
 * event), apply fixes. Talks to Outlook only through the PostvaktService.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { decide, isInsertSignatureFix, lint, type Finding, type InsertSignatureFix, type LintReport, type Locale, type MailMessage, type Profile, type Verdict } from "../core";
import { ServiceError, type FailureKind, type PostvaktService } from "./service";

export type ReviewState =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly failure: FailureKind }
  | {
      readonly status: "ready";
      readonly message: MailMessage;
      readonly report: LintReport;
      readonly verdict: Verdict;
    };

/** What happened to the last fix, for a short notice under the verdict. */
export type FixNotice = { readonly kind: "done"; readonly fixKind: string } | { readonly kind: "failed"; readonly failure: FailureKind };

export interface Review {
  readonly state: ReviewState;
  /** A check is running (the previous result stays visible meanwhile). */
  readonly checking: boolean;
  readonly fixNotice: FixNotice | undefined;
  /** The finding whose fix is being applied. */
  readonly fixing: Finding | undefined;
  recheck(): void;
  applyFix(finding: Finding): void;
}

export interface ReviewOptions {
  readonly locale: Locale;
  readonly userEmail?: string;
  /** How often the body is polled while composing, in ms. */
  readonly pollMs?: number;
  /**
   * Applies an "insertSignature" fix (it needs the user's details, which the
   * PostvaktService does not hold). Rejects with a ServiceError. Without it
   * such fixes are not applied.
   */
  readonly applySignatureFix?: (fix: InsertSignatureFix, message: MailMessage) => Promise<void>;
}

function failureOf(error: unknown, fallback: FailureKind): FailureKind {
  return error instanceof ServiceError ? error.kind : fallback;
}

function pageVisible(): boolean {
  return typeof document === "undefined" || document.visibilityState !== "hidden";
}

export function useReview(service: PostvaktService, profile: Profile, options: ReviewOptions): Review {
  const { locale, userEmail, pollMs = 800, applySignatureFix } = options;
  const [state, setState] = useState<ReviewState>({ status: "loading" });
  const [checking, setChecking] = useState(false);
  const [fixNotice, setFixNotice] = useState<FixNotice | undefined>();
  const [fixing, setFixing] = useState<Finding | undefined>();

  // Checks never overlap: a request during a check runs once more afterwards.
  const running = useRef(false);
  const pending = useRef(false);
  const lastKey = useRef<string | undefined>(undefined);
  const alive = useRef(true);

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
            report = lint(message, profile, { locale, ...(userEmail ? { userEmail } : {}) });
          } catch {
            throw new ServiceError("checkFailed");
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
  }, [service, profile, locale, userEmail]);

  useEffect(() => {
    alive.current = true;
    void check();
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void service
      .subscribe(() => {
        setFixNotice(undefined);
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
    setFixNotice(undefined);
    void check();
  }, [check]);

  const applyFix = useCallback(
    (finding: Finding) => {
      if (state.status !== "ready" || !finding.fix || fixing) return;
      const fix = finding.fix;
      if (isInsertSignatureFix(fix) && !applySignatureFix) return;
      const message = state.message;
      setFixing(finding);
      setFixNotice(undefined);
      const applied = isInsertSignatureFix(fix) && applySignatureFix ? applySignatureFix(fix, message) : service.applyFix(fix, message);
      applied
        .then(
          () => setFixNotice({ kind: "done", fixKind: fix.kind }),
          (error: unknown) => setFixNotice({ kind: "failed", failure: failureOf(error, "fixFailed") }),
        )
        .finally(() => {
          setFixing(undefined);
          void check();
        });
    },
    [state, fixing, service, check, applySignatureFix],
  );

  return { state, checking, fixNotice, fixing, recheck, applyFix };
}
