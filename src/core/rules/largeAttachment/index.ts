/**
 * Attachments over the profile's sizes, counted as the decoded file sizes
 * Outlook gives (`AttachmentInfo.size`; an attachment of unknown size
 * counts as nothing). Over `totalMb` (20 MB) to anyone: a warning, such
 * mail may be stopped on the way. Over `internalTotalMb` (Sjöbo: 10 MB) when
 * every recipient is inside the kommun: a note to share a link to a common
 * place instead (Sjöbo: "… bättre att, om möjligt, skicka en länk till ett
 * dokument på en gemensam plats än att bifoga dokumentet"; Mjölby: "stora
 * filer"). One finding at most, the larger limit first.
 */
import type { Locale } from "../../i18n/locale";
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import type { LargeAttachmentOptions } from "./options";
import texts from "./texts.json";

const MB = 1024 * 1024;

/** "23,4 MB" / "23.4 MB", rounded up: a size just over a limit never reads as the limit itself. */
function formatMb(bytes: number, locale: Locale): string {
  const mb = bytes / MB;
  const text = mb >= 100 ? String(Math.ceil(mb)) : String(Math.ceil(mb * 10) / 10);
  return `${locale === "sv" ? text.replace(".", ",") : text} MB`;
}

export const largeAttachmentRule = defineRule({
  meta: {
    id: "largeAttachment",
    description: texts.description,
    guideline: "largeAttachment",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: { totalMb: 20, internalTotalMb: null } as LargeAttachmentOptions,
    send: {
      category: "form",
      summary: uncounted("stora bilagor", "large attachments"),
      todo: uncounted("dela filerna med en länk i stället", "share the files with a link instead"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, options } = context;
    if (message.mode !== "compose") return;
    let total = 0;
    for (const a of message.attachments) if (typeof a.size === "number" && a.size > 0) total += a.size;
    const size = { sv: formatMb(total, "sv"), en: formatMb(total, "en") };
    if (total > options.totalMb * MB) {
      const max = options.totalMb * MB;
      context.report({ messageId: "tooLarge", data: { size, max: { sv: formatMb(max, "sv"), en: formatMb(max, "en") } }, severity: "warning", field: "attachments" });
      return;
    }
    const allInternal = message.recipients.length > 0 && context.externalRecipients.length === 0;
    if (options.internalTotalMb !== null && allInternal && total > options.internalTotalMb * MB) {
      context.report({ messageId: "shareLink", data: { size }, severity: "info", field: "attachments" });
    }
  },
});
