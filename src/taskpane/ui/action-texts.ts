/**
 * What the pane says while an action runs and once it is done, by action
 * type (the button's own title comes with the action from the core).
 */
import type { Action, Locale } from "../../core";
import { defineTexts, inLocale } from "./i18n";

const ACTION_TEXTS = defineTexts({
  busyMask: { sv: "Maskerar …", en: "Masking …" },
  busySignature: { sv: "Infogar …", en: "Inserting …" },
  busyForm: { sv: "Öppnar …", en: "Opening …" },
  busy: { sv: "Arbetar …", en: "Working …" },
  doneMask: { sv: "Numret är maskerat.", en: "The number is masked." },
  doneMaskMany: { sv: "Numren är maskerade.", en: "The numbers are masked." },
  dateKept: {
    sv: " Födelsedatumet står kvar; ta bort det också om mottagaren inte behöver det.",
    en: " The date of birth is still there; remove it too if the recipient does not need it.",
  },
  doneEdit: { sv: "Meddelandet är ändrat.", en: "The message is changed." },
  doneSignature: { sv: "Kommunens signatur finns nu i meddelandet.", en: "The kommun's signature is now in the message." },
  doneNewMessage: {
    sv: "Ett nytt meddelande är öppnat. Kontrollera det och tryck på Skicka.",
    en: "A new message is open. Check it and press Send.",
  },
  doneReply: { sv: "Svaret är öppnat. Kontrollera det och tryck på Skicka.", en: "The reply is open. Check it and press Send." },
  doneCategory: { sv: "Kategorin ”{{category}}” är satt på meddelandet.", en: "The category “{{category}}” is set on the message." },
  doneDelay: {
    sv: "Leveransen är fördröjd till {{when}}. Tryck på Skicka, så går meddelandet i väg då.",
    en: "Delivery is delayed until {{when}}. Press Send, and the message goes out then.",
  },
  doneCopy: { sv: "Texten är kopierad. Klistra in den där den ska stå.", en: "The text is copied. Paste it where it belongs." },
  doneGraph: { sv: "Klart. Ändringen är sparad i Outlook.", en: "Done. The change is saved in Outlook." },
});

export function actionBusyText(action: Action, locale: Locale): string {
  if (action.type === "editBody" && action.purpose === "mask") return inLocale(ACTION_TEXTS.busyMask, locale);
  if (action.type === "insertSignature") return inLocale(ACTION_TEXTS.busySignature, locale);
  if (action.type === "newMessage" || action.type === "reply") return inLocale(ACTION_TEXTS.busyForm, locale);
  return inLocale(ACTION_TEXTS.busy, locale);
}

/** "Numret är maskerat." … ; `formatInstant` writes a delivery time the way the view wants it. */
export function actionDoneText(action: Action, locale: Locale, formatInstant: (iso: string) => string = (iso) => iso): string {
  switch (action.type) {
    case "editBody": {
      if (action.purpose !== "mask") return inLocale(ACTION_TEXTS.doneEdit, locale);
      const done = inLocale(action.edits.length > 1 ? ACTION_TEXTS.doneMaskMany : ACTION_TEXTS.doneMask, locale);
      // A mask that keeps the date ("850101-XXXX") still gives the date of birth away: say so.
      return action.edits.some((edit) => /[0-9]/.test(edit.text)) ? done + inLocale(ACTION_TEXTS.dateKept, locale) : done;
    }
    case "insertSignature":
      return inLocale(ACTION_TEXTS.doneSignature, locale);
    case "newMessage":
      return inLocale(ACTION_TEXTS.doneNewMessage, locale);
    case "reply":
      return inLocale(ACTION_TEXTS.doneReply, locale);
    case "setCategory":
      return inLocale(ACTION_TEXTS.doneCategory, locale, { category: action.category });
    case "delayDelivery":
      return inLocale(ACTION_TEXTS.doneDelay, locale, { when: formatInstant(action.until) });
    case "copyText":
      return inLocale(ACTION_TEXTS.doneCopy, locale);
    case "graph":
      return inLocale(ACTION_TEXTS.doneGraph, locale);
  }
}
