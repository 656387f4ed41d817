/**
 * Does the sender ask to see or be given documents the kommun holds: a
 * begäran om allmän handling (research notes §B4), which must be handled the
 * same day?
 *
 * People rarely use the legal words. They write "går det att få ritningarna",
 * "skicka lönerna för cheferna", "I'd be grateful if you could forward the
 * minutes". So a request is read as a sentence that holds
 *   1. a request frame: the sender wants to get, see or read something
 *      ("vill gärna läsa", "kan jag få", "finns det möjlighet att titta på",
 *      "could you send") or asks the kommun to hand it over ("kan ni skicka",
 *      "mejla gärna", an imperative "Skicka …"), and
 *   2. soon after it, a document: a noun for something written down or
 *      recorded that already exists (protokoll, ritning, avtal, mejl,
 *      inspelning, lista, … also in compounds: "bygglovsritningarna").
 * A few words say it on their own: "begär ut", "offentlighetsprincipen",
 * "request for public records".
 *
 * And what makes the same words something else:
 *  - the document is the sender's own ("min ritning") or one the kommun is to
 *    write ("ert yttrande", "beslutet när det är fattat", "nästa protokoll");
 *  - "ett mejl", "ett brev": a new message asked for, not a record;
 *  - the sentence asks when ("när får jag beslutet?") or is about what is
 *    needed ("vilka handlingar som behövs");
 *  - the sender got the document already ("tack för att jag fick ta del av");
 *  - weaker nouns (underlag, uppgifter, fakturor, löner, ärendet) count only
 *    after the strong frames ("ta del av", "begär", "få ut", "kopior av").
 * Who sent the mail (mass mail, a colleague) is for the caller to weigh.
 *
 * Text is folded (lower case, one space for white space). No lookbehind.
 */

const L = "a-zåäöéüæø0-9";

/** A word boundary before, as JavaScript's \b does not know å, ä, ö. */
const B = `(?:^|[^${L}])`;

/** Filler that may sit inside a frame: "kan ni [vänligen] [också] skicka". */
const FILL = "(?:(?:(?:jätte|super|väldigt |mycket |så )?gärna|även|också|bara|möjligen|eventuellt|snälla|snällt|vänligen|kunna|nu|då|helst|därför|snarast|dels|i så fall|isåfall|redan nu|redan|please|kindly|also|just|possibly|therefore) )*";

// ---------------------------------------------------------------------------
// Frames. Each ends where the object (the document) begins.

/** What the sender does to a document: get it, see it, read it. */
const GET = [
  "få (?:ta del av|se|läsa(?: igenom)?|titta på|kika på|ut|tillgång till|låna|hämta|ladda ner|granska)",
  "få (?:en |ett )?(?:kopi(?:a|or|orna)) (?:av|på|över)",
  "få (?:dem |den |det )?skickad(?:e|t)? (?:till mig )?",
  "få",
  "ha",
  "se",
  "läsa(?: igenom)?",
  "titta (?:på|igenom)",
  "kika (?:på|igenom)",
  "granska",
  "ta del av",
  "erhålla",
  "inhämta",
  "beställa",
  "komma åt",
  "ladda ner",
  "hämta",
  "låna",
].join("|");

/** What the kommun is asked to do with a document: hand it over. */
const GIVE = [
  "skicka(?: över| ut)?",
  "mejla(?: över)?",
  "maila(?: över)?",
  "e-posta",
  "sända",
  "lämna ut",
  "dela",
  "bifoga",
  "vidarebefordra",
  "forwarda",
  // "Kan ni plocka fram bygglovsritningarna?": fetching it out of the archive is handing it over.
  "plocka fram",
  "ta fram",
  "leta fram",
  "ge (?:mig|oss)",
].join("|");

/** English: getting and being given. */
const EN_GET = "(?:have|get|obtain|receive|see|view|read|review|inspect|access|request|consult|look at|download|be (?:sent|given|provided with|e-?mailed))";
const EN_GIVE = "(?:send|e-?mail|provide|forward|share|supply|release|make available|give me|give us)";

/** Addressing the kommun: "mig", "oss", "över", "hit" after a giving verb. */
const TO_ME = "(?:(?:mig|oss|över|hit|snarast|gärna|vänligen) )*";

/** Determiners and adjectives that may stand between a verb-less frame and its noun: "behöver [alla de senaste] protokollen". */
const DETERMINER = /^(?:en|ett|de|den|det|dom|alla|samtliga|hela|själva|senaste|aktuella|aktuell|gällande|befintliga|dessa|denna|detta|följande|några|kopior|kopia|digitala|digital|elektronisk|elektroniska|relevanta|inkomna|tidigare|gamla|äldre|the|a|an|all|any|copies|copy|of|electronic|digital|relevant|latest|previous|existing|[0-9][0-9:/-]*)$/;

interface Frame {
  readonly re: RegExp;
  /** An imperative "Skicka protokollet" must start its sentence. */
  readonly sentenceStart?: boolean;
  /** A frame without a verb ("vi behöver protokollet"): only determiners may come before the noun. */
  readonly verbless?: boolean;
  /** A frame without its subject ("… och skulle gärna vilja se"): not after "ni", "du", "hon" (someone else wants). */
  readonly subjectless?: boolean;
  /** The document comes before the frame: "finns det handlingar som ni kan skicka?". */
  readonly objectBefore?: boolean;
  /** "Skicka mig …": an order to hand over; weaker nouns count (not invoices). */
  readonly imperative?: boolean;
  /** Verb before subject ("vill jag läsa"): the object may stand first, as a pronoun ("dem vill jag läsa"). */
  readonly inverted?: boolean;
  /** A right claimed ("jag har rätt att få se"): whatever it is said of, a record asked about before is what is wanted. */
  readonly right?: boolean;
  /** An imperative inside the sentence ("…, skicka mig avtalet"): the record must be named there, not pointed back to. */
  readonly clause?: boolean;
}

const frame = (source: string, extra: Omit<Frame, "re"> = {}): Frame => ({ re: new RegExp(`${B}(?:${source})`, "g"), ...extra });

const FRAMES: readonly Frame[] = [
  // The sender wants: "jag vill gärna läsa", "vi skulle vilja få se", "jag önskar få".
  frame(`(?:jag|vi) (?:vill|skulle ${FILL}vilja|önskar|behöver|skulle ${FILL}behöva|ville|hade tänkt) ${FILL}(?:att )?${FILL}(?:${GET}) `),
  // Without a subject, at the start: "Önskar ta del av protokollet".
  frame(`^(?:önskar|vill|skulle vilja|vore tacksam att) ${FILL}(?:att )?(?:${GET}) `, { sentenceStart: true }),
  // Without the subject, after a clause: "vi ska köpa huset och skulle gärna vilja se ritningarna".
  frame(`(?:skulle ${FILL}vilja|vill (?:därför )?gärna|önskar) ${FILL}(?:att )?${FILL}(?:${GET}) `, { subjectless: true }),
  // The subject stood at the start of the sentence: "Jag skriver ett reportage om parken och vill ha ut all e-post".
  frame(`(?:och|men|så) (?:vill|skulle ${FILL}vilja|önskar|behöver|skulle ${FILL}behöva) ${FILL}(?:att )?${FILL}(?:${GET}) `, { subjectless: true }),
  // Valuing it: "jag skulle uppskatta att få följande skickat", "uppskattar om jag kunde få läsa".
  frame(`(?:jag|vi) (?:skulle ${FILL})?(?:uppskatta|uppskattar) (?:det )?(?:mycket )?(?:att få |om (?:jag|vi) (?:fick|kunde få|kan få) )${FILL}(?:(?:${GET}) )?`),
  // A right claimed: "jag tycker att jag har rätt att få se hur det gick till" (about a record asked after before).
  frame(`(?:jag|vi) (?:har|borde ha|bör ha) (?:väl )?(?:rätt|rättighet) att ${FILL}(?:få )?(?:${GET}) `, { right: true }),
  // The document first: "finns det några handlingar i ärendet som ni kan skicka?".
  frame(`(?:som|that) (?:ni|du|you) ${FILL}(?:kan|kunde|skulle kunna|vill|can|could|would) ${FILL}(?:${GIVE}|${EN_GIVE})`, { objectBefore: true }),
  // Passive: "kopiorna får gärna skickas till min e-post".
  frame(`(?:får|kan|ska) ${FILL}(?:skickas|mejlas|mailas|sändas) (?:till (?:mig|oss|min|vår)|hem|per post|digitalt|som pdf)`, { objectBefore: true }),
  // Without a verb, inverted: "för att kunna överklaga behöver vi snarast utvärderingsprotokollet".
  frame(`(?:behöver|önskar) (?:jag|vi) ${FILL}`, { verbless: true }),
  // Without a verb: "vi behöver protokollet", "jag önskar kopior av".
  frame(`(?:jag|vi) (?:behöver|skulle behöva|önskar|efterfrågar|efterlyser|vill ha) ${FILL}`, { verbless: true }),
  // "jag vill att ni skickar".
  frame(`(?:jag|vi) (?:vill|önskar|skulle vilja) att (?:ni|du|kommunen) ${FILL}(?:skickar|mejlar|mailar|sänder|lämnar ut|delar) ${TO_ME}`),
  // Inverted after a clause: "innan jag svarar vill jag gärna se" (or after its object: "… och dem vill jag läsa").
  frame(`(?:vill|skulle|önskar|behöver) (?:jag|vi) ${FILL}(?:vilja |behöva )?${FILL}(?:att )?(?:${GET}) `, { inverted: true }),
  // Asking leave: "kan jag få", "får vi se", "skulle jag kunna få läsa".
  frame(`(?:kan|får|skulle|kunde|må) (?:jag|vi) ${FILL}(?:${GET}) `),
  // Asking whether it can be done: "går det att få", "finns det möjlighet att titta på".
  frame(`(?:går det|gick det|skulle det gå|är det möjligt|vore det möjligt|skulle det vara möjligt|finns det (?:någon )?möjlighet|har (?:ni|du) möjlighet|hade (?:ni|du) möjlighet|är det ok|vore det ok|går det bra) (?:att |för mig att |för oss att |om ni )${FILL}(?:${GET}|${GIVE}) ${TO_ME}`),
  frame(`undrar (?:om|ifall) (?:jag|vi) ${FILL}(?:kan|får|skulle kunna|kunde|skulle få) ${FILL}(?:${GET}) `),
  // "går det att ni skickar protokollet med posten", with the verb finite.
  frame(`(?:går det|är det möjligt|vore det möjligt|skulle det gå) (?:att )?(?:ni|du) ${FILL}(?:skickar|mejlar|mailar|sänder|lämnar ut|delar) ${TO_ME}`),
  // A mandate: "styrelsen har gett mig i uppdrag att inhämta avtalet".
  frame(`(?:i uppdrag|uppdraget|uppdrag) att ${FILL}(?:inhämta|begära ut|rekvirera|få ta del av|ta del av|få ut|beställa) `),
  // The passive of a demand: "härmed begärs att få ta del av …".
  frame(`begärs (?:härmed )?(?:att få (?:${GET}) |att få |(?:en |ett )?kopi(?:a|or) (?:av |på )?|utlämnande av )`),
  frame(`undrar (?:jag )?(?:om|ifall) (?:ni|du) ${FILL}(?:kan|kunde|skulle kunna|vill) ${FILL}(?:${GIVE}) ${TO_ME}`),
  // Valuing it: "i så fall vore det intressant att läsa den", "hade varit bra att få bilderna".
  frame(`(?:vore|hade varit|skulle vara|vore det|hade det varit|skulle det vara) (?:det )?(?:väldigt |mycket |jätte)?(?:bra|intressant|toppen|fint|värdefullt|hjälpsamt|tacksamt|kul|perfekt|bra för (?:mig|oss)) (?:att |om jag (?:fick|kunde) |om vi (?:fick|kunde) )(?:få )?(?:${GET}) `),
  // An order to put it out: "lägg gärna ut det eller mejla mig".
  frame(`^(?:${FILL})?(?:lägg|lägga) ${FILL}ut `, { sentenceStart: true, imperative: true }),
  // Asking leave with a finite verb: "går det bra att jag tittar på protokollen", "… att jag kommer till kommunhuset och tittar på protokollen".
  frame(`(?:går det bra|går det|är det ok|är det okej|vore det ok|skulle det gå|skulle det gå bra) (?:att|om) (?:jag|vi) ${FILL}(?:(?:kommer|kommer in|kommer förbi|besöker|tittar in)[^.?!]{0,60}? och )?(?:tittar|läser|kikar|går igenom|tar del av|får (?:${GET})|får)(?: på| i| igenom)? `),
  // Coming to look: "kan jag komma förbi på torsdag och titta på ritningarna?".
  frame(`(?:kan|får|skulle|kunde) (?:jag|vi) ${FILL}(?:komma|komma in|komma förbi|titta in|besöka (?:er|kommunhuset|kontoret))[^.?!]{0,60}? och (?:${GET}) `),
  frame(`intresserad(?:e)? av att ${FILL}(?:${GET}) `),
  // "ber att få", "ber om".
  frame(`(?:ber|be) (?:att få|om att få) ${FILL}(?:(?:${GET}) )?`),
  frame(`(?:ber|be|hemställer|anhåller) ${FILL}om `, { verbless: true }),
  frame(`(?:ber|begär) (?:jag|vi) ${FILL}(?:om |att få )?`, { verbless: true }),
  frame(`(?:ber|hemställer|anhåller) ${FILL}om att ${FILL}(?:${GET}) `),
  frame(`(?:tacksam|glad) (?:om|ifall) (?:jag|vi) ${FILL}(?:kan|kunde|skulle kunna|får|fick) ${FILL}(?:${GET}) `),
  frame(`(?:tacksam|glad) (?:för att|att) (?:få )?${FILL}(?:${GET}) `),
  frame(`tacksam för (?:en |ett )?kopi(?:a|or) (?:av |på )?`),
  // The kommun is asked: "kan ni skicka", "skulle du kunna mejla", "tacksam om ni ville skicka".
  frame(`(?:kan|kunde|skulle|vill|ville|får) (?:ni|du) ${FILL}(?:${GIVE}) ${TO_ME}`),
  frame(`(?:tacksam|glad|uppskatta(?:r)?(?: det)?) (?:om|ifall) (?:ni|du) ${FILL}(?:kan|kunde|skulle kunna|vill|ville) ${FILL}(?:${GIVE}) ${TO_ME}`),
  frame(`(?:ber|be) (?:er|dig|kommunen) (?:att |om att )?${FILL}(?:${GIVE}) ${TO_ME}`),
  // Demanding: "begär att få ta del av", "begär kopior", "begär en kopia av".
  frame(`begär(?:a|er)? (?:jag |vi )?(?:härmed |därför |också |även )?(?:att få (?:${GET}) |att få |(?:en |ett )?kopi(?:a|or) (?:av |på )?|tillgång till |utlämnande av )`),
  frame(`begär(?:a|er)? (?:jag |vi )?(?:härmed |därför |också |även )?`, { verbless: true }),
  frame("begäran om (?:att få (?:ta del av )?|utlämnande av |(?:en |ett )?kopi(?:a|or) (?:av |på )?|tillgång till )"),
  frame("utlämnande av "),
  // The imperative, at the start of a sentence (after a greeting): "Skicka gärna lönerna", "Mejla mig avtalet".
  { re: new RegExp(`^(?:(?:hej|hejsan|hallå|tja|god dag|hello|hi|dear [a-zåäö]+)(?: [a-zåäö]+)?,? )?${FILL}(?:${GIVE}) ${TO_ME}`, "g"), sentenceStart: true, imperative: true },
  // The imperative opening a clause: "Vill ha det svart på vitt, skicka det papper där lönen står", "… så skicka mig alla fakturor".
  // ("skicka in" is the sender handing something in.)
  frame(`(?:, |och |så |men )${FILL}(?:${GIVE}) (?!in |(?:det|den|dem) vidare)${TO_ME}`, { imperative: true, clause: true }),
  // English.
  frame(`(?:i|we)(?: would| should|'d|’d) (?:like|love|appreciate|be grateful for) ${FILL}to ${FILL}${EN_GET} `),
  frame(`(?:i|we)(?: would| should|'d|’d) (?:like|appreciate|be grateful for) ${FILL}`, { verbless: true }),
  frame(`(?:i|we) (?:wish|want|need|am writing|are writing|write) to ${FILL}(?:${EN_GET}|ask for|request) `),
  frame(`(?:i|we) (?:need|want) `, { verbless: true }),
  frame(`(?:could|can|may|might) (?:i|we) ${FILL}${EN_GET} `),
  frame(`(?:could|can|would|will) you ${FILL}${EN_GIVE} (?:me |us )?`),
  frame(`(?:please|kindly) ${FILL}${EN_GIVE} (?:me |us )?`),
  frame(`(?:grateful|appreciate it|thankful) if you (?:could|would|can) ${FILL}${EN_GIVE} (?:me |us )?`),
  frame(`(?:would|will) it be possible (?:for (?:me|us) )?to ${FILL}(?:${EN_GET}|${EN_GIVE}) (?:me |us )?`),
  frame(`is (?:it|there any way|there a way) (?:possible )?(?:for (?:me|us) )?(?:to |i could |we could )${FILL}${EN_GET} `),
  frame(`interested in (?:reading|seeing|viewing|obtaining|receiving|getting|reviewing) `),
  frame("(?:request|requesting) (?:for )?(?:access to |a copy of |copies of )?"),
];

/** Frames after which weaker nouns count too ("ta del av underlaget", "begär ut lönerna"). */
const STRONG_FRAME = new RegExp(`${B}(?:ta del av|få ut|begär|kopi(?:a|or) (?:av|på|över)|utlämnande av|tillgång till|access to|a copy of|copies of|request)`);

// ---------------------------------------------------------------------------
// Documents.

const INFLECT = "(?:en|et|na|er|erna|ar|arna|or|orna|n|s)?";

/** Nouns for records that exist, by stem; a compound ending in one counts ("bygglovsritningarna"). */
const DOCUMENT_STEMS = [
  "handling",
  // "protokolet": a common slip, kept so a request in haste is not missed.
  "protokol(?:l)?",
  "protokollsutdrag",
  "beslut",
  "avtal",
  "kontrakt",
  "rapport",
  "utredning",
  "ritning",
  "kart(?:a|an|or|orna)",
  "bedömning",
  "förteckning",
  "list(?:a|an|or|orna)",
  "registe(?:r|ret|rutdrag|rutdraget)",
  "registr(?:et|en)",
  "utdrag",
  "korrespondens",
  "e-post",
  "e-postmeddeland(?:e|et|en|ena)",
  "mejl",
  "mail",
  "mejlväxling",
  "mailväxling",
  "konversation",
  "brev",
  "skrivels(?:e|en|er|erna)",
  "anteckning",
  "journal",
  "journalanteckning",
  "foto(?:t|n|na|grafi|grafier|grafierna|grafiet)?",
  "bild",
  "inspelning",
  "upptagning",
  "film",
  "statistik",
  "sammanställning",
  "papper(?:et|en|na)?",
  "kopi(?:a|an|or|orna)",
  "dokument",
  "dokumentation",
  "bilag(?:a|an|or|orna)",
  "anbud",
  "utvärdering",
  "remissvar",
  "promemori(?:a|an|or|orna)",
  "diari(?:um|et)",
  "diarieutdrag",
  "postlist(?:a|an|or|orna)",
  "detaljplan",
  "redovisning",
  "analys",
  "budget",
  "uppföljning",
  "utlåtand(?:e|et|en|ena)",
  "granskning",
  "mätning",
  "resultat",
  "kalkyl",
  "beräkning",
  "bokslut",
  "enkätsvar",
  "provsvar",
  "riktlinje(?:r|rna)?",
  "redogörels(?:e|en|er|erna)",
  "situationsplan",
  "plankart(?:a|an)",
  "tjänsteanteckning",
  "minnesanteckning",
  "loggbok",
  "logg",
  "kvitto(?:t|n|na)?",
];

/** Stems a compound may not end in because other words do ("kontakt", "utbildning" is spared by its own ending). */
const WHOLE_WORD_ONLY = /^(?:akt(?:en|er|erna)?|personakt(?:en)?|ärendeakt(?:en)?|elevakt(?:en)?|pm(?:et|en)?|bygglovet|ansökningarna|planen|planerna)$/;

const DOCUMENT_WORD = new RegExp(`^[a-zåäö-]*(?:${DOCUMENT_STEMS.join("|")})${INFLECT}$`);

/** Stems that name a record only in a compound: "verksamhetsplanen", "detaljplaneprogrammet" (not "planer", "programmet" for the day). */
const COMPOUND_DOCUMENT = /^[a-zåäö-]{3,}(?:plan(?:en|er|erna)?|program(?:met|men)?|berättelse(?:n|r|rna)?)$/;

/** Words that end like a document but are none. */
const NOT_DOCUMENTS = /^(?:(?:be|för|miss|med|av)handling(?:en|ar|arna)?|blogg(?:en|ar|arna)?|nyhetsbrev(?:et|en)?|utbildning(?:en|ar|arna)?|bildning|inbjudan|kallelse(?:n)?|blankett(?:en|er|erna)?|formulär(?:et|en)?|mejladress(?:en)?|mailadress(?:en)?|e-postadress(?:en)?|e-postlista(?:n)?|sändlista(?:n)?|väntelista(?:n)?|kölista(?:n)?|beslutsfattare|beslutsfattarna|avtalsrörelse(?:n)?|bildspel(?:et)?)$/;

/** Pay and salaries are records the kommun keeps ("skicka lönerna för cheferna"). */
const PAY = /^(?:löne(?:uppgift(?:er|erna)?|list(?:a|an|or|orna)|statistik(?:en)?)|[a-zåäö]*löner(?:na)?|månadslön(?:en)?)$/;

/** Weaker nouns, counted after a strong frame only. */
const WEAK_DOCUMENT = /^(?:underlag(?:et|en)?|uppgift(?:en|er|erna)?|faktur(?:a|an|or|orna)|offert(?:en|er|erna)?|material(?:et)?|ärende(?:t|n|na)?|data|siffror(?:na)?|anmälan|anmälningar(?:na)?|klagomål(?:et|en)?|ansökningar(?:na)?|yttrand(?:e|et|en|ena)|synpunkter(?:na)?|remissvar(?:et|en)?|access)$/;

const EN_DOCUMENT = /^(?:documents?|records?|minutes|correspondence|e-?mails?|messages|reports?|assessments?|maps?|plans?|lists?|registers?|extracts?|photos?|photographs?|pictures|images|recordings?|footage|videos?|statistics|agreements?|contracts?|files?|cop(?:y|ies)|evaluations?|invoices|drawings|decisions?|memos?|memoranda|protocols?|transcripts?|notes|letters|tenders?|bids|applications|logs?|journals?|papers|documentation|responses|submissions|replies|figures|results|surveys?|scans|receipts|permits)$/;

/** Before the noun: the sender's own document, one still to be written, or "ett mejl" (a new message). */
const OWN_OR_FUTURE = /^(?:min|mitt|mina|vår|vårt|våra|my|our|kommande|nästa|ny|nytt|nya|framtida|upcoming|next|new|future|this|denna|detta)$/;
const INDEFINITE = /^(?:ett|en|a|an)$/;
const NEW_MESSAGE_NOUNS = /^(?:mejl|mail|e-post|e-postmeddelande|brev|letter|e-?mail|message|bild|film|rapport|sammanställning|utredning|bedömning|yttrande|logg|lista|list|report)$/;
const SECOND_PERSON = /^(?:ert|er|era|ditt|din|dina|your)$/;
/** What the kommun is to write in answer: "ert yttrande", "era synpunkter". */
const ANSWER_NOUNS = /^(?:yttrand(?:e|et)|synpunkter(?:na)?|remissvar(?:et)?|svar(?:et)?|beslut(?:et)?|bedömning(?:en)?|comments|response|opinion|decision)$/;

/** Words that end the object's phrase: what follows is a new clause. */
const PHRASE_END = /^(?:hur|när|vad|vilka|vilken|vilket|varför|eftersom|innan|så|men|om|ifall|att|inte|ej|aldrig|how|when|what|which|whether|because|so|but|if|before|that|to|not|no|never)$/;

/** Words that may sit between frame and noun: articles, numerals, adjectives, "från mötet". */
const MAX_GAP = 7;

const TOKEN = new RegExp(`[${L}][${L}'’:-]*`, "g");

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isDocument(token: string, previous: string | undefined, strong: boolean): boolean {
  const word = token.replace(/[:'’]+$/, "");
  if (NOT_DOCUMENTS.test(word)) return false;
  const document = WHOLE_WORD_ONLY.test(word) || DOCUMENT_WORD.test(word) || COMPOUND_DOCUMENT.test(word) || EN_DOCUMENT.test(word) || PAY.test(word) || (strong && WEAK_DOCUMENT.test(word));
  if (!document) return false;
  if (previous !== undefined) {
    if (OWN_OR_FUTURE.test(previous)) return false;
    if (INDEFINITE.test(previous) && NEW_MESSAGE_NOUNS.test(word)) return false;
    if (SECOND_PERSON.test(previous) && ANSWER_NOUNS.test(word)) return false;
    // "skicka det med e-post", "vill ha den på papper": the way it is sent, not what.
    if (/^(?:med|per|via|by|på)$/.test(previous) && /^(?:e-post(?:en)?|mejl(?:en|et)?|mail(?:en|et)?|e-mail|email|post(?:en)?)$/.test(word)) return false;
    if (/^(?:på|i|on)$/.test(previous) && /^(?:papper|paper)$/.test(word)) return false;
  }
  return true;
}

/** The object after a frame: is there a document within a few words, before the phrase ends? */
/** A link or a web page asked for, not a record: "länken", "webbadressen", "the link". */
const LINK = /^(?:länk(?:en|ar|arna)?|webblänk(?:en)?|webbadress(?:en)?|url(?:en)?|hemsida(?:n)?|webbsida(?:n)?|link|links|url|website|webpage)$/;

/** What someone wrote down, as the object: "det som personalen dokumenterade", "vad ni antecknade". */
const WHAT_WAS_WRITTEN = /^(?:vad|det som|allt som|sådant som|what|everything) (?:[a-zåäö]+ ){0,3}(skrev|skrivit|skrivits|dokumenterade|dokumenterat|dokumenterats|antecknade|antecknat|antecknats|noterade|noterat|noterats|journalförde|journalfört|journalförts|protokollförde|protokollfört|protokollförts|wrote|written|recorded|documented|noted)(?: |$)/;

/** Question words an order may go on with: "skicka mig vad cheferna har i lön". */
const WHAT = /^(?:vad|vilka|vilken|vilket|what|which)$/;

function objectIsDocument(after: string, strong: boolean, verbless = false, imperative = false): string | undefined {
  const words = tokens(after.slice(0, 160));
  // "få läsa det som personalen dokumenterade", "se vad ni skrev i rapporten": what was written down is a record.
  const written = WHAT_WAS_WRITTEN.exec(words.slice(0, 7).join(" "));
  if (written) return written[1];
  for (let i = 0; i < words.length && i <= MAX_GAP; i++) {
    const word = words[i] as string;
    if (PHRASE_END.test(word) && !(imperative && WHAT.test(word))) return undefined;
    // "skicka länken till sidan där man kan läsa planhandlingarna": a link is asked for, the record is published.
    if (LINK.test(word)) return undefined;
    // "hela ansökan", "grannens ansökan": someone else's application, held by the kommun.
    if (/^ansökan$/.test(word) && i > 0 && /^(?:hela|grannens|grannarnas|bolagets|företagets|föreningens|the)$/.test(words[i - 1] as string)) return word;
    // "synpunkterna som kom in", "inkomna yttranden": weaker nouns said to exist already.
    // "de underlag som beräkningen bygger på", "de uppgifter som ni har rapporterat": a relative clause points to something there.
    const after = words.slice(i + 1, i + 4).join(" ");
    const later = words.slice(i + 1, i + 12).join(" ");
    const existing =
      WEAK_DOCUMENT.test(word) &&
      (/^(?:inkomna|inlämnade|insända|befintliga)$/.test(words[i - 1] ?? "") ||
        (/^som /.test(after) && !/^som (?:behövs|krävs|ska|måste|jag behöver|vi behöver)/.test(after)) ||
        // "de uppgifter om timmar per år som kommunen har rapporterat in till Socialstyrelsen".
        /(?:^|\s)som (?:[a-zåäö]+ ){0,2}(?:har|hade) (?:redan )?(?:rapporterat|lämnat|tagit fram|skickat|redovisat|sammanställt|tagit emot|fått|hämtat)/.test(later));
    // "jag vill ha papperen tillbaka": the sender's own papers back, not the kommun's records.
    if (/^(?:tillbaka|åter|back)$/.test(words[i + 1] ?? "") && isDocument(word, i > 0 ? words[i - 1] : undefined, true)) return undefined;
    // "en kopia med mottagningsstämpel": a stamped copy of what the sender hands in.
    if (/^kopi/.test(word) && /^(?:med [a-zåäö]*stämpel|stämplad)/.test(words.slice(i + 1, i + 3).join(" "))) return undefined;
    if (isDocument(word, i > 0 ? words[i - 1] : undefined, strong || existing)) {
      // "vilka handlingar som behövs": what an application needs, not a request.
      const next = words.slice(i + 1, i + 4).join(" ");
      if (/^(?:som )?(?:behövs|krävs|ska bifogas|måste bifogas|jag behöver|vi behöver|ni behöver|are needed|are required)/.test(next)) return undefined;
      return word;
    }
    // Without a verb, the noun phrase must start at once ("behöver [den månadsvisa] sammanställningen"), not "behöver diskutera avtalet".
    if (verbless && !DETERMINER.test(word) && !(i > 0 && DETERMINER.test(words[0] as string) && i <= 3)) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Sentences that are something else whatever their words.

/** A document not written yet: "skicka beslutet så fort det är fattat", "when it is ready". */
const NOT_YET = new RegExp(
  `${B}(?:(?:så fort|så snart|när|efter att|once|when|as soon as) (?:det|den|de|beslutet|protokollet|rapporten|utredningen|it|they|the decision|the minutes|ni|nämnden|kommunen) (?:är|har|blivit|blir|is|are|has been|have been) (?:blivit )?(?:fattat|fattats|klart|klar|klara|färdigt|färdig|färdiga|justerat|justerats|beslutat|tagit|tagits|ready|final|made|approved|published|done)|(?:inte|ännu inte|not yet) (?:är |har )?(?:fattat|fattats|justerat|justerats|klart|skrivet|written|made|ready))`,
);

/** The sender already has it: "tack för att jag fick ta del av", "jag har fått kopiorna". */
const ALREADY_GOT = new RegExp(`${B}(?:tack(?: så| så hemskt| ska ni ha)?(?: mycket)? för (?:att (?:jag|vi) (?:fick|har fått|fått|kunde)|att ni skickade|kopiorna|handlingarna|protokollet|dokumenten|materialet|underlaget)|thank you for (?:sending|the documents|the copies|the minutes))`);

/** Asking when, not for: "när får jag beslutet?", "hur lång tid tar det att få". */
const ASKS_WHEN = new RegExp(`^(?:(?:hej|hejsan|hello|hi)(?: [a-zåäö]+)?,? )?(?:när|hur (?:lång tid|länge)|how long|when) .*(?:beslut|besked|svar|bygglov|tillstånd|decision|answer|permit)`);

/** "När ni ändå svarar så mejla mig fakturorna": a "när" clause before an order is no question when. */
const THEN_ORDER = new RegExp(`${B}så (?:${GIVE}) `);

function asksWhen(sentence: string): boolean {
  return ASKS_WHEN.test(sentence) && !THEN_ORDER.test(sentence);
}

/** A consultation's answer asked for by a date: "vi vill gärna få era synpunkter senast 1 juni". */
const ANSWER_BY = new RegExp(`${B}(?:yttrande|synpunkter|remissvar|svar|comments|response)[^.]{0,60}${B}(?:senast|by|before|no later than)(?![${L}])`);

/** A how-question about requests in general: "hur gör man för att ta del av allmänna handlingar". */
const HOW_IN_GENERAL = new RegExp(`${B}(?:hur (?:(?:gör|går|kan|ska|får|begär) (?:man|jag|vi|en)|det (?:går till|fungerar|funkar))|how (?:do|can|does|should) (?:i|we|one|you)) .{0,60}(?:handlingar|documents|records)(?![${L}])`);

/** Appeals and applications that say "begär": "begär att beslutet upphävs", "begär härmed bygglov". */
const APPEAL_OR_APPLICATION = new RegExp(`${B}(?:begär(?:er)? (?:härmed |därför )?(?:att (?:beslutet|nämnden|nämndens|kommunen|kommunens|ni|den|det|avgiften|ärendet) .{0,40}(?:upphävs|ändras|ändrar|omprövas|omprövar|undanröjs|prövas|rivs upp|river upp|återförvisas|sätts ned|inte (?:ska|får))|omprövning|inhibition|ersättning|skadestånd|rättelse|anstånd|förlängning|bygglov|tillstånd|bidrag)(?![${L}]))`);

/** Words that are a request on their own. */
const EXPLICIT = new RegExp(
  `${B}(?:begär(?:a|t|de)? ut|begäran om (?:att (?:få )?ta del av |utlämnande av )?allmän(?:na)? handling(?:ar)?|(?:ta|få ta) del av (?:[a-zåäö]+ ){0,2}allmän(?:na)? handling(?:ar)?|offentlighetsprincipen|tryckfrihetsförordningen 2 kap|freedom of information|principle of public access|public access to (?:official )?(?:documents|records|information)|request for (?:public |official )?(?:documents|records|copies))(?![${L}])`,
);

/** A request for documents as a topic, not a request: "hur begäran om allmän handling hanteras". */
const AS_TOPIC: readonly RegExp[] = [
  new RegExp(`(?:hur|om hur|hanteringen av|hantering av|handläggning av|handlägga|frågor om|kurs om|kursen om|utbildning om|utbildningen om|webbinarium om|föreläsning om|rutiner för|rutinen för|tema|temat) (?:[a-zåäö]+ ){0,3}(?:begäran|begäranden|förfrågningar) om (?:att (?:få )?ta del av |utlämnande av )?allmän(?:na)? handling(?:ar)?`, "g"),
  new RegExp(`(?:kurs|kursen|utbildning|utbildningen|webbinarium|webbinariet|föreläsning|seminarium|seminariet|workshop) (?:[a-zåäö]+ ){0,3}(?:om |i |kring )?offentlighetsprincipen`, "g"),
  new RegExp(`(?:lättare|enklare|möjlighet(?:en)?|rätt(?:en)?|rättighet(?:en)?) (?:för [a-zåäö]+ )?att (?:använda offentlighetsprincipen(?: och)? )?(?:begära ut|ta del av) (?:allmänna )?handlingar`, "g"),
  /(?:lättare|enklare) (?:för [a-zåäö]+ )?att använda offentlighetsprincipen/g,
  /(?:enligt|i enlighet med|med stöd av) offentlighetsprincipen (?:publicerar|lägger|redovisar|visar)/g,
];

/**
 * "den där begäran om allmän handling", "en begäran om allmän handling som kom i går": one spoken
 * of. (In a colleague's forward, "det är väl en begäran om allmän handling?" names what is below.)
 */
const SPOKEN_OF: RegExp =
  new RegExp(`(?:den där|den|en|denna|din|er|hans|hennes|deras|vår|någon|varje|ny|nya|flera|många) (?:[a-zåäö]+ )?(?:begäran|begäranden) om (?:att (?:få )?ta del av |utlämnande av )?allmän(?:na)? handling(?:ar)?`, "g");

/** The sentences of a folded text. */
function sentences(text: string): string[] {
  return text.split(/(?:[.!?]+|\s[-–*•·]\s|:\s|;)\s*/).filter((s) => s.trim().length > 0);
}

/** A sentence that is about requests, not one: "man måste begära ut handlingarna", "jag begär inga handlingar nu". */
const GENERIC_OR_NEGATED = new RegExp(`${B}(?:(?:(?:man|invånare|invånarna|allmänheten|medborgare|medborgarna|alla|journalister) (?:måste|kan|ska|får|vill|behöver|borde|har rätt att)|(?:måste|kan|ska|får|behöver|borde) (?:man|invånarna|allmänheten|medborgarna)) (?:[a-zåäö]+ ){0,2}(?:begära|ta del|få ut)|(?:inga|inte|ej|aldrig) (?:[a-zåäö]+ ){0,2}(?:handlingar|begär|begära|kopior))(?![${L}])`);

function blockedSentence(sentence: string): boolean {
  return NOT_YET.test(sentence) || ALREADY_GOT.test(sentence) || GENERIC_OR_NEGATED.test(sentence) || HOW_IN_GENERAL.test(sentence);
}

/** What a sentence may lean on: the list after it, the document the sentence before asked about. */
interface Around {
  /** The sentences after it (a list: "vill gärna ha följande: – kartan – utredningen"). */
  readonly following: readonly string[];
  /** A document the sentence before named ("Finns det något protokoll?", "de har skrivit ett underlag"). */
  readonly asked?: string;
  /** The sentence before was a head word of a nominal request ("Önskemål:"). */
  readonly afterHead?: boolean;
  /** A record an existence question a few sentences before named ("Har kommunen skrivit något avtal?"), for a right claimed later. */
  readonly askedEarlier?: string;
}

/** Words that point on to a list: "vill ha följande:", "the following". */
const POINTS_ON = /^(?:följande|nedanstående|detta|dessa|dels|bland|annat|the|following|these|below)$/;
/** Pronouns for a document named before: "i så fall vill jag gärna ha det". */
const PRONOUN = /^(?:det|dem|den|dom|it|them)$/;
/** Asking whether the kommun has something: "finns det något protokoll", "har arkivet kvar". */
const EXISTENCE = new RegExp(
  `${B}(?:finns|fanns|har ni|har kommunen|har (?:kommun)?arkivet|har förvaltningen|(?:om|ifall) (?:kommunen|ni|nämnden|förvaltningen) (?:har|hade) (?:skrivit|tecknat|upprättat|gjort|tagit fram|fått in|ingått)|is there|are there|do you (?:have|keep|still have)|does the)(?![${L}])`,
);

/** The sender's own enclosures: "bifogat finns", "attached are our certificate and a photo". */
const SENDER_ENCLOSES = new RegExp(`${B}(?:bifogar|bifogat|bifogade|bifogas|här kommer|jag skickar|vi skickar|attached|enclosed|i attach|we attach)(?![${L}])`);

/** The document the sentence before names, for a "then I would like it" / "kan du skicka det" after it. */
function askedAbout(sentence: string): string | undefined {
  if (blockedSentence(sentence) || SENDER_ENCLOSES.test(sentence)) return undefined;
  const words = tokens(sentence);
  // An existence question may name a weaker noun ("finns resultatet nånstans?"); a statement only a record.
  const weak = EXISTENCE.test(sentence);
  return words.find((word, i) => isDocument(word, i > 0 ? words[i - 1] : undefined, weak) || (WEAK_DOCUMENT.test(word) && /^(?:ett|en|de|det|den)$/.test(words[i - 1] ?? "")));
}

/** The document a list after a frame starts with. */
function listedDocument(following: readonly string[], strong: boolean): string | undefined {
  for (const next of following.slice(0, 4)) {
    const noun = objectIsDocument(next, strong, true);
    if (noun) return noun;
  }
  return undefined;
}

/** A passive with the record inside: "skulle protokollet från mötet kunna skickas till mig?". */
const PASSIVE_AROUND = /(?:^|[^a-zåäö])(?:skulle|kan|kunde|får|går det att få)\s+(.{1,90}?)\s+(?:kunna |gärna )?(?:skickas|mejlas|mailas|sändas|lämnas ut|e-postas)(?![a-zåäö])/;
/** A request in the nominal style: "Önskemål: kopia av …", "Kopia av anmälan och allt i ärendet, tack". */
const NOMINAL_HEAD = /^(?:önskemål|önskan|förfrågan|begäran|request|wish)$/;
const NOMINAL_COPY = /^(?:en |ett )?kopi(?:a|or|orna) (?:av|på) /;
/** A verb in the named phrase makes it a statement: "protokollet är klart, tack", "beslutet kommer i dag, tack". */
const NOMINAL_VERB = new RegExp(`${B}(?:är|var|blir|blev|finns|fanns|kommer|kom|har|hade|ska|kan|får|skickas|bifogas|mottaget|mottagen|mottagna|klart|klar|klara)(?![${L}])`);
const NOMINAL_THANKS = /^((?:[a-zåäö0-9:/-]+ ){0,8}?[a-zåäö0-9:/-]+),? (?:tack|tack på förhand|tacksam|please|thanks)[ !.]*$/;
const THANKS_WORD = new RegExp(`${B}(?:tack|tacksam|please|thanks)(?![${L}])`);

/** The document a sentence asks for, or undefined. */
function sentenceAsks(text: string, around: Around = { following: [] }): string | undefined {
  // Frames end in a space; so may the sentence ("vi skulle vilja få" before a list).
  const sentence = `${text} `;
  if (!(blockedSentence(sentence) || APPEAL_OR_APPLICATION.test(sentence) || ANSWER_BY.test(sentence))) {
    const passive = PASSIVE_AROUND.exec(sentence);
    if (passive) {
      const inside = tokens(passive[1] as string);
      const noun = inside.find((word, i) => isDocument(word, i > 0 ? inside[i - 1] : undefined, false));
      if (noun) return noun;
    }
    // "Postlistan för kommunstyrelsen vecka 48, tack": a record named, then thanks, and nothing else.
    const nominal = NOMINAL_THANKS.exec(sentence);
    if (nominal && !SENDER_ENCLOSES.test(sentence) && !NOMINAL_VERB.test(nominal[1] as string)) {
      const noun = objectIsDocument(nominal[1] as string, false, true);
      if (noun) return noun;
    }
    if (NOMINAL_COPY.test(sentence) && (THANKS_WORD.test(sentence) || around.afterHead)) {
      const noun = objectIsDocument(sentence.replace(NOMINAL_COPY, ""), true);
      if (noun) return noun;
    }
    if (around.afterHead) {
      const noun = objectIsDocument(sentence, false, true);
      if (noun) return noun;
    }
  }
  if (blockedSentence(sentence) || asksWhen(sentence) || APPEAL_OR_APPLICATION.test(sentence) || ANSWER_BY.test(sentence)) return undefined;
  for (const frame of FRAMES) {
    frame.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = frame.re.exec(sentence)) !== null && guard++ < 20) {
      if (frame.sentenceStart && m.index !== 0) break;
      const end = m.index + m[0].length;
      const strong = STRONG_FRAME.test(m[0]);
      if (frame.subjectless && someoneElseWants(tokens(sentence.slice(0, m.index + 1)))) continue;
      if (frame.inverted) {
        // "Då borde det finnas analysresultat, och dem vill jag läsa själv."
        const before = tokens(sentence.slice(0, m.index + 1));
        if (PRONOUN.test(before.at(-1) ?? "")) {
          const earlier = before.slice(-12, -1);
          const named = earlier.find((word, i) => isDocument(word, i > 0 ? earlier[i - 1] : undefined, true)) ?? around.asked;
          if (named) return named;
        }
      }
      if (frame.objectBefore) {
        const before = documentBefore(sentence.slice(0, m.index + 1));
        if (before) return before;
        continue;
      }
      if (!strong && COMMERCIAL.test(sentence)) continue;
      const rest = tokens(sentence.slice(end));
      // "… få följande skickat till mig, helst som pdf": a list named at once, said how it is to come.
      if (rest.every((word) => POINTS_ON.test(word)) || /^(?:följande|nedanstående|following)$/.test(rest[0] ?? "")) {
        const listed = listedDocument(around.following, strong);
        if (listed) return listed;
      }
      // ("skicka den igen": something sent to the sender before, sent again.)
      if (around.asked && PRONOUN.test(rest[0] ?? "") && !frame.clause && rest[1] !== "igen") return around.asked;
      if (frame.right && (around.asked ?? around.askedEarlier)) return around.asked ?? around.askedEarlier;
      const noun = objectIsDocument(sentence.slice(end), strong || frame.imperative === true, frame.verbless, frame.imperative);
      // "Skicka fakturan" is about billing, unless the invoices are ones the kommun has paid ("alla fakturor som kommunen har betalat").
      if (noun && !(frame.imperative && /^(?:faktur|offert)/.test(noun) && !PAID_BY_KOMMUN.test(sentence.slice(end)))) return noun;
      if (m[0].length === 0) frame.re.lastIndex++;
    }
  }
  return undefined;
}

/** Invoices as records of what the kommun spent: "alla fakturor som kommunen har betalat", "betalda fakturor", "fakturorna för festen". */
const PAID_BY_KOMMUN = new RegExp(`${B}(?:(?:alla|samtliga|betalda) faktur|faktur[a-zåäö]* (?:som (?:kommunen|ni|förvaltningen|nämnden) (?:har )?(?:betalat|betalt)|för (?:den här|det här|denna|detta|hela|personalfesten|festen|resan|projektet|bygget)))`);

/** The one who wants is not the sender: "ni skulle vilja se", "hon vill gärna läsa". */
const SOMEONE_ELSE = /^(?:ni|du|han|hon|de|dom|kommunen|man|handläggaren|nämnden|you|he|she|they)$/;
const SENDER = /^(?:jag|vi|i|we)$/;

/** The words before a frame without its subject: is the last one who acts there someone other than the sender? */
function someoneElseWants(before: readonly string[]): boolean {
  if (SOMEONE_ELSE.test(before.at(-1) ?? "")) return true;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as string;
    if (SENDER.test(word)) return false;
    if (/^(?:ni|du|han|hon|de|dom|you|he|she|they)$/.test(word)) return true;
  }
  return false;
}

/** A booking or a price enquiry: "could you send me the list of rooms and prices". */
const COMMERCIAL = new RegExp(`${B}(?:pris|priser|priserna|prislista|prislistan|kostar|boka|bokning|hyra|price|prices|pricing|rates|book|booking|rent|cost)(?![${L}])`);

/** A document among the few words before: "finns det några handlingar i ärendet [som ni kan skicka]". */
function documentBefore(before: string): string | undefined {
  const words = tokens(before).slice(-7);
  return words.find((word, i) => isDocument(word, i > 0 ? words[i - 1] : undefined, false));
}

/** Subjects like "Begäran om handlingar", "Begäran: protokoll KS 12 maj", "FOI request". */
const REQUEST_SUBJECT = new RegExp(`^(?:begäran|request|foi request)(?: om| for)?:? `);

export interface RequestEvidence {
  /** The words said it outright ("begär ut", "offentlighetsprincipen"). */
  readonly explicit: boolean;
}

export interface RequestText {
  /** The subject, folded, without SV:, VB: and the like. */
  readonly subject: string;
  /** The sender's own words (quoted history removed), folded. */
  readonly own: string;
  /** The mail answers another (SV:, Re:): its subject is the earlier mail's. */
  readonly reply: boolean;
  /** A colleague forwards someone's mail (VB:, Fwd:). */
  readonly forward?: boolean;
}

/** A party in their own case: their decision is sent to them anyway, asking for it is no request for documents. */
const OWN_MATTER = new RegExp(`${B}(?:mitt|vårt) (?:ärende|bygglov|beslut)|(?:min|vår) (?:ansökan|anmälan|överklagan)|my (?:case|application|permit)|our (?:case|application|permit)`);
const DECISION_NOUN = /^(?:beslut(?:et)?|bygglovet|decision|permit)$/;

/** An elected member asking for material for their assignment (their informationsrätt), not a request under the offentlighetsprincip. */
const ELECTED_ROLE = new RegExp(`${B}(?:i partiet|vi i [a-zåäö]+partiet|som (?:gruppledare|ledamot|ersättare|förtroendevald|politiker|fullmäktigeledamot)|vår (?:grupp|fullmäktigegrupp|partigrupp)|(?:inför|före) (?:vårt |kommunstyrelsens |nämndens |fullmäktiges )?(?:gruppmöte|gruppmötet|sammanträde|sammanträdet)|\\((?:s|m|sd|c|v|kd|l|mp)\\) (?:ledamot|ersättare|gruppledare)|(?:ledamot|ersättare) (?:i )?[a-zåäö -]{0,30}nämnden)(?![${L}])`);

/** The sender writes as an elected member (ledamot, ersättare, gruppledare) or for a party group. */
export function speaksAsElectedMember(own: string): boolean {
  return ELECTED_ROLE.test(own);
}

/**
 * Whether the subject or the sender's own words ask for documents. Returns
 * how it was said, or undefined for no request.
 */
export function findDocumentRequest(text: RequestText): RequestEvidence | undefined {
  const topics = text.forward ? AS_TOPIC : [...AS_TOPIC, SPOKEN_OF];
  const clean = (t: string) => topics.reduce((out, topic) => out.replace(topic, " "), t);
  const subjectText = clean(text.subject);
  const ownText = clean(text.own);
  const ownMatter = OWN_MATTER.test(`${text.subject} . ${text.own}`);
  const counts = (noun: string | undefined) => noun !== undefined && !(ownMatter && DECISION_NOUN.test(noun));
  const ownSentences = sentences(ownText).map((sentence) => sentence.trim());
  for (const sentence of ownSentences) if (EXPLICIT.test(sentence) && !blockedSentence(sentence)) return { explicit: true };
  if (!text.reply && EXPLICIT.test(subjectText)) return { explicit: true };
  if (ELECTED_ROLE.test(ownText)) return undefined;
  for (const [i, sentence] of ownSentences.entries()) {
    const before = i > 0 ? (ownSentences[i - 1] as string) : undefined;
    // The record is named in the sentence before, or in an existence question just before that
    // ("Finns resultatet nånstans? Alltså hur många … Lägg gärna ut det").
    const twoBack = i > 1 ? (ownSentences[i - 2] as string) : undefined;
    const asked =
      (before !== undefined ? askedAbout(before) : undefined) ??
      (twoBack !== undefined && before !== undefined && !blockedSentence(before) && EXISTENCE.test(twoBack) ? askedAbout(twoBack) : undefined);
    const afterHead = before !== undefined && NOMINAL_HEAD.test(tokens(before).at(-1) ?? "");
    const askedEarlier = ownSentences
      .slice(Math.max(0, i - 5), i)
      .filter((s) => EXISTENCE.test(s))
      .map(askedAbout)
      .find((noun) => noun !== undefined);
    const around: Around = { following: ownSentences.slice(i + 1), ...(asked ? { asked } : {}), ...(afterHead ? { afterHead } : {}), ...(askedEarlier ? { askedEarlier } : {}) };
    if (counts(sentenceAsks(sentence, around))) return { explicit: false };
  }
  if (text.reply) return undefined;
  const subjectRequest = REQUEST_SUBJECT.exec(subjectText);
  // "Begäran om yttrande" asks the kommun to write one: only a record counts after "Begäran om".
  if (subjectRequest && counts(objectIsDocument(subjectText.slice(subjectRequest[0].length), false))) return { explicit: false };
  if (counts(sentenceAsks(subjectText.trim()))) return { explicit: false };
  return undefined;
}

/**
 * The sender asks for a link, a blank form or a brochure, or their own papers back: service, not a record. Where the rules found
 * no request, this keeps the learned model (request-model.ts) from taking the request words for one.
 */
const SERVICE_ASK = new RegExp(
  `${B}(?:(?:få|ha|skicka) (?:mina |min |mitt |våra |vårt |vår )?(?:[a-zåäö]+ )?tillbaka(?![${L}])|(?:(?:skicka|mejla|maila|få|ha|send|get)(?: mig| oss| me| us)?(?: gärna| också| bara| please)?|(?:har ni|finns det|do you have|is there)(?: någon| något| några| any)?) (?:en |ett |den |det |the |a )?(?:länk(?:en)?|webblänk(?:en)?|webbadress(?:en)?|blankett(?:en)?|ansökningsblankett(?:en)?|broschyr(?:en|er)?|informationsmaterial(?:et)?|informationsblad(?:et)?|folder(?:n)?|formulär(?:et)?|link|form|brochure|leaflet)(?![${L}]))`,
);

export function asksForServiceNotRecord(own: string): boolean {
  return SERVICE_ASK.test(own);
}

