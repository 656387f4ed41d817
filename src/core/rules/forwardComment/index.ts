/**
 * A forward with nothing of the writer's own above the original (Sjöbo:
 * "Vidarebefordra inte e-postmeddelande utan att ange anledning, det ska
 * anges varför det är relevant för mottagaren"). A greeting, a sign-off,
 * the writer's name or signature and "Skickat från min iPhone" are nothing
 * of one's own; "För kännedom" is. A forward as an attachment with an empty
 * body counts too. One finding at most.
 */
import { defineRule } from "../types";
import { isForward, ownPart, ownWords } from "../message-facts";

export const forwardCommentRule = defineRule({
  meta: {
    id: "forwardComment",
    description: {
      sv: "Påminner om att skriva varför när ett meddelande vidarebefordras utan egen text.",
      en: "Reminds the writer to say why when a message is forwarded without any text of their own.",
    },
    guideline: "forwardComment",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: {},
    // The signature is bounded in the HTML body (Outlook's signature element).
    readsHtml: true,
    send: {
      category: "form",
      summary: {
        sv: { one: "en vidarebefordran utan egen text", other: "{{count}} vidarebefordringar utan egen text" },
        en: { one: "a forward without a word of your own", other: "{{count}} forwards without a word of your own" },
      },
      todo: {
        sv: { one: "skriv överst varför du skickar det vidare", other: "skriv överst varför du skickar det vidare" },
        en: { one: "say at the top why you pass it on", other: "say at the top why you pass it on" },
      },
    },
    messages: {
      noComment: {
        sv: "Du vidarebefordrar utan att skriva något eget. Skriv överst varför du skickar det och vad mottagaren ska göra med det, till exempel ”För kännedom” eller ”Kan du svara henne senast fredag?”.",
        en: "You are forwarding without writing anything of your own. Say at the top why you send it and what the recipient should do with it, for example “For your information” or “Could you answer her by Friday?”.",
      },
    },
  },
  check(context) {
    const { message, profile } = context;
    if (!isForward(message)) return;
    const own = ownWords(ownPart(message, profile.signature?.greeting), message.from?.name);
    if (own === "") context.report({ messageId: "noComment", severity: "warning", field: "body" });
  },
});
