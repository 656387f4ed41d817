/**
 * The diary advisor's word lists, Swedish and English: what in a mail's
 * wording points to a kind of handling (ansökan, överklagande, …) or to a
 * message of ringa betydelse (nyhetsbrev, kursinbjudan, …). Research notes
 * §B3 names the signals; the phrases are ours.
 *
 * Every pattern is matched against text folded to lower case with runs of
 * white space made one space, so a phrase may wrap over lines. Words are
 * bounded by hand (JavaScript's \b does not know å, ä, ö); no lookbehind.
 */

const LETTER = "a-zåäöéüæø0-9";

/** A pattern that starts at a word boundary and ends at one. */
function word(source: string): RegExp {
  return new RegExp(`(?:^|[^${LETTER}])(?:${source})(?![${LETTER}])`);
}

/** A pattern that starts at a word boundary and may run on into the word ("ansök" matches "ansökan"). */
function stem(source: string): RegExp {
  return new RegExp(`(?:^|[^${LETTER}])(?:${source})`);
}

/** Any of the patterns. */
export function anyOf(text: string, patterns: readonly RegExp[]): boolean {
  for (const re of patterns) if (re.test(text)) return true;
  return false;
}

/** Folds text for matching: lower case, one space for any run of white space. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, " ");
}

// ---------------------------------------------------------------------------
// Kinds of handling.

export const INVOICE_SUBJECT: readonly RegExp[] = [
  // Not "fakturaadress saknas", "faktureringsrutiner": questions about invoicing are no invoice.
  stem("(?:e-)?faktur(?:a|or|an)(?:nummer|nr)?(?!adress|underlag|hantering|rutin|fråga)"),
  stem("kreditfaktura"),
  stem("betalningspåminnelse"),
  word("påminnelse: obetald|obetald faktura|inkassokrav"),
  stem("invoice"),
];
export const INVOICE_ATTACHMENT = /faktura|invoice|kreditnota/i;
/** Things an invoice says; two or more make a body an invoice. */
export const INVOICE_MARKERS: readonly RegExp[] = [
  word("ocr(?:-nummer|-nr)?:?"),
  word("förfallodag(?:en)?|förfallodatum|förföll|förfaller"),
  word("fakturanummer|fakturanr|fakturadatum|faktura nr"),
  word("belopp(?: att betala)?:|att betala:"),
  word("bankgiro|plusgiro"),
  word("moms|inkl\\. moms|exkl\\. moms"),
  word("attestera|fakturaportalen"),
];

export const APPEAL: readonly RegExp[] = [
  word("(?:jag|vi) (?:vill |härmed |vill härmed |önskar )?överklaga(?:r)?"),
  word("överklagande av|överklagan av|överklagar härmed"),
  word("(?:i|we) (?:wish to |would like to |hereby )?appeal"),
  word("appeal against"),
];
export const APPEAL_SUBJECT: readonly RegExp[] = [stem("överklagan(?:de)?(?! i)"), word("appeal")];

export const COMPLAINT: readonly RegExp[] = [
  stem("klagomål"),
  word("(?:vill|ville|måste) klaga|(?:jag|vi) klagar"),
  word("under all kritik"),
  word("är inte acceptabelt|inte är acceptabelt|oacceptabelt|det här är inte okej"),
  word("(?:i|we) (?:am |are )?writing to complain|to complain about|(?:a |my |formal )?complaint|(?:i|we) (?:want|would like|wish) to complain|(?:very |extremely )?(?:disappointed|dissatisfied) with"),
];

/** Dissatisfaction in the writer's own words: a complaint when it comes from outside. */
export const DISSATISFACTION: readonly RegExp[] = [
  word("(?:jag|vi) är (?:mycket |väldigt |oerhört )?(?:missnöjd|missnöjda|besviken|besvikna|upprörd|upprörda)"),
  word("illa bemött|dåligt bemött|otrevligt bemött|dåligt bemötande|otrevligt bemötande"),
  // Said politely: "det var inget bra bemötande", "har inte fungerat", "se över rutinerna".
  word("(?:inte|inget) (?:var |är )?(?:något |ett )?bra bemötande|inte har fungerat|har inte fungerat|se över (?:era |sina )?rutiner(?:na)?"),
];

export const REPORT: readonly RegExp[] = [
  word("orosanmälan (?:enligt|om|gällande|avseende)"),
  word("felanmälan (?:om|av|gällande)"),
  word("(?:vill|ska|måste) (?:härmed )?anmäla(?! (?:mig|oss|mitt barn|vårt barn|min son|min dotter|ett lag|laget|intresse))"),
  word("(?:göra|gör|lämna|lämnar) (?:en |härmed )?(?:oros)?anmälan"),
  word("anmälan om"),
  word("anmäler (?:härmed )?"),
  word("vill (?:göra er uppmärksamma|uppmärksamma er|tipsa (?:er|om))"),
  word("(?:i|we) (?:would like|want|wish) to report"),
];
export const REPORT_SUBJECT: readonly RegExp[] = [stem("anmälan(?! (?:till|senast))"), stem("orosanmälan"), stem("felanmälan")];

/** A citizen describing a fault or a nuisance (something broken, dumped, not done). */
export const PROBLEM_REPORT: readonly RegExp[] = [
  word("(?:har|blivit|är) (?:helt )?(?:trasig|trasigt|trasiga|sönder)"),
  word("har (?:någon )?dumpat|dumpade|har dumpats|nedskräpning"),
  word("har inte (?:tömt|plogat|sandat|lagat|hämtat)|ingen har (?:plogat|tömt|sandat|lagat)"),
  word("fungerar inte|har slutat fungera"),
  word("is broken|has been broken|are broken|is loose|is dangerous|not working|doesn't work"),
];

export const APPLICATION: readonly RegExp[] = [
  word("(?:jag|vi) (?:vill |skulle vilja |önskar )?(?:härmed )?(?:an)?sök(?:a|er) (?:härmed )?(?:om|bygglov|bidrag|tillstånd|plats|färdtjänst|skolskjuts|dispens|strandskyddsdispens|förhandsbesked|serveringstillstånd|bistånd|ekonomiskt bistånd|stöd|föreningsbidrag|lov)"),
  word("ansökan (?:bifogas|finns bifogad|i bilagan|skickas härmed)|ansökningshandlingar(?:na)?|ansökningsblankett(?:en)? (?:bifogas|i bilagan)"),
  word("(?:jag|vi) (?:härmed )?ansöker"),
  word("ansöker (?:härmed )?om"),
  word("vill (?:gärna )?(?:an)?söka"),
  word("(?:lämnar|skickar|sänder) (?:vi |jag )?(?:härmed )?(?:in )?(?:en |vår |min |er )?ansökan"),
  word("här (?:kommer|är|finns) (?:vår|min|en|[a-zåäö:]+s) ansökan"),
  word("(?:bifogar|bifogat|bifogas|finner ni) (?:härmed )?(?:(?:vår|min|en|er|[a-zåäö:]+s) )?ansökan"),
  word("(?:i|we) (?:would like|want|wish) to apply|(?:my|our|an) application for|hereby apply"),
];
export const APPLICATION_SUBJECT: readonly RegExp[] = [stem("ansökan"), stem("ansöker"), stem("bygglovsansökan"), stem("application (?:for|to)")];
export const APPLICATION_ATTACHMENT = /ansökan|ansökning|application/i;

export const CONSULTATION: readonly RegExp[] = [
  word("remitterar|remitteras"),
  word("på remiss|remiss till|remiss om|remissversion(?:en)?|remisshandling(?:ar|arna)?|remissvar senast"),
  word("samrådsunderlag(?:et)?"),
  word("ges (?:härmed )?(?:möjlighet|tillfälle) att (?:yttra sig|lämna synpunkter)"),
  word("för yttrande|remiss av|ombeds (?:att )?yttra|ombeds lämna (?:ett )?yttrande|möjlighet att yttra sig"),
  word("for consultation"),
];
// "remissvaren är sammanställda", "remisstiden gick ut": about a consultation that is over, not one.
/** A remiss that asks this kommun for an answer: a reply date or an invitation to give one. */
export const CONSULTATION_REPLY: readonly RegExp[] = [
  word("(?:svara|svar|svaret|yttrande|yttrandet|synpunkter(?:na)?|remissvar(?:et)?) (?:[a-zåäö]+ ){0,6}senast"),
  word("ges (?:härmed )?(?:möjlighet|tillfälle) att (?:yttra sig|lämna synpunkter)|ombeds (?:att )?(?:yttra|svara|lämna)"),
];
export const CONSULTATION_SUBJECT: readonly RegExp[] = [stem("remiss(?!er|var|tid|sammanst|runda)"), stem("samrådsunderlag"), stem("samråd om")];

export const DECISION: readonly RegExp[] = [
  word("(?:översänder|bifogar|bifogas|skickar) (?:härmed )?(?:[a-zåäö]+ ){0,3}(?:beslut(?:et)?|delegationsbeslut(?:et)?|protokollsutdrag(?:et)?|dom(?:en)?)"),
  word("delegationsbeslut(?:et)?|protokollsutdrag(?:et)?"),
  word("(?:länsstyrelsen|nämnden|kommunstyrelsen|förvaltningsrätten|domstolen|myndigheten|inspektionen) (?:beviljar|avslår|beslutade|har beslutat|bifaller|upphäver)"),
  word("beslutet bifogas|beslutet finns bifogat|meddelande om beslut|underrättelse om beslut|har fattat (?:följande )?beslut|tillståndet beviljas|ansökan beviljas|ansökan avslås"),
  word("dom i mål"),
];
export const DECISION_SUBJECT: readonly RegExp[] = [stem("beslut"), stem("protokollsutdrag"), stem("delegationsbeslut"), word("dom")];
export const DECISION_ATTACHMENT = /beslut|protokollsutdrag|(?:^|[^a-zåäö])dom(?:[^a-zåäö]|$)/i;

export const CONTRACT: readonly RegExp[] = [
  word("undertecknat avtal|avtalet (?:[a-zåäö]+ ){0,4}undertecknat|för underskrift|avtalsförslag|förslag (?:till|på) (?:hyres)?avtal"),
  word("(?:lämnar|lämnas) (?:[a-zåäö&]+ ){0,5}anbud|anbud i upphandling(?:en)?|(?:vårt|bifogat|bifogade) anbud"),
  word("(?:under|signerat|signerade|underskrivet|underskrivna|undertecknade) (?:[a-zåäö]+ )?avtal(?:et)?"),
  word("signed (?:contract|agreement)|contract for signature"),
];
export const CONTRACT_SUBJECT: readonly RegExp[] = [stem("anbud"), stem("avtal"), stem("hyresavtal"), stem("kontrakt")];
export const CONTRACT_ATTACHMENT = /avtal|anbud|kontrakt|contract|agreement/i;

export const OPINION: readonly RegExp[] = [
  word("ärendetyp: synpunkt"),
  word("(?:lämna|framföra|lämnar|framför) (?:en |några |mina |våra )?synpunkt(?:er)?"),
  word("(?:min|mina|vår|våra) synpunkt(?:er)?(?: på| om)"),
  word("(?:har|vill ge) (?:en |några )?synpunkt(?:er)?"),
  word("följande synpunkter|synpunkter på (?:planförslaget|detaljplan(?:en)?|förslaget|samrådshandling(?:en|arna)?|planen)"),
  word("(?:jag|vi) föreslår att (?:kommunen|ni|nämnden)|(?:jag|vi) tycker (?:att )?(?:kommunen|ni) (?:borde|bör|ska|måste)|hoppas (?:att )?(?:ni|kommunen) kan (?:göra något|åtgärda|ordna)"),
  word("feedback on"),
];
export const OPINION_SUBJECT: readonly RegExp[] = [stem("synpunkt"), stem("feedback")];

export const CITIZEN_PROPOSAL: readonly RegExp[] = [stem("medborgarförslag"), stem("e-förslag"), word("citizens'? proposal")];

// ---------------------------------------------------------------------------
// Signs of an ongoing ärende and of content that matters.

export const STATEMENT: readonly RegExp[] = [
  stem("yttrande"),
  word("har (?:inget|inga synpunkter) att erinra|inget att erinra|yttrar (?:oss|sig|mig)"),
];
export const SUPPLEMENT: readonly RegExp[] = [
  stem("komplettering"),
  word("kompletterande (?:handlingar|uppgifter|karta|ritning|underlag)"),
  word("som (?:ni|du) bad om|som efterfrågades|begärda handlingar|(?:ni|du) efterfrågade|(?:ni|du) begärde|efterfrågade (?:handlingar|uppgifter)"),
  word("(?:bifogar|skickar) (?:[a-zåäö]+ ){0,3}(?:intyg(?:et)?|läkarintyg(?:et)?|ritning(?:en|ar|arna)?|karta(?:n)?|kontrollplan(?:en)?) (?:till|för|som)"),
  word("svar på föreläggande|med anledning av (?:[a-zåäö-]+ ){0,3}föreläggande"),
];
/** A notice from the kommun's own diary system: the matter is registered already. */
export const DIARY_SYSTEM_NOTICE: readonly RegExp[] = [
  word("diariesystem(?:et)?|ärendehanteringssystem(?:et)?"),
  word("har tilldelats dig|har registrerats|har diarieförts|tilldelat av"),
];
export const CASE_WORDS: readonly RegExp[] = [word("ditt ärende|ert ärende|mitt ärende|vårt ärende|i ärendet|ärendet gäller|angående ärende")];
export const ASKED_TO_REGISTER: readonly RegExp[] = [
  word("diarieför (?:gärna|detta|den|det|handlingen)|(?:ska|bör|måste) diarieföras|diarieföras och"),
  word("hej registrator|till registrator(?:n)?|registrera (?:detta|den|det|handlingen)"),
];
export const CRITICISM: readonly RegExp[] = [
  word("(?:jag|vi) anser att (?:[a-zåäö-]+ ){0,4}(?:fel|felaktig|felaktiga|felaktigt|orimlig|orimliga|orimligt|bristfällig|bristfälliga|bristfälligt|oacceptabel|oacceptabelt|oacceptabla)"),
  word("(?:har|hade) inte följt|(?:vår|min) kritik|kritik mot (?:kommunen|nämnden|beslutet|er)|(?:jag|vi) protesterar"),
];
/** A complaint told second-hand (a colleague noting a call). */
export const COMPLAINT_MENTION = /(?:^|[^a-zåäö])(?:klaga|klagar|klagade|klagomål|missnöjd|missnöjda)(?![a-zåäö])/;
/** A form's own field saying what kind of errand it is ("Ärendetyp: Synpunkt"). */
export const FORM_TYPE = /(?:^|[^a-zåäö])ärendetyp: (synpunkt|klagomål|felanmälan|ansökan|anmälan|medborgarförslag|överklagande|begäran om allmän handling)/;
export const DEMAND: readonly RegExp[] = [
  word("(?:vill|begär|kräver) (?:att (?:ni|kommunen) )?(?:ha |få )?(?:ett )?skriftligt svar"),
  word("(?:jag|vi|som) (?:vill|begär|kräver) att (?:ni|kommunen|rektorn|nämnden|styrelsen) (?:utreder|åtgärdar|gör något|river upp|upphäver|ändrar|omprövar|stoppar|drar tillbaka|avbryter)"),
  word("förväntar mig (?:ett )?(?:svar|en ursäkt)"),
  // An open letter: "kräver att varje kommun senast 15 mars svarar på frågan".
  word("(?:kräver|begär|vill) att (?:varje kommun|kommunen|ni|nämnden|kommunstyrelsen|kommunstyrelserna)(?: [a-zåäö0-9]+){0,4} (?:svarar|besvarar)"),
];
/** A notice under a contract the kommun has: a price change, a termination, a time to object. */
export const CONTRACT_NOTICE: readonly RegExp[] = [
  word("(?:enligt|i enlighet med) avtalets (?:[a-zåäö]+ )?(?:klausul|villkor|indexklausul)|indexklausul(?:en)?|prisjustering(?:en)?|säger (?:härmed )?upp avtalet|uppsägning av avtal(?:et)?|invändningar (?:ska|måste) (?:lämnas|inkomma|ha inkommit)"),
];

/** "för kännedom", "kopia för kännedom", "FYI". */
export const FOR_INFORMATION: readonly RegExp[] = [word("för kännedom|kopia för kännedom|fyi|for your information")];
export const FORWARD_WORDS: readonly RegExp[] = [word("vidarebefordrar|vidarebefordrat meddelande|forwarded message|forwarding")];

// ---------------------------------------------------------------------------
// Ringa betydelse.

export const INVITATION: readonly RegExp[] = [
  stem("inbjudan|kursinbjudan|konferensinbjudan"),
  word("bjuder (?:härmed )?in|välkomna till|välkommen till (?:vår|vårens|höstens|kursen|konferensen|webbinariet|utbildningen)"),
  stem("webbinari|webinar"),
  word("anmäl dig|anmälan senast|sista anmälningsdag|sista dag för anmälan|anmälan görs|register now|save the date|join our"),
  word("nätverksträff|utbildningsdag|endagskurs|konferens(?:en)? om|kallelse till|välkommen att (?:delta|anmäla)"),
];
export const PRESS_RELEASE: readonly RegExp[] = [stem("pressmeddelande"), word("press release"), word("presskontakt")];
export const CIRCULAR: readonly RegExp[] = [stem("cirkulär")];
export const ADVERTISING: readonly RegExp[] = [
  word("kampanj(?:kod)?|rabatt|erbjudande(?:n)?|fri frakt|köp nu|boka (?:en )?demo"),
  new RegExp("\\d+ ?% (?:på|rabatt|off)(?![a-zåäö])"),
  word("free (?:audit|trial|demo)|special offer|limited time|our (?:seo )?team can|we offer|vi erbjuder (?:er|dig|kommunen)|unsubscribe from (?:our|these) (?:offers|emails)"),
];
export const THANKS_START = /^(?:hej(?: [a-zåäö]+)?[!,.]? )?(?:stort |tusen |varmt )?tack(?:\s|!|,|\.|$)|^(?:hi(?: [a-z]+)?[!,.]? )?thank you/;
export const CALENDAR_REPLY_SUBJECT = /^(?:accepterat|accepterad|accepted|avböjt|avböjd|declined|preliminärt|tentative|tackat ja|tackat nej)\s*:/i;
export const MEETING_PLANNING: readonly RegExp[] = [
  word("mötestid(?:er)?|förslag på tider|förslag på mötestider|passar (?:det|bäst|bra|dig|oss|mig)|kan vi flytta|vi ses|flytta (?:vårt|mötet|vår avstämning)|boka (?:ett |in ett )?möte|vilken (?:tid|dag) passar"),
];
/** A time agreed, not asked: "tisdag kl. 10 passar bra", "det går bra", "works for me". */
export const MEETING_ACCEPTED: readonly RegExp[] = [
  word("passar (?:mig |oss )?(?:bra|utmärkt|fint)|går bra för (?:mig|oss)|det går bra|bekräftar (?:tiden|mötet)|då ses vi|vi ses då|works for (?:me|us)|sounds good|see you then"),
];
/** Questions put to the kommun for an answer: "vi ber er besvara tre frågor". */
export const ASKS_FOR_ANSWERS: readonly RegExp[] = [word("ber (?:er|kommunen|dig) (?:att )?(?:besvara|svara på)|besvara (?:följande|några|[a-zåäö]+) frågor")];
export const RING_ME: readonly RegExp[] = [word("ring(?:a)? (?:upp )?mig|kan (?:du|någon|ni) ring(?:a)?|ring gärna|bli uppringd|call me|give me a call|ringa upp")];
/** Mail that reached the wrong person. */
export const MISDIRECTED: readonly RegExp[] = [word("fel (?:adress|mottagare|person|e-postadress)|hamnat fel|skickat fel|skickades fel|kommit fel|wrong (?:address|recipient|person)")];
export const OWN_MATTER: readonly RegExp[] = [
  word("min ansökan|mitt ärende|min anmälan|mitt bygglov|vår ansökan"),
  word("(?:jag|vi) har (?:lämnat in|skickat in|sökt|ansökt om) (?:en |min |vår )?(?:ansökan|bygglov|anmälan|bidrag)"),
];
/** Signing up for an activity ("anmäla mig till simskolan"). */
/** Asking to be taken off a mailing list: a reply to a newsletter, not an anmälan (even when its link "fungerar inte"). */
export const UNSUBSCRIBE: readonly RegExp[] = [
  word("ta bort (?:mig|oss|min (?:e-post)?adress|vår (?:e-post)?adress) (?:från|ur) (?:er |era |din |kommunens )?(?:sändlist(?:a|an|or)|utskickslist(?:a|an)|e-postlist(?:a|an)|maillist(?:a|an)|mejllist(?:a|an)|listan|utskick(?:en)?|nyhetsbrev(?:et)?)|avregistrera (?:mig|oss)|avsluta (?:min|vår) prenumeration|vill inte (?:längre )?(?:få|ha) (?:fler |mer |några fler )?(?:[a-zåäö]+s )?(?:nyhetsbrev(?:et)?|utskick(?:en)?)|ta bort [^\\s@]+@[^\\s]+ (?:från|ur) (?:er |era )?(?:sändlist(?:a|an)|utskickslist(?:a|an)|e-postlist(?:a|an)|listan)|unsubscribe me|remove (?:me|us|my address) from (?:your |the )?(?:mailing )?list"),
];
/** The papers for a meeting of a nämnd: "kallelsen och underlagen", "sammanträdeshandlingarna". */
export const MEETING_PAPERS: readonly RegExp[] = [word("kallelse(?:n)?|sammanträdeshandling(?:ar|arna)?|möteshandling(?:ar|arna)?|handlingar(?:na)? (?:till|inför) (?:sammanträdet|mötet|nämnden|nämndens|styrelsen)|underlag(?:en|et)? (?:till|inför) (?:sammanträdet|mötet|ärende)|utskick(?:et)? (?:till|inför) (?:sammanträdet|mötet)")];
export const SIGN_UP: readonly RegExp[] = [word("anmäla (?:mig|oss|mitt barn|vårt barn|min son|min dotter|ett lag|laget) (?:till|på)|vill vara med på|sign (?:me|us) up")];
export const PRIVATE: readonly RegExp[] = [word("kalas|kram|grattis|födelsedag(?:en)?|fyller \\d+|tårta|fikarummet|swisha")];
/** A read receipt: "Läst: Beslut om …", "Read: …", "Ej läst: …" (Outlook's subject for a disposition notification). */
export const READ_RECEIPT_SUBJECT = /^(?:läst|ej läst|oläst|read|not read)\s*:/i;
export const AUTO_REPLY_SUBJECT = /^(?:automatiskt svar|autosvar|frånvaro|frånvarande|frånvaromeddelande|out of office|automatic reply|autoreply|auto-reply)\s*:/i;

/** Asking without a question mark. */
export const INDIRECT_QUESTION = /(?:^|[^a-zåäö])(?:undrar (?:om|hur|vad|när|vem|var|vilken|vilket)|i wonder|wondering (?:if|whether))(?![a-zåäö])/;

/** Question openings of a simple enquiry. */
export const QUESTION: readonly RegExp[] = [
  word("hur (?:gör|ansöker|söker|får|ska|kan|länge|mycket|nära)|behöver (?:jag|vi|man)|får (?:jag|vi|man)|är (?:det|biblioteket|ni|kontoret)|finns det|vem (?:ska|kan|kontaktar)|när (?:öppnar|stänger|är)|vad kostar|kan man|kan jag|undrar (?:om|hur|vad|när|vem|var)"),
  word("who should|how (?:do|can|long|much)|is the|are you open|can i|could you tell|when (?:is|does|do)|where can"),
];

/** Local parts of a mailbox that reaches a whole group ("kansliet-alla@", "ks-alla@", "all-staff@"). */
export const GROUP_MAILBOX = /(?:^|[-._])(?:alla|all|samtliga|personal|medarbetare|all-staff|everyone)(?:[-._]|$)/i;

/** Addresses that never take a reply. */
export const NO_REPLY_ADDRESS = /^(?:no-?reply|do-?not-?reply|noreply|mailer-daemon|postmaster|bounce|notifications?|system|donotreply)[-._@+]/i;

// ---------------------------------------------------------------------------
// Senders.

/** Mail services people use privately: the sender is most likely a private person. */
export const PRIVATE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com", "googlemail.com", "hotmail.com", "hotmail.se", "outlook.com", "outlook.se", "live.se", "live.com", "msn.com",
  "yahoo.com", "yahoo.se", "icloud.com", "me.com", "mac.com", "aol.com", "mail.com", "gmx.com", "gmx.net", "gmx.de", "web.de",
  "protonmail.com", "proton.me", "pm.me", "telia.com", "spray.se", "bredband.net", "bahnhof.se", "comhem.se", "tele2.se",
  "glocalnet.net", "passagen.se", "home.se", "swipnet.se", "tiscali.se", "ownit.se",
]);

/** Swedish state authorities' and regions' mail domains: the sender is another authority. */
export const AUTHORITY_DOMAINS: ReadonlySet<string> = new Set([
  "lansstyrelsen.se", "trafikverket.se", "transportstyrelsen.se", "domstol.se", "ivo.se", "lm.se", "polisen.se", "skatteverket.se",
  "skogsstyrelsen.se", "naturvardsverket.se", "boverket.se", "socialstyrelsen.se", "forsakringskassan.se", "arbetsformedlingen.se",
  "msb.se", "jo.se", "riksarkivet.se", "skolverket.se", "skolinspektionen.se", "kronofogden.se", "migrationsverket.se",
  "folkhalsomyndigheten.se", "havochvatten.se", "sgu.se", "smhi.se", "jordbruksverket.se", "livsmedelsverket.se", "kemi.se",
  "energimyndigheten.se", "pts.se", "dataskydd.imy.se", "imy.se", "imy.se", "tillvaxtverket.se", "vgregion.se", "skane.se",
  "sll.se", "regionstockholm.se", "kriminalvarden.se", "aklagare.se", "jk.se", "diskrimineringsombudsmannen.se", "do.se",
  "statenssc.se", "esv.se", "scb.se", "sametinget.se", "fortifikationsverket.se", "sfv.se", "raa.se",
]);
/** Regions' domains are mostly region<name>.se. */
export const REGION_DOMAIN = /^region[a-zåäö]+\.se$/;
