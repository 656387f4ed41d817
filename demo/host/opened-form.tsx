/**
 * The window Outlook opens when the add-in asks for one
 * (`displayNewMessageFormAsync`, `displayReplyFormAsync` and their older
 * variants): the demo shows the latest form the fake recorded
 * (`FakeOffice.openedForms`) as Outlook would fill it in, read-only, with a
 * close button. Nothing is sent from it.
 *
 * Ids for tests: `#opened-form` (the window), `#opened-form-to`,
 * `#opened-form-cc`, `#opened-form-subject`, `#opened-form-attachments`
 * (one `li` per attachment), the body in `iframe[title="Meddelandets text"]`
 * (sandboxed, no script), `#opened-form-close`.
 */
import { useEffect, useState } from "react";
import type { FakeOffice, OpenedForm } from "../../src/fake-office";

const TITLES: Readonly<Record<OpenedForm["kind"], string>> = { newMessage: "Nytt meddelande", reply: "Svara", replyAll: "Svara alla" };

function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toLocaleString("sv-SE", { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** Attachments as Outlook lists them in a form: an attached item by its subject, a file by its name. */
function attachmentText(a: OpenedForm["attachments"][number], subjectOf: (itemId: string) => string | undefined): string {
  if (a.type === "item") return `${a.name} (bifogat meddelande${subjectOf(a.itemId) ? "" : ", okänt i brevlådan"})`;
  if (a.type === "file") return `${a.name} (fil från ${new URL(a.url).host})`;
  return `${a.name} (${sizeText((a.base64file.length * 3) / 4)})`;
}

export function OpenedFormView({ mailbox, subjectOf }: { mailbox: FakeOffice; subjectOf: (itemId: string) => string | undefined }) {
  const [count, setCount] = useState(mailbox.openedForms.length);
  const [closed, setClosed] = useState(mailbox.openedForms.length);
  useEffect(() => mailbox.onChange(() => setCount(mailbox.openedForms.length)), [mailbox]);
  const form = count > closed ? mailbox.openedForms[count - 1] : undefined;
  if (!form) return null;
  const subject = form.kind === "newMessage" ? (form.subject ?? "") : `SV: ${form.inReplyTo?.subject ?? ""}`;
  return (
    <section id="opened-form" className="opened-form" aria-labelledby="opened-form-title">
      <div className="toolbar">
        <h2 id="opened-form-title">{TITLES[form.kind]}</h2>
        <button id="opened-form-close" type="button" className="secondary small" onClick={() => setClosed(count)}>
          Stäng
        </button>
      </div>
      <p className="hint">Öppnat av tillägget ({form.method}). I demon skickas ingenting.</p>
      <dl>
        <dt>Till</dt>
        <dd id="opened-form-to">{form.toRecipients.join(", ")}</dd>
        {form.ccRecipients.length > 0 ? (
          <>
            <dt>Kopia</dt>
            <dd id="opened-form-cc">{form.ccRecipients.join(", ")}</dd>
          </>
        ) : null}
        <dt>Ämne</dt>
        <dd id="opened-form-subject">{subject}</dd>
        {form.attachments.length > 0 ? (
          <>
            <dt>Bifogat</dt>
            <dd>
              <ul id="opened-form-attachments">
                {form.attachments.map((a, i) => (
                  <li key={i} data-type={a.type}>
                    {attachmentText(a, subjectOf)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <iframe title="Meddelandets text" sandbox="" srcDoc={form.htmlBody ?? ""} />
    </section>
  );
}
