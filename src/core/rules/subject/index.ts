/**
 * A subject that says nothing about the message (Sjöbo: "Skriv en ämnesrad
 * som sammanfattar innehållet i meddelandet"): empty, only reply or forward
 * prefixes ("SV:", "SV: SV:", "VB:"), a greeting ("Hej", "Hej Anna!") or one
 * generic word ("Fråga", "Info"). "SV: Bygglov" is fine. One finding at
 * most; only while writing.
 */
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { splitSubject } from "../message-facts";
import texts from "./texts.json";

/** One word that names no matter (lower case, without trailing punctuation). */
const GENERIC = new Set([
  "fråga", "frågor", "frågan", "info", "information", "meddelande", "mejl", "mail", "e-post", "epost", "e-mail", "email",
  "ärende", "ärendet", "angående", "ang", "viktigt", "brådskande", "hej", "hejsan", "hallå", "tjena", "tja", "hi", "hello",
  "hey", "question", "message", "important", "urgent", "fyi",
]);
const GREETING = /^(?:hej(?: hej)?|hejsan|hallå|tjena|god (?:morgon|dag|eftermiddag|kväll)|hi|hello|hey)(?![a-zåäö])/i;

/** The subject without surrounding punctuation and emoji, spaces folded. */
function bare(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[^A-Za-zÀ-ÖØ-öø-ÿ0-9]+/, "")
    .replace(/[^A-Za-zÀ-ÖØ-öø-ÿ0-9]+$/, "");
}

/** A greeting with at most one more word of letters (a name, "igen", "alla"), or one generic word. */
export function isMeaningless(rest: string): boolean {
  const text = bare(rest);
  const lower = text.toLowerCase();
  if (GENERIC.has(lower)) return true;
  const greeting = GREETING.exec(text);
  if (!greeting) return false;
  const after = text.slice(greeting[0].length).replace(/^[\s,!.]+/, "");
  return after === "" || /^[A-Za-zÀ-ÖØ-öø-ÿ]+$/.test(after);
}

export const subjectRule = defineRule({
  meta: {
    id: "subject",
    description: texts.description,
    guideline: "subject",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: {},
    send: {
      category: "form",
      summary: uncounted("en ämnesrad som inte säger vad det gäller", "a subject line that does not say what it is about"),
      todo: uncounted("skriv en ämnesrad som sammanfattar innehållet", "write a subject line that sums up the content"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message } = context;
    if (message.mode !== "compose") return;
    const subject = message.subject.replace(/[\s\u00a0]+/g, " ").trim();
    if (subject === "") {
      context.report({ messageId: "empty", severity: "warning", field: "subject" });
      return;
    }
    const { prefixes, rest } = splitSubject(subject);
    // What is quoted holds letters and colons only (a prefix's "[2]" loses its digits): never a number.
    if (rest === "") {
      const shown = prefixes.replace(/\d/g, "•");
      context.report({ messageId: "onlyPrefix", data: { subject: shown }, severity: "warning", field: "subject", excerpt: shown });
    } else if (isMeaningless(rest)) {
      const shown = bare(rest);
      context.report({ messageId: "generic", data: { subject: shown }, severity: "warning", field: "subject", excerpt: shown });
    }
  },
});
