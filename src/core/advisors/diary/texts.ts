/**
 * The diary advisor's words, Swedish first. Reasons are short enough to
 * check at a glance; none quotes message content except a case number, an
 * attachment's name (identity numbers blanked) and counts.
 */
import type { Localized } from "../../i18n/locale";
import type { DiaryDocumentType, DiaryVerdict } from "./types";

export const VERDICT_TITLES: Readonly<Record<DiaryVerdict, Localized>> = {
  register: { sv: "Bör diarieföras", en: "Should be registered" },
  "ask-registrar": { sv: "Osäker – fråga registrator", en: "Unsure – ask the registrar" },
  "not-needed": { sv: "Troligen ringa betydelse", en: "Probably of minor importance" },
};

/** The registrar decides: "fråga registrator" would send them to themselves. */
export const REGISTRAR_ASK_TITLE: Localized = { sv: "Osäker – bedöm själv", en: "Unsure – your call" };

/** The verdict's title for this reader. */
export function verdictTitle(verdict: DiaryVerdict, isRegistrar: boolean): Localized {
  return isRegistrar && verdict === "ask-registrar" ? REGISTRAR_ASK_TITLE : VERDICT_TITLES[verdict];
}

export const EXPLANATIONS = {
  register: {
    sv: "Meddelandet ser ut att ha betydelse för ett ärende. Skicka det till registrator, eller diarieför det själv om du har behörighet.",
    en: "The message looks like it matters to a case. Send it to the registrar, or register it yourself if you are allowed to.",
  },
  registerSecret: {
    sv: "Meddelandet kan innehålla uppgifter som omfattas av sekretess. Sådana handlingar ska alltid diarieföras. Skicka det till registrator.",
    en: "The message may hold information covered by secrecy. Such documents must always be registered. Send it to the registrar.",
  },
  registerSecretAsRegistrar: {
    sv: "Meddelandet kan innehålla uppgifter som omfattas av sekretess och ska alltid diarieföras. Markera sekretessen när du registrerar. Uppgifterna för diariet står nedan.",
    en: "The message may hold information covered by secrecy and must always be registered. Mark the secrecy when you register it. The details for the registry are below.",
  },
  registerAsRegistrar: {
    sv: "Meddelandet ser ut att ha betydelse för ett ärende. Uppgifterna för diariet står nedan.",
    en: "The message looks like it matters to a case. The details for the registry are below.",
  },
  ask: {
    sv: "Postvakt kan inte avgöra om meddelandet ska diarieföras. Skicka det till registrator för bedömning.",
    en: "Postvakt cannot tell whether the message should be registered. Send it to the registrar to decide.",
  },
  askAsRegistrar: {
    sv: "Postvakt kan inte avgöra om meddelandet ska diarieföras. Bedöm det utifrån uppgifterna nedan.",
    en: "Postvakt cannot tell whether the message should be registered. Judge it from the details below.",
  },
  notNeededAsRegistrar: {
    sv: "Meddelandet ser ut att vara av ringa betydelse och behöver troligen inte diarieföras.",
    en: "The message looks like it is of minor importance and probably need not be registered.",
  },
  notNeeded: {
    sv: "Meddelandet ser ut att vara av ringa betydelse och behöver troligen inte diarieföras. Är du osäker, fråga registrator.",
    en: "The message looks like it is of minor importance and probably need not be registered. If you are unsure, ask the registrar.",
  },
  invoice: {
    sv: "Fakturor diarieförs inte. Skicka fakturan till fakturahanteringen om den inte redan har kommit dit.",
    en: "Invoices are not registered. Send the invoice to invoice handling unless it has already got there.",
  },
} as const satisfies Readonly<Record<string, Localized>>;

export const URGENT = {
  title: { sv: "Begäran om allmän handling – skyndsamt", en: "Request for official documents – urgent" },
  explanation: {
    sv: "Den som begär att få ta del av allmänna handlingar ska normalt få besked samma dag. Skicka begäran till registrator nu, eller ta fram handlingarna själv. Den som begär ut handlingar behöver inte säga vem hen är eller varför. Fråga bara om det behövs för att pröva sekretess.",
    en: "Someone asking for official documents should normally have an answer the same day. Send the request to the registrar now, or find the documents yourself. Whoever asks need not say who they are or why. Ask only if you need it to assess secrecy.",
  },
  explanationForRegistrar: {
    sv: "Den som begär att få ta del av allmänna handlingar ska normalt få besked samma dag. Ta fram handlingarna, eller lämna begäran i dag till den som har dem. Den som begär ut handlingar behöver inte säga vem hen är eller varför. Fråga bara om det behövs för att pröva sekretess.",
    en: "Someone asking for official documents should normally have an answer the same day. Find the documents, or pass the request today to whoever holds them. Whoever asks need not say who they are or why. Ask only if you need it to assess secrecy.",
  },
} as const;

/** The handling as the reasons, the cover note and the CLI name it ("ansökan", …). */
export const DOCUMENT_TYPE_REASONS: Readonly<Record<DiaryDocumentType, Localized>> = {
  ansökan: { sv: "Innehåller en ansökan", en: "Contains an application" },
  överklagande: { sv: "Innehåller ett överklagande", en: "Contains an appeal" },
  klagomål: { sv: "Innehåller ett klagomål", en: "Contains a complaint" },
  anmälan: { sv: "Innehåller en anmälan", en: "Contains a report" },
  "begäran om allmän handling": { sv: "Är en begäran om att få ta del av allmänna handlingar", en: "Is a request to see official documents" },
  remiss: { sv: "Innehåller en remiss", en: "Contains a consultation (remiss)" },
  beslut: { sv: "Innehåller ett beslut", en: "Contains a decision" },
  faktura: { sv: "Är en faktura – den går till fakturahanteringen, inte till diariet", en: "Is an invoice – it goes to invoice handling, not to the registry" },
  avtal: { sv: "Innehåller ett avtal eller anbud", en: "Contains a contract or tender" },
  synpunkt: { sv: "Innehåller en synpunkt", en: "Contains feedback" },
  medborgarförslag: { sv: "Innehåller ett medborgarförslag", en: "Contains a citizens' proposal" },
};

/** The handling's name in English, for the English view. */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<DiaryDocumentType, Localized>> = {
  ansökan: { sv: "ansökan", en: "application" },
  överklagande: { sv: "överklagande", en: "appeal" },
  klagomål: { sv: "klagomål", en: "complaint" },
  anmälan: { sv: "anmälan", en: "report" },
  "begäran om allmän handling": { sv: "begäran om allmän handling", en: "request for official documents" },
  remiss: { sv: "remiss", en: "consultation (remiss)" },
  beslut: { sv: "beslut", en: "decision" },
  faktura: { sv: "faktura", en: "invoice" },
  avtal: { sv: "avtal", en: "contract" },
  synpunkt: { sv: "synpunkt", en: "feedback" },
  medborgarförslag: { sv: "medborgarförslag", en: "citizens' proposal" },
};

/** Reasons by code; `{{…}}` are filled by the advisor. */
export const REASONS = {
  externalPrivate: { sv: "Avsändaren är en privatperson utanför kommunen", en: "The sender is a private person outside the kommun" },
  externalOrganisation: { sv: "Avsändaren är ett företag eller en organisation utanför kommunen", en: "The sender is a company or organisation outside the kommun" },
  authority: { sv: "Avsändaren är en annan myndighet", en: "The sender is another public authority" },
  internalSender: { sv: "Avsändaren arbetar i kommunen", en: "The sender works in the kommun" },
  caseNumber: { sv: "Hänvisar till ärende {{numbers}}", en: "Refers to case {{numbers}}" },
  identityNumber: { sv: "Innehåller personnummer", en: "Contains personal identity numbers" },
  sensitiveContent: { sv: "Kan innehålla sekretessuppgifter ({{kinds}})", en: "May contain confidential information ({{kinds}})" },
  ccOnly: { sv: "Brevlådan står bara som kopia", en: "The mailbox is only copied in" },
  forInformation: { sv: "Skickat för kännedom", en: "Sent for information" },
  newsletter: { sv: "Nyhetsbrev eller massutskick (avregistreringslänk)", en: "Newsletter or mass mailing (unsubscribe link)" },
  autoReply: { sv: "Automatiskt svar", en: "Automatic reply" },
  autoGenerated: { sv: "Automatiskt meddelande från ett system", en: "Automatic message from a system" },
  invitation: { sv: "Inbjudan till kurs, konferens eller träff", en: "Invitation to a course, conference or meeting" },
  pressRelease: { sv: "Pressmeddelande", en: "Press release" },
  circular: { sv: "Cirkulär", en: "Circular" },
  advertising: { sv: "Reklam", en: "Advertising" },
  thanks: { sv: "Ett tack som inte tillför något i sak", en: "A thank-you that adds nothing to a case" },
  calendarReply: { sv: "Svar på en mötesinbjudan", en: "A reply to a meeting invitation" },
  meetingPlanning: { sv: "Gäller en mötestid", en: "About a meeting time" },
  signUp: { sv: "Anmäler sig till en aktivitet", en: "Signs up for an activity" },
  requestLikely: { sv: "Ordvalet liknar en begäran om att få ta del av allmänna handlingar – läs och bedöm", en: "The wording is like a request for official documents – read it and judge" },
  readReceipt: { sv: "Ett läskvitto", en: "A read receipt" },
  contractNotice: { sv: "Gäller ett avtal kommunen har (nytt pris, uppsägning eller sista svarsdag)", en: "Concerns a contract the kommun has (price change, termination or reply deadline)" },
  unsubscribe: { sv: "Vill inte få fler utskick", en: "Asks to stop getting mailings" },
  electedMember: { sv: "Ledamot eller ersättare ber om sammanträdeshandlingar", en: "A committee member or deputy asks for meeting papers" },
  ringMe: { sv: "Ber bara om att bli uppringd", en: "Only asks for a call back" },
  simpleQuestion: { sv: "En enkel fråga", en: "A simple question" },
  private: { sv: "Ser ut att vara privat", en: "Looks private" },
  announcement: { sv: "Internt meddelande till en grupp", en: "An internal message to a group" },
  statement: { sv: "Innehåller ett yttrande", en: "Contains a statement (yttrande)" },
  supplement: { sv: "Kompletterar ett ärende", en: "Adds to a case" },
  caseWords: { sv: "Gäller ett pågående ärende", en: "Concerns an ongoing case" },
  askedToRegister: { sv: "Avsändaren ber att det diarieförs", en: "The sender asks for it to be registered" },
  problemReport: { sv: "Anmäler ett fel eller en olägenhet", en: "Reports a fault or a nuisance" },
  criticism: { sv: "Kritiserar ett beslut eller kommunens arbete", en: "Criticises a decision or the kommun's work" },
  demand: { sv: "Kräver ett svar eller en åtgärd", en: "Demands an answer or an action" },
  attachmentOnly: { sv: "Bara en bilaga, nästan ingen text", en: "Only an attachment, hardly any text" },
  attachmentName: { sv: "Bilagan heter ”{{name}}”", en: "The attachment is called “{{name}}”" },
  forwarded: { sv: "Vidarebefordrat från någon annan", en: "Forwarded from someone else" },
  conflict: { sv: "Motstridiga tecken – registrator får avgöra", en: "Mixed signs – the registrar should decide" },
  unrecognised: { sv: "Postvakt känner inte igen vad meddelandet gäller", en: "Postvakt does not recognise what the message is about" },
  noDate: { sv: "Meddelandet saknar datum för när det kom in", en: "The message has no date of arrival" },
} as const satisfies Readonly<Record<string, Localized>>;

export type ReasonCode = keyof typeof REASONS | "documentType";

/** The deadline as the view and the cover note write it. */
export const DEADLINE_TEXTS = {
  // "Besked samma dag" beside a date read as if the answer had been given, and is not the arrival day after a weekend.
  sameDay: { sv: "Ge besked senast {{date}}", en: "Answer by {{date}}" },
  nextWorkingDay: { sv: "Svara senast {{date}} (nästa arbetsdag)", en: "Answer by {{date}} (the next working day)" },
  hours: { sv: "Svara senast {{date}} kl. {{time}} (inom {{hours}} timmar)", en: "Answer by {{date}} at {{time}} (within {{hours}} hours)" },
  hoursRolled: {
    sv: "Svara senast {{date}} kl. {{time}} (inom {{hours}} timmar, flyttat till nästa arbetsdag)",
    en: "Answer by {{date}} at {{time}} (within {{hours}} hours, moved to the next working day)",
  },
  workingDays: { sv: "Svara senast {{date}} (inom {{days}} arbetsdagar)", en: "Answer by {{date}} (within {{days}} working days)" },
  asSoonAsPossible: { sv: "Svara snarast", en: "Answer as soon as possible" },
  none: { sv: "Inget svar behövs", en: "No answer needed" },
  unknown: { sv: "Svarsfristen kan inte räknas ut: meddelandet saknar datum", en: "The deadline cannot be worked out: the message has no date" },
} as const satisfies Readonly<Record<string, Localized>>;

/** The bar on the item: verdict and deadline in a few words. */
export const BAR_TEXTS = {
  withDate: { sv: "{{verdict}} – svar senast {{date}}", en: "{{verdict}} – answer by {{date}}" },
  soon: { sv: "{{verdict}} – svara snarast", en: "{{verdict}} – answer as soon as possible" },
  plain: { sv: "{{verdict}}", en: "{{verdict}}" },
  urgent: { sv: "Begäran om allmän handling – besked senast {{date}}", en: "Request for official documents – answer by {{date}}" },
  urgentNoDate: { sv: "Begäran om allmän handling – besked i dag", en: "Request for official documents – answer today" },
} as const satisfies Readonly<Record<string, Localized>>;

export const ACTION_TITLES = {
  sendToRegistrar: { sv: "Skicka till registrator", en: "Send to the registrar" },
  sendToRegistrarLabel: { sv: "Skicka till registrator, {{label}}", en: "Send to the registrar, {{label}}" },
  sendToDiary: { sv: "Skicka till diariet", en: "Send to the registry" },
  sendReceipt: { sv: "Skicka mottagningskvitto", en: "Send an acknowledgement" },
  mark: { sv: "Sätt kategorin ”{{category}}”", en: "Set the category “{{category}}”" },
  copyCoverNote: { sv: "Kopiera följebrevet", en: "Copy the cover note" },
  copyReceipt: { sv: "Kopiera kvittot", en: "Copy the acknowledgement" },
  copyField: { sv: "Kopiera", en: "Copy" },
  copyFieldLabel: { sv: "Kopiera {{field}}", en: "Copy {{field}}" },
  copyAllFields: { sv: "Kopiera alla uppgifter", en: "Copy all details" },
} as const satisfies Readonly<Record<string, Localized>>;

/** The registration fields' names (the registrar's view, the cover note). */
export const FIELD_LABELS = {
  received: { sv: "Inkom", en: "Received" },
  sender: { sv: "Avsändare", en: "Sender" },
  recipients: { sv: "Mottagare", en: "Recipients" },
  title: { sv: "Förslag till ärendemening", en: "Suggested case title" },
  documentType: { sv: "Handlingstyp", en: "Type of document" },
  caseNumbers: { sv: "Diarienummer", en: "Case numbers" },
  secrecy: { sv: "Sekretess", en: "Secrecy" },
  attachments: { sv: "Bilagor", en: "Attachments" },
  deadline: { sv: "Svarsfrist", en: "Deadline" },
  assessment: { sv: "Postvakts bedömning", en: "Postvakt's assessment" },
} as const satisfies Readonly<Record<string, Localized>>;

export const FIELD_VALUES = {
  none: { sv: "inga", en: "none" },
  noSubject: { sv: "(ämnesrad saknas)", en: "(no subject)" },
  unknownDate: { sv: "okänt", en: "unknown" },
  notDetermined: { sv: "kunde inte avgöras", en: "could not be determined" },
  supplement: { sv: "komplettering i ett ärende", en: "a supplement to a case" },
  secrecyNone: { sv: "inget tyder på sekretess", en: "nothing suggests secrecy" },
  secrecyPossible: { sv: "kan förekomma – {{reasons}}", en: "possible – {{reasons}}" },
  identityNumbers: { sv: "innehåller personnummer", en: "contains personal identity numbers" },
  inSubject: { sv: "i ämnesraden", en: "in the subject" },
  inBody: { sv: "i texten", en: "in the text" },
  and: { sv: " och ", en: " and " },
  cc: { sv: "kopia", en: "copy" },
  at: { sv: "kl.", en: "at" },
} as const satisfies Readonly<Record<string, Localized>>;

export const COVER_NOTE = {
  subject: "För registrering: {{subject}}",
  greeting: "Hej!",
  intro: "Jag skickar det bifogade meddelandet för registrering.",
  urgent: "BRÅDSKANDE: begäran om att få ta del av allmänna handlingar. Besked ska normalt lämnas samma dag.",
  attached: "Originalmeddelandet är bifogat.",
} as const;

/** The cover note for several selected messages at once (a registrar's batch), in Swedish: the diary's language. */
export const BATCH_COVER_NOTE = {
  subject: "För registrering: {{count}} meddelanden",
  intro: "Här kommer {{count}} meddelanden för registrering. De är bifogade i samma ordning som nedan.",
  urgentOne: "BRÅDSKANDE: Meddelande {{n}} är en begäran om att få ta del av allmänna handlingar. Besked ska normalt lämnas samma dag.",
  urgentSeveral: "BRÅDSKANDE: Meddelande {{list}} är begäranden om att få ta del av allmänna handlingar. Besked ska normalt lämnas samma dag.",
  and: "och",
  item: "Meddelande {{n}}",
  subjectLine: "Ämne: {{subject}}",
  subjectOnly: "Postvakt kunde bara se ämnesraden. Övriga uppgifter finns i det bifogade meddelandet.",
} as const;

export const BATCH_ACTION_TITLES = {
  sendToDiary: { sv: "Skicka {{count}} meddelanden till diariet", en: "Send {{count}} messages to the registry" },
  sendToRegistrar: { sv: "Skicka {{count}} meddelanden till registrator", en: "Send {{count}} messages to the registrar" },
  sendToRegistrarLabel: { sv: "Skicka {{count}} meddelanden till registrator, {{label}}", en: "Send {{count}} messages to the registrar, {{label}}" },
  copyCoverNote: { sv: "Kopiera följebrevet", en: "Copy the cover note" },
} as const satisfies Readonly<Record<string, Localized>>;

/** Put in the receipt's {{answerBy}} for a request for documents. */
export const URGENT_RECEIPT_LINE: Localized = {
  sv: "Vi hanterar din begäran skyndsamt och hör av oss så snart vi kan, normalt samma arbetsdag.",
  en: "We will handle your request promptly and get back to you as soon as we can, normally the same working day.",
};

/**
 * The kind of handling in words for the view and the cover note: the document type, or, for a
 * supplement to a case (no document type of its own), "komplettering i ett ärende".
 */
export function handlingWords(documentType: DiaryDocumentType | null, reasonCodes: readonly string[]): Localized {
  if (documentType) return DOCUMENT_TYPE_NAMES[documentType];
  return reasonCodes.includes("supplement") ? FIELD_VALUES.supplement : FIELD_VALUES.notDetermined;
}
