/**
 * The simulated Outlook window: a mailbox with a draft and incoming
 * messages (items.ts, diary-items.ts), the task pane in an iframe beside it
 * (as Outlook shows it), the window an add-in opens, language, profile and
 * user pickers, and Send. See demo/README.md.
 */
import { StrictMode, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { BUILTIN_PROFILE_IDS } from "../../src/core";
import { FakeOffice, htmlToText, textToHtml, type Address, type ComposeState, type ReadState, type SmartAlertsButton } from "../../src/fake-office";
import { REGISTRAR_USER, demoInbox, inSharedMailbox, registrarMailboxOf } from "./diary-items";
import { DRAFT_TEXT, USER, initialDraft } from "./items";
import { OpenedFormView } from "./opened-form";
import { hasSendHandler, loadSendHandlers, runSendCheck, type SendOutcome } from "./send";
import { demoNowParameter, installDemoClock } from "../clock";
import { createDemoGraph, demoMailboxOptions, keepRoamingAcrossReloads } from "./graph";
import { GraphPanel, GraphPicker } from "./graph-panel";

/**
 * The Outlook the demo plays: the newest by default (Mailbox 1.15: Smart
 * Alerts with Markdown, "Send anyway", a button that opens the task pane),
 * or an older one chosen with `?mailbox=` (the picker reloads the page, as a
 * different client would be a different program).
 */
const CLIENTS = [
  { version: "1.15", label: "Nyaste Outlook (Mailbox 1.15)" },
  { version: "1.14", label: "Outlook LTSC 2024 (1.14)" },
  { version: "1.13", label: "Äldre Microsoft 365 (1.13)" },
  { version: "1.12", label: "Första med Smart Alerts (1.12)" },
  { version: "1.9", label: "Outlook LTSC 2021 (1.9, ingen kontroll vid Skicka)" },
] as const;
const asked = new URLSearchParams(window.location.search).get("mailbox");
const MAILBOX_VERSION = CLIENTS.find((c) => c.version === asked)?.version ?? CLIENTS[0].version;

// Before anything reads the time: the send check runs on this page.
const DEMO_NOW = demoNowParameter(window.location.search);
const CLOCK_SET = installDemoClock(window.location.search);

/**
 * Whose Outlook it is (`?user=`): Anna, a handläggare reading her own inbox
 * (the default), or `registrator`, Maja, who reads the same mail in the
 * kommun's shared registrar mailbox (the profile's first registrar box).
 * The picker reloads the page, as signing in as someone else would.
 */
const AS_REGISTRAR = new URLSearchParams(window.location.search).get("user") === "registrator";
/** Multi-select needs Mailbox 1.13: before it Outlook gives an add-in one message at a time. */
const CAN_MULTI_SELECT = AS_REGISTRAR && Number(MAILBOX_VERSION.split(".")[1]) >= 13;
const PERSON = AS_REGISTRAR ? REGISTRAR_USER : USER;
// Received shortly before the (demo) clock's now; see diary-items.ts.
const INBOX = demoInbox(Date.now());
/** The categories the add-in set, by item id: an item selected again still has them, as in Outlook. */
const CATEGORIES = new Map<string, string[]>();

const mailbox = new FakeOffice({
  item: { ...initialDraft(), from: PERSON },
  user: PERSON,
  // ?lang= and ?theme= (useUrlSetting) outlive a reload; the mailbox starts with them.
  displayLanguage: new URLSearchParams(window.location.search).get("lang") ?? "sv-SE",
  mailboxVersion: MAILBOX_VERSION,
  ...demoMailboxOptions(PERSON),
  // The kommuns' diary category, so Markera works as in a mailbox where it has been set up.
  masterCategories: [{ displayName: "Till registrator", color: "Preset4" }],
});
// The simulated Microsoft 365 (?graph=, demo/host/graph.ts); the mailbox's server side outlives a reload.
const graph = createDemoGraph(PERSON);
keepRoamingAcrossReloads(mailbox, PERSON);
(window as unknown as { postvaktDemo: unknown }).postvaktDemo = { mailbox, graph };
const sendHandlersLoaded = loadSendHandlers(mailbox);

/** Outlook's own labels for the Smart Alerts buttons, as a Swedish Outlook shows them. */
const SWEDISH_LABELS: Readonly<Record<string, string>> = { "Don't Send": "Skicka inte", "Send Anyway": "Skicka ändå", "Take Action": "Vidta åtgärd" };

const LANGUAGES = [
  { value: "sv-SE", label: "Svenska" },
  { value: "en-US", label: "English" },
];
/** Outlook's theme colours (Office.context.officeTheme), light and dark. */
const THEMES: Readonly<Record<string, { label: string; colours: Office.OfficeTheme }>> = {
  light: {
    label: "Ljust",
    colours: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424", controlBackgroundColor: "#ffffff", controlForegroundColor: "#242424" } as Office.OfficeTheme,
  },
  dark: {
    label: "Mörkt",
    colours: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#3d3d3d", controlForegroundColor: "#ffffff" } as Office.OfficeTheme,
  },
};
mailbox.officeTheme = (THEMES[new URLSearchParams(window.location.search).get("theme") ?? "light"] ?? THEMES.light!).colours;

/** An id no profile has, to show what a misconfigured deployment looks like. */
const UNKNOWN_PROFILE = "finns-inte";

function parseAddresses(text: string): Address[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.includes("@"))
    .map((emailAddress) => ({ emailAddress }));
}

function formatAddresses(list: readonly Address[]): string {
  return list.map((a) => a.emailAddress).join(", ");
}

/** Outlook's "Do not deliver before", as the compose form shows it: "mån 7 dec. 07:00". */
function formatDelay(at: Date): string {
  return at.toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

function ComposeView({ draft, onEdit, onSend, sending }: { draft: ComposeState; onEdit: (patch: Partial<ComposeState>) => void; onSend: () => void; sending: boolean }) {
  // Recipient fields are committed like Outlook resolves names: on blur or Enter, not per keystroke.
  const [to, setTo] = useState(formatAddresses(draft.to));
  const [cc, setCc] = useState(formatAddresses(draft.cc));
  const bodyText = htmlToText(draft.bodyHtml);
  return (
    <form className="compose" onSubmit={(e) => e.preventDefault()} aria-label="Nytt meddelande">
      <div className="toolbar">
        <button id="send" type="button" className="primary" onClick={onSend} disabled={sending}>
          {sending ? "Skickar …" : "Skicka"}
        </button>
      </div>
      <label htmlFor="compose-to">Till</label>
      <input
        id="compose-to"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        onBlur={() => onEdit({ to: parseAddresses(to) })}
        onKeyDown={(e) => e.key === "Enter" && onEdit({ to: parseAddresses(to) })}
        placeholder="namn@exempel.se, …"
      />
      <label htmlFor="compose-cc">Kopia</label>
      <input
        id="compose-cc"
        value={cc}
        onChange={(e) => setCc(e.target.value)}
        onBlur={() => onEdit({ cc: parseAddresses(cc) })}
        onKeyDown={(e) => e.key === "Enter" && onEdit({ cc: parseAddresses(cc) })}
      />
      <label htmlFor="compose-subject">Ämne</label>
      <input id="compose-subject" value={draft.subject} onChange={(e) => onEdit({ subject: e.target.value })} />
      {draft.delayDeliveryTime ? (
        <p id="compose-delay" className="delay">
          Levereras tidigast {formatDelay(draft.delayDeliveryTime)}
        </p>
      ) : null}
      <label htmlFor="compose-body">Meddelande</label>
      <textarea id="compose-body" value={bodyText} onChange={(e) => onEdit({ bodyHtml: textToHtml(e.target.value) })} rows={14} />
    </form>
  );
}

/** An item as the signed-in person sees it (the registrar reads it in the profile's shared registrar mailbox), as the add-in last left it. */
function asSeen(original: ReadState, profile: string): ReadState {
  const categories = original.itemId ? CATEGORIES.get(original.itemId) : undefined;
  const state = categories ? { ...original, categories } : original;
  const box = AS_REGISTRAR ? registrarMailboxOf(profile) : undefined;
  return box ? inSharedMailbox(state, box, MAILBOX_VERSION) : state;
}

/** Outlook's received time in the reading pane: "mån 2026-12-07 09:55". */
function formatReceived(at: Date): string {
  const zone = { timeZone: "Europe/Stockholm" } as const;
  return `${at.toLocaleDateString("sv-SE", { ...zone, weekday: "short" })} ${at.toLocaleDateString("sv-SE", zone)} ${at.toLocaleTimeString("sv-SE", { ...zone, hour: "2-digit", minute: "2-digit" })}`;
}

function ReadView({ item }: { item: ReadState }) {
  return (
    <article className="read" aria-label={item.subject}>
      <h2>{item.subject}</h2>
      <p className="meta">
        Från: {item.from.displayName} &lt;{item.from.emailAddress}&gt;
        <br />
        Till: {formatAddresses(item.to)}
        {item.dateTimeCreated ? (
          <>
            <br />
            Mottaget: <span id="read-received">{formatReceived(item.dateTimeCreated)}</span>
          </>
        ) : null}
        {item.attachments?.length ? (
          <>
            <br />
            Bilagor: <span id="read-attachments">{item.attachments.map((a) => `${a.name} (${Math.max(1, Math.round(a.size / 1000))} kB)`).join(", ")}</span>
          </>
        ) : null}
        {item.categories?.length ? (
          <>
            <br />
            Kategorier: <span id="read-categories">{item.categories.join(", ")}</span>
          </>
        ) : null}
      </p>
      <pre className="body">{htmlToText(item.bodyHtml)}</pre>
    </article>
  );
}

/** Smart Alerts' Markdown as the dialog shows it: paragraphs, **bold**, *italic*, escaped characters. */
function MarkdownText({ text }: { text: string }) {
  const inline = (part: string, key: string) => {
    const nodes: ReactNode[] = [];
    const pattern = /\*\*((?:\\.|[^*])+)\*\*|\*((?:\\.|[^*])+)\*/g;
    const unescape = (t: string) => t.replace(/\\(.)/g, "$1");
    let last = 0;
    for (const m of part.matchAll(pattern)) {
      nodes.push(unescape(part.slice(last, m.index)));
      nodes.push(m[1] !== undefined ? <strong key={`${key}-${m.index}`}>{unescape(m[1])}</strong> : <em key={`${key}-${m.index}`}>{unescape(m[2] ?? "")}</em>);
      last = (m.index ?? 0) + m[0].length;
    }
    nodes.push(unescape(part.slice(last)));
    return nodes;
  };
  return (
    <>
      {text.split(/\n\n+/).map((paragraph, i) => (
        <span key={i} className="paragraph">
          {inline(paragraph, String(i))}
        </span>
      ))}
    </>
  );
}

function SendResult({
  outcome,
  onClose,
  onSendAnyway,
  onOpenPane,
  english,
}: {
  outcome: SendOutcome | undefined;
  onClose: () => void;
  onSendAnyway: () => void;
  onOpenPane: () => void;
  english: boolean;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome?.kind === "blocked") closeRef.current?.focus();
  }, [outcome]);
  if (outcome?.kind !== "blocked") return null;
  return (
    <div className="backdrop">
      {/* Esc answers the dialog as "Don't Send" does: the message stays as a draft. */}
      <div
        id="send-blocked"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="send-blocked-title"
        aria-describedby="send-blocked-message"
        className="dialog"
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
      >
        {/* Outlook titles the Smart Alerts dialog with the add-in's name; the text and buttons are the add-in's. */}
        <h2 id="send-blocked-title">Postvakt</h2>
        <p id="send-blocked-message" data-format={outcome.format}>
          {outcome.format === "markdown" ? <MarkdownText text={outcome.message} /> : outcome.message}
        </p>
        <div className="buttons">
          {outcome.buttons.map((button: SmartAlertsButton, i) => (
            <button
              key={button.action + button.label}
              ref={i === outcome.buttons.length - 1 ? closeRef : undefined}
              type="button"
              className={button.action === "dontSend" ? "primary" : "secondary"}
              data-action={button.action}
              onClick={button.action === "sendAnyway" ? onSendAnyway : button.action === "openTaskPane" ? onOpenPane : onClose}
            >
              {english ? button.label : (SWEDISH_LABELS[button.label] ?? button.label)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

function statusText(outcome: SendOutcome | undefined): string {
  switch (outcome?.kind) {
    case "sent":
      return "Skickat (i demon går inget iväg).";
    case "unchecked":
      return "Skickat utan kontroll: den här Outlook-versionen kör inga tillägg vid Skicka (i demon går inget iväg).";
    case "noHandler":
      return "Inget sändningsfilter registrerat: launchevent.js har inte kopplat onMessageSendHandler.";
    case "timeout":
      return "Sändningskontrollen svarade inte i tid.";
    case "failed":
      return "Sändningskontrollen kraschade.";
    default:
      return "";
  }
}

/** Reloads the page with another `now` (or none): a new time is a new session, like restarting the computer. */
function reloadWithNow(value: string | undefined): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set("now", value);
  else url.searchParams.delete("now");
  window.location.assign(url.toString());
}

/** The simulated computer's clock: a date and time in Stockholm, or the real clock. */
function ClockPicker() {
  const [value, setValue] = useState(CLOCK_SET && DEMO_NOW ? DEMO_NOW : "");
  return (
    <form
      className="clock"
      aria-label="Datorns klocka"
      onSubmit={(e) => {
        e.preventDefault();
        reloadWithNow(value || undefined);
      }}
    >
      <label>
        Klockan{" "}
        <input id="clock" type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>{" "}
      <button id="clock-set" type="submit" className="secondary small">
        Ställ
      </button>{" "}
      {CLOCK_SET ? (
        <button id="clock-real" type="button" className="secondary small" onClick={() => reloadWithNow(undefined)}>
          Riktig tid
        </button>
      ) : null}
    </form>
  );
}

/**
 * A host setting kept in the page's address (?profile=, ?lang=, ?theme=), so that the pickers
 * that reload the page (clock, Graph, user, Outlook version) keep it.
 */
function useUrlSetting(name: string, fallback: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get(name) ?? fallback);
  const set = useCallback(
    (next: string) => {
      const url = new URL(window.location.href);
      if (next === fallback) url.searchParams.delete(name);
      else url.searchParams.set(name, next);
      window.history.replaceState(null, "", url.toString());
      setValue(next);
    },
    [name, fallback],
  );
  return [value, set];
}

function DemoHost() {
  const [selected, setSelected] = useState<string>("item-compose");
  const [draft, setDraft] = useState<ComposeState>(() => mailbox.state as ComposeState);
  const [language, setLanguage] = useUrlSetting("lang", "sv-SE");
  const [profile, setProfile] = useUrlSetting("profile", "mjolby");
  const [theme, setTheme] = useUrlSetting("theme", "light");
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | undefined>();

  const [reading, setReading] = useState<ReadState | undefined>();
  // The registrar marks several messages at once (Outlook's multi-select; Ctrl+click there, a tick box here).
  const [marked, setMarked] = useState<string[]>([]);

  // The add-in may change the draft (Maskera) or the item read (a category): redraw from the mailbox.
  useEffect(
    () =>
      mailbox.onChange(() => {
        const state = mailbox.state;
        if (state?.kind === "compose") setDraft(state);
        else setReading(state ?? undefined);
        if (state?.kind === "read" && state.itemId && state.categories) CATEGORIES.set(state.itemId, state.categories);
      }),
    [],
  );

  const select = useCallback(
    (id: string) => {
      if (id === selected && marked.length < 2) return;
      setMarked([]);
      setSelected(id);
      setOutcome(undefined);
      if (id === "item-compose") mailbox.selectItem(draft);
      else mailbox.selectItem(asSeen(INBOX.find((item) => item.id === id)!.state, profile));
    },
    [selected, draft, profile, marked],
  );

  const toggleMarked = useCallback(
    (id: string) => {
      const next = marked.includes(id) ? marked.filter((m) => m !== id) : [...marked, id];
      // In the inbox's order, as Outlook lists a selection.
      const ordered = INBOX.map((item) => item.id).filter((m) => next.includes(m));
      setMarked(ordered);
      setOutcome(undefined);
      if (ordered.length >= 2) {
        mailbox.selectItems(ordered.map((m) => asSeen(INBOX.find((item) => item.id === m)!.state, profile)));
      } else if (ordered.length === 1) {
        setSelected(ordered[0]!);
        mailbox.selectItems([asSeen(INBOX.find((item) => item.id === ordered[0])!.state, profile)]);
      }
    },
    [marked, profile],
  );
  const several = marked.length >= 2;

  // The registrar's mailbox follows the profile: the item open is seen in the new profile's box.
  useEffect(() => {
    const item = INBOX.find((i) => i.id === selected);
    if (AS_REGISTRAR && item) mailbox.selectItem(asSeen(item.state, profile));
    // Only a new profile moves the item; selecting is handled by select().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile]);

  const edit = useCallback((patch: Partial<ComposeState>) => {
    mailbox.editCompose(patch);
  }, []);

  const send = useCallback(async () => {
    setSending(true);
    setOutcome(undefined);
    await sendHandlersLoaded;
    const result = await runSendCheck(mailbox, profile, MAILBOX_VERSION);
    setOutcome(result);
    setSending(false);
  }, [profile]);

  const changeTheme = (value: string) => {
    mailbox.officeTheme = THEMES[value]?.colours;
    setTheme(value);
  };

  const changeLanguage = (value: string) => {
    mailbox.displayLanguage = value;
    setLanguage(value);
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>Postvakt · demo</h1>
        <span className="hint">
          Simulerad brevlåda för {PERSON.emailAddress}
          {AS_REGISTRAR ? `, i registratorns delade brevlåda ${registrarMailboxOf(profile) ?? ""}` : ""}. Inget lämnar datorn.
        </span>
        <label>
          Användare{" "}
          <select
            id="mailbox-user"
            value={AS_REGISTRAR ? "registrator" : "handlaggare"}
            onChange={(e) => {
              const url = new URL(window.location.href);
              if (e.target.value === "registrator") url.searchParams.set("user", "registrator");
              else url.searchParams.delete("user");
              window.location.assign(url.toString());
            }}
          >
            <option value="handlaggare">{USER.displayName}, handläggare</option>
            <option value="registrator">{REGISTRAR_USER.displayName}, registrator (delad brevlåda)</option>
          </select>
        </label>
        <label>
          Språk i Outlook{" "}
          <select id="language" value={language} onChange={(e) => changeLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tema{" "}
          <select id="theme" value={theme} onChange={(e) => changeTheme(e.target.value)}>
            {Object.entries(THEMES).map(([value, t]) => (
              <option key={value} value={value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlook{" "}
          <select
            id="client"
            value={MAILBOX_VERSION}
            onChange={(e) => {
              const url = new URL(window.location.href);
              url.searchParams.set("mailbox", e.target.value);
              window.location.assign(url.toString());
            }}
          >
            {CLIENTS.map((c) => (
              <option key={c.version} value={c.version}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <ClockPicker />
        <GraphPicker />
        <label>
          Kommunprofil{" "}
          <select id="profile" value={profile} onChange={(e) => setProfile(e.target.value)}>
            {BUILTIN_PROFILE_IDS.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
            <option value={UNKNOWN_PROFILE}>{UNKNOWN_PROFILE} (felkonfigurerad)</option>
          </select>
        </label>
      </header>
      <nav className="items" aria-label="Brevlåda">
        <h2>Utkast</h2>
        <button id="item-compose" type="button" aria-current={selected === "item-compose"} onClick={() => select("item-compose")}>
          <strong>Nytt meddelande</strong>
          <span>{draft.subject || "(inget ämne)"}</span>
        </button>
        <h2>Inkorgen</h2>
        {CAN_MULTI_SELECT ? <p className="hint small">Kryssa i flera för att markera dem samtidigt.</p> : null}
        {INBOX.map((item) =>
          CAN_MULTI_SELECT ? (
            <div key={item.id} className="marked-row">
              <input
                type="checkbox"
                id={`mark-${item.id}`}
                checked={marked.includes(item.id)}
                onChange={() => toggleMarked(item.id)}
                aria-label={`Markera ${item.state.subject}`}
              />
              <button id={item.id} type="button" aria-current={several ? marked.includes(item.id) : selected === item.id} onClick={() => select(item.id)}>
                <strong>{item.state.from.displayName}</strong>
                <span>{item.state.subject}</span>
              </button>
            </div>
          ) : (
            <button key={item.id} id={item.id} type="button" aria-current={selected === item.id} onClick={() => select(item.id)}>
              <strong>{item.state.from.displayName}</strong>
              <span>{item.state.subject}</span>
            </button>
          ),
        )}
      </nav>
      <section className="item" aria-label="Meddelande">
        <OpenedFormView mailbox={mailbox} subjectOf={(itemId) => INBOX.find((i) => i.state.itemId === itemId)?.state.subject} />
        {several ? (
          <p id="several-marked" className="read">
            {marked.length} meddelanden markerade
          </p>
        ) : selected === "item-compose" ? (
          <ComposeView draft={draft} onEdit={edit} onSend={() => void send()} sending={sending} />
        ) : (
          <ReadView item={reading ?? asSeen(INBOX.find((i) => i.id === selected)!.state, profile)} />
        )}
        <p id="send-status" role="status" className="status">
          {statusText(outcome)}
        </p>
      </section>
      <aside className="pane">
        {/* A new display language, theme or profile needs a fresh task pane here. */}
        <iframe id="taskpane" key={`${language}|${profile}|${theme}`} title="Postvakt" src={`taskpane.html?profile=${encodeURIComponent(profile)}${AS_REGISTRAR ? "&multiselect=1" : ""}${CLOCK_SET && DEMO_NOW ? `&now=${encodeURIComponent(DEMO_NOW)}` : ""}`} />
      </aside>
      {/* After the pane in reading order: from the message, Tab goes into the task pane, as in Outlook. */}
      <GraphPanel graph={graph} />
      <SendResult
        outcome={outcome}
        onClose={() => setOutcome(undefined)}
        onSendAnyway={() => setOutcome({ kind: "sent" })}
        onOpenPane={() => {
          // Outlook opens (or shows) the task pane; the demo's pane is always open, so focus goes there.
          setOutcome(undefined);
          document.getElementById("taskpane")?.focus();
        }}
        english={!language.startsWith("sv")}
      />
    </div>
  );
}

export { DRAFT_TEXT };

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <DemoHost />
  </StrictMode>,
);

// Tell the tests and curious people whether a send handler is present, once launchevent.js has run.
void sendHandlersLoaded.then(() => document.body.setAttribute("data-send-handler", hasSendHandler(mailbox) ? "yes" : "no"));
