/**
 * A forward with nothing of the writer's own above the original (Sjöbo:
 * "Vidarebefordra inte e-postmeddelande utan att ange anledning, det ska
 * anges varför det är relevant för mottagaren"). A greeting, a sign-off,
 * the writer's name or signature and "Skickat från min iPhone" are nothing
 * of one's own; "För kännedom" is. A forward as an attachment with an empty
 * body counts too. One finding at most.
 */
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { isForward, ownPart, ownWords } from "../message-facts";
import texts from "./texts.json";

export const forwardCommentRule = defineRule({
  meta: {
    id: "forwardComment",
    description: texts.description,
    guideline: "forwardComment",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: {},
    // The signature is bounded in the HTML body (Outlook's signature element).
    readsHtml: true,
    send: {
      category: "form",
      summary: uncounted("en vidarebefordran utan egen text", "a forward without a word of your own"),
      todo: uncounted("skriv överst varför du skickar det vidare", "say at the top why you pass it on"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, profile } = context;
    if (!isForward(message)) return;
    const own = ownWords(ownPart(message, profile.signature?.greeting), message.from?.name);
    if (own === "") context.report({ messageId: "noComment", severity: "warning", field: "body" });
  },
});
