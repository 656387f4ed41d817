/**
 * More recipients on Cc than the profile's number (Sjöbo: 5, "Undvik att
 * skicka meddelande som kopia till fler personer, om det inte är absolut
 * nödvändigt"). A message that the massMail rule reports as a mass mailing
 * is left to it: one cause, one finding.
 */
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { isMassMailing } from "../massMail";
import { distinctIn } from "../message-facts";
import type { CcCountOptions } from "./options";
import texts from "./texts.json";

export const ccCountRule = defineRule({
  meta: {
    id: "ccCount",
    description: texts.description,
    guideline: "ccCount",
    enabledByDefault: false,
    defaultLevel: "info",
    defaultOptions: { maxCc: 5 } as CcCountOptions,
    send: {
      category: "form",
      summary: uncounted("många mottagare som kopia", "many recipients on Cc"),
      todo: uncounted("ta bara med dem som behöver en kopia", "copy only those who need it"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, options } = context;
    if (message.mode !== "compose") return;
    const count = distinctIn(message.recipients, "cc");
    if (count <= options.maxCc || isMassMailing(message, context.profile)) return;
    context.report({ messageId: "tooMany", data: { count, max: options.maxCc }, severity: "info", field: "recipients" });
  },
});
