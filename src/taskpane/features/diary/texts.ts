/** The Diarium view's texts. Verdicts, reasons and action titles come from the core's diary advisor. */
import { defineTexts, type Translator } from "../../ui/i18n";

export const DIARY_TEXTS = defineTexts({
  title: { sv: "Diarium", en: "Registry" },
  loading: { sv: "Läser meddelandet …", en: "Reading the message …" },
  onlyRead: {
    sv: "Diarieföring gäller meddelanden du har fått. Välj ett mottaget meddelande.",
    en: "Registration is about messages you have received. Select a received message.",
  },
  noDiary: {
    sv: "Kommunens profil saknar uppgifter om registrator, så Postvakt ger inga råd om diarieföring.",
    en: "The kommun's profile has no registrar details, so Postvakt gives no advice on registration.",
  },
  reasons: { sv: "Därför", en: "Why" },
  documentType: { sv: "Handling", en: "Document" },
  caseNumbers: { sv: "Diarienummer", en: "Case numbers" },
  caseNumbersNone: { sv: "inga hittade", en: "none found" },
  deadline: { sv: "Svar", en: "Answer" },
  deadlineRule: { sv: "Kommunens svarstid", en: "The kommun's answer time" },
  guideline: { sv: "Riktlinje", en: "Guideline" },
  guidelineFrom: { sv: "Ur {{document}}", en: "From {{document}}" },
  guidelineFromSection: { sv: "Ur {{document}}, avsnittet ”{{section}}”", en: "From {{document}}, the section “{{section}}”" },
  registrar: { sv: "Registrator", en: "Registrar" },
  registrarRemembered: { sv: "Postvakt kommer ihåg ditt val.", en: "Postvakt remembers your choice." },
  copyInsteadOfSend: {
    sv: "Den här versionen av Outlook kan inte öppna ett nytt meddelande åt dig. Kopiera följebrevet, vidarebefordra meddelandet till registrator och klistra in texten.",
    en: "This version of Outlook cannot open a new message for you. Copy the cover note, forward the message to the registrar and paste the text.",
  },
  copyInsteadOfReceipt: {
    sv: "Den här versionen av Outlook kan inte öppna ett svar åt dig. Kopiera kvittot, svara på meddelandet och klistra in texten.",
    en: "This version of Outlook cannot open a reply for you. Copy the acknowledgement, reply to the message and paste the text.",
  },
  categorySet: { sv: "Kategorin ”{{category}}” är satt", en: "The category “{{category}}” is set" },
  categoryByHand: {
    sv: "Den här versionen av Outlook kan inte sätta kategorier. Sätt kategorin ”{{category}}” själv.",
    en: "This version of Outlook cannot set categories. Set the category “{{category}}” yourself.",
  },
  placeholder: {
    sv: "Registratorns adress i profilen är ett exempel. Kontrollera mottagaren innan du skickar och be den som förvaltar Postvakt lägga in kommunens riktiga adresser.",
    en: "The registrar's address in the profile is an example. Check the recipient before you send, and ask whoever maintains Postvakt to enter the kommun's real addresses.",
  },
  fields: { sv: "Uppgifter för diariet", en: "Details for the registry" },
  copyForm: { sv: "Kopiera ger uppgiften som diariet vill ha den, till exempel datum som 2026-12-07 09:20.", en: "Copy gives the detail as the registry wants it, for example dates as 2026-12-07 09:20." },
  // "Kopierat" and the colon fit every field, whatever its gender or number (Diarienummer, Bilagor, Svarsfrist).
  copied: { sv: "Kopierat", en: "Copied" },
  fieldCopied: { sv: "Kopierat: {{field}}. Klistra in det i diariet.", en: "Copied: {{field}}. Paste it into the registry." },
  iAmRegistrar: { sv: "Jag arbetar som registrator", en: "I work as a registrar" },
  iAmRegistrarHint: {
    sv: "Då visar Postvakt uppgifterna för diariet, med knappar för att kopiera dem.",
    en: "Postvakt then shows the details for the registry, with buttons to copy them.",
  },
  listedRegistrar: {
    sv: "Brevlådan är en registratorsbrevlåda, så Postvakt visar uppgifterna för diariet.",
    en: "This is a registrar's mailbox, so Postvakt shows the details for the registry.",
  },
  severalSelected: { sv: "{{count}} markerade meddelanden", en: "{{count}} selected messages" },
  readingProgress: { sv: "Läser meddelande {{done}} av {{count}} …", en: "Reading message {{done}} of {{count}} …" },
  readAll: { sv: "Postvakt har gått igenom alla {{count}} meddelanden.", en: "Postvakt has checked all {{count}} messages." },
  readBoth: { sv: "Postvakt har gått igenom båda meddelandena.", en: "Postvakt has checked both messages." },
  someNotNeeded: {
    sv: "{{count}} av meddelandena behöver troligen inte diarieföras. Avmarkera dem i Outlook om de inte ska med.",
    en: "{{count}} of the messages probably need not be registered. Deselect them in Outlook if they should not go.",
  },
  readSomeFailed: { sv: "Klart. {{failed}} av {{count}} kunde inte läsas.", en: "Done. {{failed}} of {{count}} could not be read." },
  subjectOnlyHint: {
    sv: "I den här versionen av Outlook ser Postvakt bara ämnesraderna, så meddelandena kan inte bedömas. Du kan ändå skicka alla till diariet på en gång.",
    en: "In this version of Outlook, Postvakt can only see the subjects, so it cannot assess the messages. You can still send them all to the registry at once.",
  },
  rowSubjectOnly: { sv: "Inte bedömt – Postvakt ser bara ämnesraden", en: "Not assessed – Postvakt can only see the subject" },
  rowReading: { sv: "Läser …", en: "Reading …" },
  rowFailed: {
    sv: "Postvakt kunde inte läsa meddelandet. Markera bara det för att få det bedömt. Det skickas ändå med.",
    en: "Postvakt could not read this message. Select only this one to have it assessed. It is still sent along.",
  },
  rowUrgent: { sv: "Brådskande: begäran om allmän handling", en: "Urgent: a request for official documents" },
  batchUrgentOne: { sv: "Brådskande: meddelande {{n}} är en begäran om allmän handling. Ge besked i dag om det går.", en: "Urgent: message {{n}} is a request for official documents. Answer today if you can." },
  batchUrgentSeveral: { sv: "Brådskande: meddelande {{list}} är begäranden om allmän handling. Ge besked i dag om det går.", en: "Urgent: messages {{list}} are requests for official documents. Answer today if you can." },
  and: { sv: "och", en: "and" },
  oneAtATime: {
    sv: "Vill du se hela bedömningen av ett meddelande? Markera bara det.",
    en: "To see the full assessment of one message, select only that one.",
  },
  noIntake: {
    sv: "Postvakt har ingen e-postadress till diariet. Vidarebefordra meddelandena till diariet själv och klistra in följebrevet.",
    en: "Postvakt has no e-mail address for the registry. Forward the messages to the registry yourself and paste in the cover note.",
  },
  copyInsteadOfBatch: {
    sv: "I den här versionen av Outlook kan Postvakt inte öppna ett nytt meddelande. Vidarebefordra meddelandena och klistra in följebrevet.",
    en: "In this version of Outlook, Postvakt cannot open a new message for you. Forward the messages and paste in the cover note.",
  },
  waitForReading: { sv: "Du kan skicka när Postvakt har gått igenom alla meddelanden.", en: "You can send once Postvakt has checked all the messages." },
  openDiary: { sv: "Öppna Diarium", en: "Open Registry" },
  cardHeading: { sv: "Diarieföring", en: "Registration" },
});

export type DiaryTextKey = keyof typeof DIARY_TEXTS;
export type DiaryTranslate = Translator<DiaryTextKey>;
