/**
 * The Frånvaro view's state: the form, the plan and the texts made from it
 * (or the user's own edit), the checks on those texts, the mailbox
 * arrangements, and saving. Talks to Outlook only through its ports.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import {
  absenceEventSubject,
  absenceOperations,
  bookByDefault,
  checkAbsenceMessage,
  checkArrangements,
  formatIsoDate,
  nextWorkingDay,
  parseIsoDate,
  parseWallTime,
  periodProblem,
  planProblems,
  renderAbsenceTexts,
  replyAnswersNow,
  returnWords,
  stockholmDate,
  type AbsenceCheck,
  type AbsenceContact,
  type AbsenceForwarding,
  type AbsencePeriod,
  type AbsencePlan,
  type Arrangement,
  type ForwardingRuleFact,
  type Locale,
  type ManualArrangement,
  type PlanProblem,
  type Profile,
  type WallDateTime,
} from "../../../core";
import { PartlyDoneError, failureOf, type AbsencePort, type ActionPort, type CurrentReply, type DirectoryPerson, type FailureKind } from "../../../ports";

/** Swedish time in Windows' naming: what a mailbox without a time zone gets. */
export const FALLBACK_TIME_ZONE = "W. Europe Standard Time";

export interface AbsenceForm {
  readonly kindId: string;
  readonly fromDate: string;
  readonly fromTime: string;
  readonly toDate: string;
  readonly toTime: string;
  /** "colleague", "switchboard" or "mailbox:<address>". */
  readonly contact: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly forwarding: AbsenceForwarding["kind"];
  readonly forwardTo: string;
  readonly english: boolean;
  /** Undefined: the profile's default for the kind (on where it has a phone code). */
  readonly book?: boolean;
}

export type Outcome =
  | { readonly kind: "saved"; readonly booking: "created" | "exists" | "none"; readonly subject: string; readonly existing?: string }
  | { readonly kind: "partlyDone"; readonly failure: FailureKind; readonly subject: string }
  | { readonly kind: "failed"; readonly failure: FailureKind }
  | { readonly kind: "kept" }
  | { readonly kind: "copied" }
  | { readonly kind: "copyFailed" }
  | { readonly kind: "willRemind" }
  | { readonly kind: "fixForm" };

export type Busy = "save" | "booking" | "rules" | "search" | "remind" | undefined;

export function defaultForm(profile: Profile, now: number): AbsenceForm {
  const day = formatIsoDate(nextWorkingDay(stockholmDate(now)));
  const absence = profile.absence;
  return {
    kindId: absence?.kinds[0]?.id ?? "",
    fromDate: day,
    fromTime: "00:00",
    toDate: day,
    toTime: "23:59",
    contact: absence?.switchboard ? "switchboard" : "colleague",
    name: "",
    phone: "",
    email: "",
    forwarding: "none",
    forwardTo: "",
    english: absence?.englishByDefault ?? false,
  };
}

function wall(date: string, time: string): WallDateTime | undefined {
  const d = parseIsoDate(date);
  const t = parseWallTime(time);
  return d && t ? { date: d, time: t } : undefined;
}

/** The form as a period, or undefined where its dates or times cannot be read. */
export function periodOf(form: AbsenceForm): AbsencePeriod | undefined {
  const start = wall(form.fromDate, form.fromTime);
  const end = wall(form.toDate, form.toTime);
  return start && end ? { start, end } : undefined;
}

function contactOf(form: AbsenceForm): AbsenceContact {
  if (form.contact === "switchboard") return { kind: "switchboard" };
  if (form.contact.startsWith("mailbox:")) return { kind: "functionMailbox", address: form.contact.slice("mailbox:".length) };
  return {
    kind: "colleague",
    name: form.name,
    ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
    ...(form.email.trim() ? { email: form.email.trim() } : {}),
  };
}

function forwardingOf(form: AbsenceForm): AbsenceForwarding {
  if (form.forwarding === "address") return { kind: "address", address: form.forwardTo.trim() };
  return { kind: form.forwarding };
}

/** The plan the form describes, where its period can be read. */
export function planOf(form: AbsenceForm): AbsencePlan | undefined {
  const period = periodOf(form);
  if (!period) return undefined;
  return { kindId: form.kindId, period, contact: contactOf(form), forwarding: forwardingOf(form), english: form.english };
}

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

export interface UseAbsenceOptions {
  readonly profile: Profile;
  readonly port: AbsencePort;
  readonly actions: ActionPort;
  readonly locale: Locale;
  readonly now: () => number;
  readonly userEmail?: string;
}

export function useAbsence({ profile, port, actions, locale, now, userEmail }: UseAbsenceOptions) {
  const [form, setForm] = useState<AbsenceForm>(() => defaultForm(profile, now()));
  const [edited, setEdited] = useState<{ internal?: string; external?: string }>({});
  const [rules, setRules] = useState<readonly ForwardingRuleFact[] | undefined>();
  const [rulesFailure, setRulesFailure] = useState<FailureKind | undefined>();
  const [ticked, setTicked] = useState<ReadonlySet<ManualArrangement>>(new Set());
  const [busy, setBusy] = useState<Busy>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [replace, setReplace] = useState<CurrentReply | undefined>();
  const [attempted, setAttempted] = useState(false);
  // The texts to copy and the guide: always without Graph, and once saving through it failed.
  const [manualOffered, setManualOffered] = useState(!port.graph);
  const [people, setPeople] = useState<readonly DirectoryPerson[] | undefined>();
  const [searchFailure, setSearchFailure] = useState<FailureKind | "short" | undefined>();
  const pendingBooking = useRef<{ operations: Parameters<AbsencePort["save"]>[0] } | undefined>(undefined);

  const plan = useMemo(() => planOf(form), [form]);
  const problems: PlanProblem[] = useMemo(() => {
    if (!plan) return [{ field: "period", text: { sv: "Fyll i datum och klockslag för när du är borta.", en: "Fill in the dates and times you are away." } }];
    return planProblems(plan, profile);
  }, [plan, profile]);
  const usable = !!plan && !periodProblem(plan.period);
  const generated = useMemo(() => (plan && usable ? renderAbsenceTexts(plan, profile) : { internal: "", external: "" }), [plan, usable, profile]);
  const texts = { internal: edited.internal ?? generated.internal, external: edited.external ?? generated.external };
  const isEdited = edited.internal !== undefined || edited.external !== undefined;

  const internalCheck: AbsenceCheck = useMemo(() => checkAbsenceMessage(texts.internal, profile, { locale }), [texts.internal, profile, locale]);
  const externalCheck: AbsenceCheck = useMemo(() => checkAbsenceMessage(texts.external, profile, { locale }), [texts.external, profile, locale]);

  const book = form.book ?? bookByDefault({ kindId: form.kindId }, profile);
  const subject = absenceEventSubject({ kindId: form.kindId }, profile);
  const returnText = plan && usable ? returnWords(plan.period, locale) : undefined;

  const arrangements: Arrangement[] = useMemo(
    () => (plan && usable ? checkArrangements({ plan, ...(rules ? { rules } : { rulesNotReadYet: !!port.graph && !rulesFailure }), ticked, ...(userEmail ? { userEmail } : {}) }, profile) : []),
    [plan, usable, rules, rulesFailure, port.graph, ticked, userEmail, profile],
  );

  const update = useCallback((patch: Partial<AbsenceForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setOutcome(undefined);
  }, []);

  const editText = (which: "internal" | "external", value: string) => setEdited((current) => ({ ...current, [which]: value }));
  const rewrite = () => setEdited({});

  const tick = (item: ManualArrangement, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(item);
      else next.delete(item);
      return next;
    });

  const readRules = async () => {
    setBusy("rules");
    setRulesFailure(undefined);
    try {
      setRules(await port.forwardingRules());
    } catch (error) {
      setRules(undefined);
      setRulesFailure(failureOf(error, "graphUnavailable"));
    } finally {
      setBusy(undefined);
    }
  };

  const search = async () => {
    setPeople(undefined);
    setSearchFailure(undefined);
    if (form.name.trim().length < 2) {
      setSearchFailure("short");
      return;
    }
    setBusy("search");
    try {
      setPeople(await port.searchDirectory(form.name));
    } catch (error) {
      setSearchFailure(failureOf(error, "graphUnavailable"));
    } finally {
      setBusy(undefined);
    }
  };

  const pick = (person: DirectoryPerson) => {
    update({ name: person.name, phone: person.phone ?? "", email: person.email ?? "" });
    setPeople(undefined);
  };

  const remember = async (via: "graph" | "manual") => {
    if (!plan) return;
    try {
      await port.saveRecord({ end: plan.period.end, via });
    } catch {
      // The reminder is a help: without it the reply still ends on schedule.
    }
  };

  /** Saves the reply (after showing an active one), then books the calendar unless it is booked already. */
  const save = async (confirmedReplace = false) => {
    setAttempted(true);
    setOutcome(undefined);
    if (!plan || problems.length > 0) {
      setOutcome({ kind: "fixForm" });
      return;
    }
    setBusy("save");
    try {
      const mailbox = await port.readMailbox();
      const current = mailbox.reply;
      // On now, or scheduled to answer later: either way it would be overwritten.
      const active = current.status !== "disabled" && replyAnswersNow(current, now());
      if (!confirmedReplace && active && !(same(current.internalText, texts.internal) && same(current.externalText, texts.external))) {
        setReplace(current);
        return;
      }
      setReplace(undefined);
      const timeZone = mailbox.timeZone ?? FALLBACK_TIME_ZONE;
      let booking: "created" | "exists" | "none" = book ? "created" : "none";
      let existingSubject: string | undefined;
      if (book) {
        const operationsOf = absenceOperations(plan, texts, profile, timeZone, true);
        const event = operationsOf[1];
        if (event?.operation === "createAbsenceEvent") {
          // A failed look does not stop the reply: the booking is then tried, and says itself what is wrong.
          const existing = await port.findBookings(event.event.start.dateTime, event.event.end.dateTime, timeZone).catch(() => []);
          const code = subject.includes(":") ? subject.slice(0, subject.indexOf(":") + 1) : undefined;
          const found = existing.find((b) => !b.isAllDay && !b.isPrivate && (code ? b.subject.trim().toUpperCase().startsWith(code.toUpperCase()) : b.showAs === "oof"));
          if (found) {
            booking = "exists";
            existingSubject = found.subject;
          }
        }
      }
      const operations = absenceOperations(plan, texts, profile, timeZone, booking === "created");
      try {
        await port.save(operations);
      } catch (error) {
        if (error instanceof PartlyDoneError) {
          pendingBooking.current = { operations: operations.filter((o) => o.operation === "createAbsenceEvent") };
          await remember("graph");
          setOutcome({ kind: "partlyDone", failure: error.kind, subject });
          return;
        }
        throw error;
      }
      await remember("graph");
      setOutcome({ kind: "saved", booking, subject, ...(existingSubject !== undefined ? { existing: existingSubject } : {}) });
    } catch (error) {
      setOutcome({ kind: "failed", failure: failureOf(error, "graphUnavailable") });
      setManualOffered(true);
    } finally {
      setBusy(undefined);
    }
  };

  const keep = () => {
    setReplace(undefined);
    setOutcome({ kind: "kept" });
  };

  const retryBooking = async () => {
    const pending = pendingBooking.current;
    if (!pending) return;
    setBusy("booking");
    try {
      await port.save(pending.operations);
      pendingBooking.current = undefined;
      setOutcome({ kind: "saved", booking: "created", subject });
    } catch (error) {
      setOutcome({ kind: "partlyDone", failure: failureOf(error, "graphUnavailable"), subject });
    } finally {
      setBusy(undefined);
    }
  };

  const copy = async (which: "internal" | "external") => {
    const action = { type: "copyText" as const, id: `copy-${which}`, title: { sv: "Kopiera", en: "Copy" }, text: texts[which] };
    if (!actions.canPerform(action)) {
      setOutcome({ kind: "copyFailed" });
      return;
    }
    try {
      await actions.perform(action, undefined);
      setOutcome({ kind: "copied" });
    } catch {
      setOutcome({ kind: "copyFailed" });
    }
  };

  const remindMe = async () => {
    setBusy("remind");
    await remember("manual");
    setBusy(undefined);
    setOutcome({ kind: "willRemind" });
  };

  return {
    graph: port.graph,
    form,
    update,
    plan,
    problems,
    attempted,
    manualOffered,
    texts,
    isEdited,
    editText,
    rewrite,
    internalCheck,
    externalCheck,
    book,
    subject,
    returnText,
    arrangements,
    rules,
    rulesFailure,
    tick,
    readRules,
    people,
    searchFailure,
    search,
    pick,
    busy,
    outcome,
    replace,
    save,
    keep,
    retryBooking,
    copy,
    remindMe,
  };
}

export type AbsenceState = ReturnType<typeof useAbsence>;
