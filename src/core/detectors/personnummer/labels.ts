/**
 * What a word in front of a number (or a column header above it) says the
 * number is. Swedish builds names of numbers by compounding, so the classifier
 * reads the word's shape rather than a list of every label: any word ending in
 * "-nummer", "-numret", "-nr", "-kod", "-referens" or "-id" names some kind of
 * number ("Bokningsnummer", "Kontrollavgiftsnummer", "Anst.nr", "Kollinr",
 * "Larm-ID", "Telefonkonferens-ID", "ext_id"), and it is another kind than an
 * identity number unless it is one of the identity labels ("personnummer",
 * "samordningsnr", "pnr", "ID-nummer", "reservnummer" …).
 *
 * Kinds:
 * - identity: the number is a personnummer or samordningsnummer;
 * - phone: a telephone ("Tel", "Mobil förälder", "ring", "nås på", "Direkt", "sms");
 * - time: a date or a time of day ("kl.", "Tidpunkt", "Skapad", "Datum");
 * - other: some other kind of number (booking, invoice, customer, case, parcel, meeting …);
 * - none: says nothing ("nummer", "id", "Namn", "organisationsnummer" — a sole
 *   trader's organisationsnummer is the owner's personnummer, and a company's
 *   fails the date check on its own; "kontonummer", as a personkonto is the
 *   holder's personnummer).
 */

export type LabelKind = "identity" | "phone" | "time" | "other" | "none";

/** Whole words (lower case, without "-", "." and "_") that announce an identity number. */
const IDENTITY_WORDS = new Set([
  "pnr", "psnr", "persnr", "personnr", "personnrs", "idnr", "idnummer", "idnumret", "ssn", "samnr", "personid",
  "födelsenummer", "födelsenumret", "födelsenr",
]);
/** Endings that make a compound an identity label ("elevpersonnummer", "personnumret"), common misspellings ("personummer") too. */
const IDENTITY_ENDINGS =
  /(?:personn?umm?er(?:et|en|s)?|personn?umr(?:et|en|ets|ens)|personnr|samordningsnumm?er(?:et|en|s)?|samordningsnumr(?:et|en)|samordningsnr|reservnumm?er(?:et|s)?|reservnumret|reservnr|identitetsnumm?er|identitetsnumret)$/;

/**
 * No verdict, deliberately: organisationsnummer (see above); bank accounts, since a Nordea
 * personkonto is the holder's personnummer ("Konto: 8501011234"); and patient numbers, which in
 * health care are most often the personnummer or a reserve number; and e-identification
 * ("Personnummer enligt BankID"), which vouches for the personnummer.
 */
const NEUTRAL_WORDS = new Set([
  "orgnr", "organisationsnummer", "organisationsnumret", "organisationsnr", "orgnummer", "orgnumret",
  "konto", "kontot", "kontonummer", "kontonumret", "kontonr", "personkonto", "personkontot",
  "patientnummer", "patientnumret", "patientnr", "patientid",
  // E-identification: what BankID or Freja vouches for is the personnummer, not another kind of id.
  "bankid", "mobiltbankid", "frejaeid", "freja", "eid", "elegitimation",
]);

const PHONE_WORDS = new Set([
  "tel", "tfn", "telnr", "telefon", "telefonen", "telefonnr", "mobil", "mobilen", "mobiltel", "mob", "mobilnr", "cell", "phone",
  "mobile", "ring", "ringa", "ringer", "ringde", "ringt", "ringas", "sms", "smsa", "smsar", "smsade", "sms:a", "messa", "fax", "telefax",
  "växel", "växeln", "vx", "direkt", "direktnr", "direktnummer", "nås", "nå", "når", "swish", "whatsapp", "kontakta", "kontakt",
]);
/** Compounds ending like these are telephones ("jourtelefon", "hemtelnr", "mobilnumret", "tjänstemobil"). */
const PHONE_ENDINGS = /(?:telefon|telefonen|telefonnummer|telefonnumret|telefonnr|telnr|mobil|mobilen|mobilnummer|mobilnumret|mobilnr|mobiltelefon|växelnummer|faxnummer|faxnr|smsnummer)$/;

const TIME_WORDS = new Set([
  "kl", "klockan", "tid", "tiden", "tidpunkt", "tidpunkten", "tidsstämpel", "tidsstämpeln", "datum", "datumet", "skapad", "skapat", "skapades",
  "ändrad", "ändrat", "ändrades", "uppdaterad", "uppdaterat", "senast", "loggad", "loggat", "loggades", "inloggad", "utloggad", "inkom",
  "inkommen", "inkommet", "mottagen", "mottaget", "skickad", "skickat", "timestamp", "time", "date", "created", "modified", "updated",
]);
/** "Starttid", "Ankomsttid", "Fakturadatum", "Förfallodatum": a compound ending in a time or date ("alltid" is "always"). */
function timeCompound(compact: string): boolean {
  return ((compact.length >= 6 && compact.endsWith("tid")) || (compact.length >= 7 && compact.endsWith("datum")) || compact.endsWith("tidsstämpel")) && compact !== "alltid";
}

/**
 * Other kinds of number, as whole words: payment and banking references,
 * case and ticket numbers, codes, and the things people quote a number for
 * ("Fakturan 2410…", "order 1234…", "kolli …"). Bare "kund", "medlem" and
 * "elev" are left out: a customer, a member or a pupil is a person.
 */
const OTHER_WORDS = new Set([
  "ocr", "ref", "refnr", "referens", "referensen", "bg", "pg", "bankgiro", "plusgiro", "iban", "bic", "swift", "clearing",
  "dnr", "ticket", "inc", "incident", "pin", "kod", "koden", "passcode", "password", "lösenord", "order", "ordern", "faktura", "fakturan",
  "fakturor", "invoice", "booking", "bokning", "bokningen", "kvitto", "kvittot", "kolli", "kollit", "paket", "paketet", "försändelse",
  "försändelsen", "sändning", "sändningen", "leverans", "leveransen", "beställning", "beställningen", "avtal", "avtalet", "abonnemang",
  "abonnemanget", "biljett", "biljetten", "imei", "mac", "ip", "ordernr", "serial", "tracking", "sip", "lgh",
  "bokningar", "bokningarna", "ordrar", "beställningar", "fakturorna", "kollin", "kollina", "paketen", "leveranser", "biljetter", "kvitton",
  "avtalen", "försändelser",
  // Log and batch fields ("batch 2503…", "session …", "Ver 2410…" in a ledger).
  "batch", "session", "case", "run", "job", "trace", "txn", "transaction", "transaktion", "verifikation", "verifikat", "ver",
]);
/**
 * Endings that make any compound a name of some kind of number, or of a case or ticket that a number
 * stands for ("Ärende 250114-0031", "Supportärende", "IT-ärendet"; "ärende gällande 850101-…" is
 * kept apart by the linking word).
 */
const OTHER_ENDINGS = /(?:.nummer|.numret|.numren|.numrets|.nummers|.nr|.kod|.koden|.referens|.referensen|.ref|ärende|ärendet|ärenden)$/;
/** Stems that, with "nr", "nummer", "id" or "no" as the next word, name another kind of number ("Order nr", "Meeting ID"). */
const OTHER_STEMS = new Set([
  "kund", "faktura", "order", "bokning", "boknings", "ärende", "ärendes", "avtal", "avtals", "referens", "kolli", "medlem", "medlems",
  "anställnings", "anst", "mötes", "möte", "konferens", "larm", "objekt", "artikel", "art", "serie", "konto", "best", "beställnings",
  "meeting", "conference", "customer", "invoice", "booking", "reference", "ticket", "case", "account", "member", "employee", "user",
  "session", "tracking", "parcel", "transaction", "transaktions", "elev", "student", "lgh", "lägenhets", "anläggnings",
]);
/** A party's id: seller, buyer, customer, supplier, payer, payee or recipient, and "id". */
const PARTY_ID = /^(?:seller|buyer|customer|supplier|payer|payee|party|säljare|säljar|köpare|köpar|leverantör|leverantörs|betalare|betalar|mottagare|mottagar)id$/;
/** Words that only make sense after a stem: "nr", "nummer", "id", "no". */
const NUMBER_WORDS = new Set(["nr", "nummer", "numret", "id", "no", "number", "code", "kod"]);

/**
 * The kind of one label word. `word` is as written ("Anst.nr", "Mötes-ID",
 * "ext_id", "KundID"); `previous` is the word before it, for two-word labels
 * ("pers. nr", "Order nr", "Meeting ID", "personal identity number").
 */
export function classifyLabelWord(word: string, previous?: string): LabelKind {
  const entry = labelEntry(word);
  // "nr", "id", "nummer" take their meaning from the word before: "Order nr", "pers. nr", "Meeting ID".
  return entry.numberWord && previous !== undefined ? classify(word, previous) : entry.kind;
}

export interface LabelEntry {
  /** The word's kind on its own. */
  readonly kind: LabelKind;
  /** It takes its meaning from the word before it ("nr", "id", "nummer"). */
  readonly numberWord: boolean;
}

/** The kind of a single word, remembered: mail repeats its words (the classification is pure; the cache is bounded). */
export function labelEntry(word: string): LabelEntry {
  let entry = CACHE.get(word);
  if (entry === undefined) {
    entry = { kind: classify(word), numberWord: NUMBER_WORDS.has(word.toLowerCase().replace(/[-._:]+/g, "")) };
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(word, entry);
  }
  return entry;
}

const CACHE = new Map<string, LabelEntry>();
const CACHE_LIMIT = 16384;

function classify(word: string, previous?: string): LabelKind {
  const lower = word.toLowerCase().replace(/[.:]+$/, "");
  if (lower === "") return "none";
  const compact = lower.replace(/[-._]/g, "");
  if (IDENTITY_WORDS.has(compact) || IDENTITY_ENDINGS.test(compact) || /^p[-.]?nr$/.test(lower) || /[-_]pnr$/.test(lower)) return "identity";
  if (lower.startsWith("föd")) return "identity"; // född, födda, födelsedatum, födelsenr
  if (NEUTRAL_WORDS.has(compact)) return "none";
  const prev = previous?.toLowerCase().replace(/[-._:]+/g, "");
  if (prev !== undefined && NUMBER_WORDS.has(compact)) {
    if (prev === "pers" || prev === "person" || prev === "personal" || prev === "identity" || prev === "samordnings") return "identity";
    if (prev === "tel" || prev === "telefon" || prev === "mobil" || prev === "phone" || prev === "fax") return "phone";
    if (prev === "org" || prev === "organisations") return "none";
    if (OTHER_STEMS.has(prev)) return "other";
  }
  if (prev === "national" && compact === "id") return "identity";
  if (PHONE_WORDS.has(lower) || PHONE_WORDS.has(compact) || PHONE_ENDINGS.test(compact)) return "phone";
  if (TIME_WORDS.has(compact) || timeCompound(compact)) return "time";
  if (OTHER_WORDS.has(compact) || OTHER_ENDINGS.test(compact)) return "other";
  // The id of a party to a payment or an invoice ("SellerID", "CustomerID", "Mottagare-ID") is, for a
  // person or a sole trader, the personnummer: no verdict, as for organisationsnummer.
  if (PARTY_ID.test(compact)) return "none";
  // "-id" names an identifier of some other thing: "Mötes-ID", "ärende-id", "ext_id", "KundID", "orderId", "Bokningsid".
  if (/[-_.]id$/.test(lower) || /[a-zåäö](?:ID|Id)$/.test(word.replace(/[.:]+$/, "")) || (compact.length >= 7 && compact.endsWith("sid"))) return "other";
  // "Telefonlista", "Mobillista": a compound opening with telephone is about telephones.
  if (compact.startsWith("telefon") || (compact.startsWith("mobil") && !compact.startsWith("mobili"))) return "phone";
  return "none";
}

/** Words of a label phrase or header cell, with connectors inside abbreviations kept ("Anst.nr", "p-nr", "ext_id"). */
export const LABEL_WORD = /[A-Za-zÅÄÖåäöÉéÜüÆæØø]+(?:[-_.][A-Za-zÅÄÖåäöÉéÜüÆæØø]+)*\.?/g;

/**
 * The kind of a whole header cell or label phrase ("Pnr/Org.nr",
 * "Mobil förälder", "Anst.nr", "Telefon arbete"): identity if any word says so,
 * else a telephone, else another kind of number, else a time.
 */
export function classifyLabelPhrase(phrase: string): LabelKind {
  let phone = false;
  let other = false;
  let time = false;
  let previous: string | undefined;
  LABEL_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL_WORD.exec(phrase)) !== null) {
    const kind = classifyLabelWord(m[0], previous);
    if (kind === "identity") return "identity";
    if (kind === "phone") phone = true;
    else if (kind === "other") other = true;
    else if (kind === "time") time = true;
    previous = m[0];
  }
  return phone ? "phone" : other ? "other" : time ? "time" : "none";
}

/** Headers that name a kind of telephone in a contact list with a Telefon or Mobil column: "Arbete", "Hem", "Privat". */
export const PHONE_TYPE_HEADERS = /^(?:arbete|arb|jobb|hem|bostad|privat|kontor|direkt|växel|vx)$/i;
