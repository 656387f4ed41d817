/**
 * Forwarding a received message that holds personal identity numbers or
 * sensitive content (Sjöbo: "Visa aldrig eller vidarebefordra mottagna
 * meddelanden med personlig information"): the forwarded original (the
 * quoted history of a forward) is searched with the identity-number
 * detector and the sensitive-content lexicon. One finding for the forward,
 * whatever it holds and however often; the numbers' own findings (rule
 * personnummer) stay where they are, with their mask fix. A warning when
 * the original holds a sure identity number or a strong sensitive term,
 * else a note. No excerpt: nothing of the original is shown.
 */
import type { Localized } from "../../i18n/locale";
import { joinLocalized } from "../../i18n/count";
import { findQuotedHistory } from "../../text/quoted";
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { isForward } from "../message-facts";
import texts from "./texts.json";

const WHAT: Readonly<Record<"identity" | "sensitive", Localized>> = {
  identity: { sv: "personnummer", en: "personal identity numbers" },
  sensitive: { sv: "känsliga personuppgifter", en: "sensitive personal data" },
};

export const forwardPersonalInfoRule = defineRule({
  meta: {
    id: "forwardPersonalInfo",
    description: texts.description,
    guideline: "forwardPersonalInfo",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: {},
    send: {
      category: "personalData",
      summary: uncounted("ett vidarebefordrat meddelande med personuppgifter", "a forwarded message with personal data"),
      todo: uncounted("ta bort personuppgifterna ur det vidarebefordrade meddelandet", "remove the personal data from the forwarded message"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, detectors } = context;
    if (!isForward(message)) return;
    const text = message.body.text;
    const quoted = findQuotedHistory(text);
    if (quoted.length === 0) return;
    // Only the forwarded part is read, range by range.
    const parts = quoted.map((range) => text.slice(range.start, range.end));
    const numbers = parts.flatMap((part) => detectors.identityNumbers.detect(part));
    const terms = parts.flatMap((part) => detectors.sensitiveTerms.detect(part));
    if (numbers.length === 0 && terms.length === 0) return;
    const what: Localized[] = [];
    if (numbers.length > 0) what.push(WHAT.identity);
    if (terms.length > 0) what.push(WHAT.sensitive);
    const sure = numbers.some((m) => m.confidence !== "low") || terms.some((m) => m.strength === "strong");
    context.report({
      messageId: "forwarded",
      data: { what: joinLocalized(what) },
      severity: sure ? "warning" : "info",
      field: "body",
      inQuotedHistory: true,
    });
  },
});
