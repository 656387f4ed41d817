/**
 * Images pasted into the body (`cid:` and `data:` pictures) of mail to
 * recipients outside the kommun (Sjöbo: "Skicka inte onödiga bilder eller
 * loggor i e-post externt"). The signature is the signature rule's; the
 * quoted history holds other people's pictures; neither counts. Where the
 * signature is bounded (an Outlook signature element or the closing
 * greeting) everything from there on is left out; where it is not, the last
 * lines are left out only when they read as a signature (the kommun's name,
 * a phone number, the writer's name). One finding at most.
 */
import { localizeCount, type LocalizedCount } from "../../i18n/count";
import { locateSignatureInHtml } from "../../signature/region-html";
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { mentionsOrganisation, mentionsPersonName, mentionsPhoneNumber } from "../signature/requirements";
import texts from "./texts.json";

const IMG = /<img\b[^>]*>/gi;
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** `<img>` tags with an embedded picture (cid: or data:) in html[0, end), outside comments (Word's VML copies). */
export function embeddedImages(html: string, end: number): number {
  const comments: [number, number][] = [];
  let at = html.indexOf("<!--");
  while (at >= 0 && at < end) {
    const close = html.indexOf("-->", at + 4);
    const after = close < 0 ? html.length : close + 3;
    comments.push([at, after]);
    at = html.indexOf("<!--", after);
  }
  let count = 0;
  IMG.lastIndex = 0;
  for (let m = IMG.exec(html); m && m.index < end; m = IMG.exec(html)) {
    const start = m.index;
    if (comments.some(([a, b]) => start >= a && start < b)) continue;
    const src = SRC.exec(m[0]);
    const value = (src ? (src[1] ?? src[2] ?? src[3] ?? "") : "").trim().toLowerCase();
    if (value.indexOf("cid:") === 0 || value.indexOf("data:") === 0) count++;
  }
  return count;
}

const IMAGES: LocalizedCount = {
  sv: { one: "en inklistrad bild", other: "{{count}} inklistrade bilder" },
  en: { one: "one pasted image", other: "{{count}} pasted images" },
};

export const externalImagesRule = defineRule({
  meta: {
    id: "externalImages",
    description: texts.description,
    guideline: "externalImages",
    enabledByDefault: false,
    defaultLevel: "info",
    defaultOptions: {},
    readsHtml: true,
    send: {
      category: "form",
      summary: uncounted("inklistrade bilder", "pasted images"),
      todo: uncounted("ta bort bilder som inte behövs", "remove the images that are not needed"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, profile } = context;
    const html = message.body.html;
    if (message.mode !== "compose" || !html || context.externalRecipients.length === 0) return;
    const region = locateSignatureInHtml(html, profile.signature?.greeting);
    let end = region.start;
    if (region.source === "tail") {
      const organisation = profile.signature?.organisationName ?? profile.name;
      const name = message.from?.name;
      const readsAsSignature = mentionsOrganisation(region.text, organisation) || mentionsPhoneNumber(region.text) || (!!name && mentionsPersonName(region.text, name));
      if (!readsAsSignature) end = region.end;
    }
    const count = embeddedImages(html, end);
    if (count === 0) return;
    context.report({
      messageId: "images",
      data: { images: { sv: localizeCount(IMAGES, "sv", count, undefined, true), en: localizeCount(IMAGES, "en", count) } },
      severity: "info",
      field: "body",
    });
  },
});
