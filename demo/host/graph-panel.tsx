/**
 * The host page's view of the simulated Microsoft 365 (demo/host/graph.ts):
 * the `#graph` picker in the top bar, and a panel along the bottom, under
 * the mailbox and the message (after the task pane in reading order), that
 * shows what the tenant holds, so a demo user sees what Postvakt did: the
 * automatic replies, the calendar, the Inbox rules, the permissions given
 * and the last Graph calls. Two buttons play what happens outside Postvakt:
 * the user switching the reply on in Outlook's own dialog, and starting over.
 */
import { useEffect, useState } from "react";
import { graphInstant, htmlToText, type FakeGraph, type GraphState, type SimAutomaticReplies } from "../../src/fake-office";
import { BUSY_RETRY_AFTER, GRAPH_MODE, GRAPH_MODES, reloadWithGraph, startOver, type GraphMode } from "./graph";

const STYLE = `
.app > .graph-panel { grid-column: 1 / 3; grid-row: 3; padding: 10px 24px; border-top: 1px solid #e0e0e0; background: #fafafa; font-size: 13px; max-height: 38vh; overflow: auto; }
.app > .pane { grid-row: 2 / 4; }
.graph-panel h2 { font-size: 14px; margin: 0 0 4px; }
.graph-panel .mode { margin: 0 0 8px; color: #424242; }
.graph-panel dl { display: grid; grid-template-columns: 140px 1fr; gap: 6px 12px; margin: 0 0 10px; }
.graph-panel dt { font-weight: 600; color: #424242; }
.graph-panel dd { margin: 0; overflow-wrap: anywhere; }
.graph-panel ul { margin: 0; padding-left: 18px; }
.graph-panel details pre { font: inherit; white-space: pre-wrap; margin: 4px 0 0; }
.graph-panel .buttons { display: flex; gap: 8px; flex-wrap: wrap; }
.graph-panel button:focus-visible, .graph-panel summary:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
`;

const WHEN = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** A Graph dateTimeTimeZone in Stockholm time: "29 juni 00:00". */
function when(value: { dateTime: string; timeZone: string }): string {
  const instant = graphInstant(value);
  return instant === undefined ? "?" : WHEN.format(new Date(instant));
}

const SHOW_AS: Readonly<Record<string, string>> = { oof: "Borta", busy: "Upptagen", free: "Ledig", tentative: "Preliminär", workingElsewhere: "Arbetar någon annanstans", unknown: "Okänt" };

const MODE_TEXT: Readonly<Record<GraphMode, string>> = {
  on: "Outlook har NestedAppAuth 1.1: Postvakt kan läsa och ställa in svaren själv. Första gången du gör något ger du lov (samtycke).",
  off: "Den här Outlook saknar NestedAppAuth 1.1, så Postvakt kan inte anropa Microsoft Graph. Frånvaro ger texterna att kopiera.",
  consent: "Organisationen låter bara en administratör ge lov, och det har ingen gjort: varje token nekas (AADSTS90094).",
  busy: `Microsoft Graph svarar 429 Too Many Requests med Retry-After: ${BUSY_RETRY_AFTER} på varje anrop.`,
};

export function replyLine(reply: SimAutomaticReplies): string {
  if (reply.status === "disabled") return "av";
  if (reply.status === "alwaysEnabled") return "på, tills någon stänger av dem";
  return `på, ${when(reply.scheduledStartDateTime)}–${when(reply.scheduledEndDateTime)}`;
}

/** The `#graph` picker: reloads the page with another `?graph=` (the mailbox is kept). */
export function GraphPicker() {
  return (
    <label>
      Microsoft Graph{" "}
      <select id="graph" value={GRAPH_MODE} onChange={(e) => reloadWithGraph(e.target.value as GraphMode)}>
        {GRAPH_MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function useGraphState(graph: FakeGraph): { state: GraphState; calls: FakeGraph["requests"] } {
  const read = () => ({ state: graph.state, calls: graph.requests.slice(-5) });
  const [view, setView] = useState(read);
  useEffect(() => graph.onChange(() => setView(read())), [graph]);
  return view;
}

export function GraphPanel({ graph }: { graph: FakeGraph }) {
  const { state, calls } = useGraphState(graph);
  const reply = state.mailboxSettings.automaticRepliesSetting;
  const forwarding = state.messageRules.filter((r) => (r.actions.forwardTo ?? []).length + (r.actions.forwardAsAttachmentTo ?? []).length + (r.actions.redirectTo ?? []).length > 0);
  return (
    <section id="graph-panel" className="graph-panel" aria-labelledby="graph-panel-title">
      <style>{STYLE}</style>
      <h2 id="graph-panel-title">Microsoft 365 (simulerat)</h2>
      <p className="mode">{MODE_TEXT[GRAPH_MODE]}</p>
      <dl>
        <dt>Automatiska svar</dt>
        <dd>
          <span id="graph-reply">{replyLine(reply)}</span>
          {reply.status !== "disabled" && (reply.internalReplyMessage || reply.externalReplyMessage) ? (
            <details>
              <summary>Texterna</summary>
              <strong>Inom organisationen</strong>
              <pre>{htmlToText(reply.internalReplyMessage).trim() || "(ingen text)"}</pre>
              <strong>Utanför organisationen ({reply.externalAudience === "all" ? "alla" : reply.externalAudience === "contactsOnly" ? "bara kontakter" : "ingen"})</strong>
              <pre>{htmlToText(reply.externalReplyMessage).trim() || "(ingen text)"}</pre>
            </details>
          ) : null}
        </dd>
        <dt>Kalendern</dt>
        <dd>
          {state.events.length === 0 ? (
            "inga bokningar"
          ) : (
            <ul id="graph-events">
              {state.events.map((e) => (
                <li key={e.id}>
                  {e.subject || "(inget ämne)"} · {when(e.start)}–{when(e.end)} · Visa som: {SHOW_AS[e.showAs] ?? e.showAs}
                  {e.isAllDay ? " · heldag" : ""}
                  {e.sensitivity === "private" ? " · privat" : ""}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Inkorgsregler</dt>
        <dd>
          {forwarding.length === 0 ? (
            "ingen skickar vidare"
          ) : (
            <ul>
              {forwarding.map((r) => (
                <li key={r.id}>
                  ”{r.displayName}” skickar vidare till {[...(r.actions.forwardTo ?? []), ...(r.actions.forwardAsAttachmentTo ?? []), ...(r.actions.redirectTo ?? [])].map((t) => t.emailAddress.address).join(", ")}
                  {r.isEnabled ? "" : " (avstängd)"}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Lov som getts</dt>
        <dd id="graph-consented">{state.consented.length === 0 ? "inga än" : state.consented.join(", ")}</dd>
        <dt>Senaste anrop</dt>
        <dd>
          {calls.length === 0 ? (
            "inga"
          ) : (
            <ul id="graph-calls">
              {calls.map((c, i) => (
                <li key={`${i}-${c.method}-${c.path}`}>
                  {c.method} {c.path} → {c.status === "network" ? "nådde inte fram" : c.status}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div className="buttons">
        <button id="graph-always-on" type="button" className="secondary small" onClick={() => graph.changeAutomaticReplies({ status: "alwaysEnabled" })} disabled={reply.status === "alwaysEnabled"}>
          Slå på svaret i Outlook (alltid på)
        </button>
        <button id="graph-reset" type="button" className="secondary small" onClick={startOver}>
          Börja om med en tom brevlåda
        </button>
      </div>
    </section>
  );
}
