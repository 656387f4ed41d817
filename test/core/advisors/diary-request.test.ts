/**
 * What counts as a request for documents (begäran om allmän handling), in
 * everyday wording of our own: the frame ("kan jag få", "skicka mig") and a
 * document after it, and the look-alikes that are something else.
 */
import { describe, expect, it } from "vitest";
import { asksForServiceNotRecord, findDocumentRequest } from "../../../src/core/advisors/diary/request";

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
const asks = (own: string, subject = "", reply = false) => findDocumentRequest({ subject: fold(subject), own: fold(own), reply }) !== undefined;

describe("requests for documents, however they are put", () => {
  it.each([
    ["a wish", "Jag skulle vilja läsa utredningen om den nya skolan."],
    ["a wish with words between", "Vi skulle därför gärna vilja få se samtliga anbud i upphandlingen av skolmat."],
    ["a wish after a clause, without its subject", "Vi bor granne med tomten och skulle gärna vilja titta på bygglovsritningarna."],
    ["asking leave", "Kan jag få en kopia av hyresavtalet för idrottshallen?"],
    ["asking whether it can be done", "Går det att få se protokollet från tekniska nämnden i mars?"],
    ["asking about a possibility", "Finns det möjlighet att ta del av riskbedömningen för badplatsen?"],
    ["the kommun asked to hand over", "Kan ni mejla mig fotografierna från besiktningen?"],
    ["a polite indirect wish", "Jag undrar om jag kan få läsa tjänsteanteckningarna i min mammas ärende."],
    ["interest", "Jag är intresserad av att läsa kontrollrapporterna för pizzerian."],
    ["gratitude in advance", "Jag vore tacksam om ni kunde skicka över korrespondensen mellan förvaltningen och entreprenören."],
    ["an imperative after a greeting", "Hej! Skicka gärna postlistan för vecka 12."],
    ["a blunt imperative", "skicka lönelistan för chefer tack"],
    ["a demand", "Härmed begär vi att få ta del av tilldelningsbeslutet."],
    ["a demand, inverted", "Med detta mejl begär jag en kopia av detaljplanen."],
    ["the words that say it", "Med stöd av offentlighetsprincipen vill jag se avtalet."],
    ["'begär ut'", "Jag vill begära ut alla mejl som rör vindkraften."],
    ["the document named first", "Det finns väl en inspelning från fullmäktige som ni kan skicka?"],
    ["a passive", "Kopior av ritningarna får gärna skickas till min adress."],
    ["needs, without a verb", "Jag behöver de senaste protokollen från socialnämnden."],
    ["salaries", "Skicka mig vad alla förvaltningschefer har i månadslön."],
    ["an authority's formal wording", "Myndigheten hemställer om att få ut filmerna från kameran vid torget."],
    ["'ber också om'", "Vi ber också om en kopia av avtalet med städfirman."],
    ["needs, with an adjective", "Jag skulle behöva den årliga uppföljningen av hemtjänsten."],
    ["an analysis", "Jag är intresserad av att läsa den klimatanalys som kommunen beställde."],
    ["a plan, in a compound", "Kan ni skicka mig verksamhetsplanen för äldreomsorgen?"],
    ["a list after the wish", "Vi skulle vilja få följande: – avtalet med bussbolaget – den senaste uppföljningen av linje 12."],
    ["a bulleted list after a colon", "I ärendet vill jag ha: * protokollet från tillsynen * bilderna från besöket"],
    ["an existence question, then 'i så fall … det'", "Finns det några minnesanteckningar från mötet med skolan? I så fall vill jag gärna ha dem."],
    ["coming by to look", "Kan jag komma förbi på måndag och titta på ritningarna till idrottshallen?"],
    ["inverted and without a verb", "För att kunna överklaga behöver vi snarast utvärderingen av anbuden."],
    ["'undrar jag om ni'", "Så nu undrar jag om ni snällt kunde skicka mig protokollet från i våras."],
    ["an order with 'också' before the record", "Skicka mig också körloggen för sandbilarna från i fredags."],
    ["a passive wish", "Skulle jag kunna få bilderna från besiktningen mejlade till mig?"],
    ["a passive around the record", "Skulle protokollet från miljönämnden i oktober kunna mejlas till mig?"],
    ["'nu ber jag om' what a calculation rests on", "Jag förstår inte beloppet, så nu ber jag om de underlag som beräkningen bygger på."],
    ["valuing it after an existence question", "Har kommunen gjort någon utredning om ras vid älven? I så fall vore det intressant att läsa den."],
    ["an existence question, a clause, then an order with 'det'", "Finns mätningen nånstans? Alltså hur många bilar som körde förbi. Lägg gärna ut det eller mejla mig."],
    ["'hade varit bra att få'", "Hade varit bra att få de filmer som togs vid översvämningen i maj."],
    ["the nominal style", "Önskemål: kopia av alla rapporter från tillsynen av Kafé Hamnen."],
    ["a copy asked for with thanks", "Kopia av anmälan mot mig och av allt annat i ärendet, tack."],
    ["figures the kommun has reported", "För min uppsats behöver jag de uppgifter om antal platser som kommunen har rapporterat in till SCB."],
    ["consultation responses, in English", "Would it be possible for me to get the consultation responses you received?"],
    ["the object first, as a pronoun", "Då borde det finnas provsvar från i somras, och dem vill jag läsa själv."],
    ["a finite verb after 'går det att'", "Går det att ni skickar protokolet med posten till mig?"],
    ["'jättegärna'", "skulle jättegärna vilja ha den rapporten om det går"],
    ["a mandate from a board", "Styrelsen har gett mig i uppdrag att inhämta avtalet med bilagor."],
    ["the passive of a demand, words between", "Härmed begärs att få ta del av samtliga allmänna handlingar i ärendet."],
    ["minutes, in English", "I would like to obtain the minutes of the planning committee."],
    ["a polite question in English", "Would it be possible to receive the inspection reports for the school?"],
    ["an English imperative", "Please forward the correspondence about the harbour to me."],
    ["English gratitude", "I'd be grateful if you could send me the evaluation of the tenders."],
    ["'I am writing to request'", "I am writing to request copies of the environmental permit decision."],
    ["the subject at the start, the wish after 'och'", "Jag skriver en bok om hamnen och vill ha ut alla mejl som rör kajen från 2025."],
    ["what someone wrote down", "Jag skulle vilja läsa det som hemtjänsten antecknade om pappa i våras."],
    ["what the kommun wrote, asked as a question", "Får jag se vad ni skrev efter besöket på förskolan?"],
    ["valuing it, with a list", "Jag skulle uppskatta att få följande skickat till mig: 1. Bullerutredningen. 2. Minnesanteckningarna från samrådet."],
    ["valuing it, asked leave", "Vi uppskattar om vi kunde få läsa revisionsrapporten."],
    ["a right claimed, about a record asked after", "Undrar om kommunen har tecknat något avtal med bolaget om hamnplanen. Jag bor granne sedan länge. Jag tycker att jag har rätt att få se hur det gick till."],
    ["receipts", "Skicka kvittona för resan till Bryssel."],
    ["leave asked with a finite verb, to come and look", "Går det bra att jag kommer till kommunhuset och läser byggnadsnämndens protokoll från 1970-talet?"],
    ["fetching it out", "Kan ni plocka fram ritningarna till Storgatan 5?"],
    ["an imperative after a comma", "Vill se det själv, skicka det papper där arvodet står."],
    ["an imperative after 'så', invoices the kommun paid", "När ni ändå svarar så mejla mig samtliga fakturor som kommunen har betalat för bryggan."],
    ["scans of old drawings, in English", "Do you still have the drawings for the old school? If so, I would love to get scans of them."],
  ])("%s", (_name, own) => {
    expect(asks(own)).toBe(true);
  });

  it("reads the subject when the body says little", () => {
    expect(asks("Tack på förhand.", "Begäran om handlingar i ärendet om Gamla skolan")).toBe(true);
  });

  it("reads a record named with thanks, and nothing else, as a request (not a record sent or a statement)", () => {
    expect(asks("--\nEva Ek, reporter", "Diariet för byggnadsnämnden vecka 12, tack")).toBe(true);
    expect(asks("Protokollet från tekniska nämnden i mars tack")).toBe(true);
    expect(asks("Protokollet bifogas, tack")).toBe(false);
    expect(asks("Beslutet är klart, tack")).toBe(false);
    expect(asks("Bra jobbat med beslutet, tack")).toBe(false);
  });
});

describe("look-alikes that are no request", () => {
  it.each([
    ["an application", "Jag begär härmed bygglov för ett garage."],
    ["an appeal", "Jag begär att beslutet om avgiften upphävs."],
    ["an appeal that names the decision", "Vi begär att nämnden ändrar beslutet från 3 maj."],
    ["the sender's own document", "Kan ni titta på min ritning innan jag skickar in den?"],
    ["a document still to be written", "Skicka beslutet till mig när det är fattat."],
    ["the next one", "Kan ni skicka nästa protokoll när det är justerat?"],
    ["a new message, not a record", "Kan ni skicka ett mejl till mig när handläggaren är tillbaka?"],
    ["an answer asked for by a date", "Vi vill gärna få era synpunkter på förslaget senast den 1 juni."],
    ["the kommun's own answer", "Kan ni skicka ert yttrande till länsstyrelsen?"],
    ["what an application needs", "Kan ni skicka information om vilka handlingar som behövs för bygglov?"],
    ["a blank form", "Kan ni skicka en blankett för ansökan om parkeringstillstånd?"],
    ["a how-question in general", "Hur gör man för att begära ut allmänna handlingar?"],
    ["a thank-you for documents received", "Tack för att jag fick ta del av protokollet så snabbt!"],
    ["asking when a decision comes", "När kan jag få beslutet om mitt bygglov?"],
    ["a party's own decision", "Bygglovet är beviljat men beslutet har inte kommit. Kan ni skicka beslutet? Mitt ärende är BN 2026/12."],
    ["someone else wants", "Handläggaren skrev att ni skulle vilja se ritningarna, så jag bifogar dem."],
    ["a price enquiry", "Could you send me the list of prices for the sports hall?"],
    ["a thank-you in English", "Thank you for sending the minutes, that was all I needed."],
    ["generic talk of the right", "I dag måste man begära ut protokollen, det borde finnas på webben."],
    ["a negation", "Jag begär inga handlingar, jag vill bara lämna en synpunkt."],
    ["a course about requests", "Välkommen till kursen om offentlighetsprincipen den 4 maj."],
    ["a request spoken of", "Kan du titta på den där begäran om allmän handling som kom i går?"],
    ["asking for views", "Vi skulle vilja få synpunkter från föreningarna innan vi bestämmer oss."],
    ["discussing, not getting", "Vi skulle vilja diskutera avtalet med er på ett möte."],
    ["a newsletter subscription", "Jag vill gärna få ert nyhetsbrev."],
    ["treatment, not documents", "Kan jag få behandling på vårdcentralen i stället?"],
    ["how it is done, in general", "Jag undrar hur det går till om man vill begära ut handlingar."],
    ["the way it is sent", "Skicka det gärna med e-post till mig."],
    ["plans for the day", "Kan ni skicka programmet för dagen?"],
    ["an existence question about something else", "Finns det parkering vid kommunhuset? I så fall vill jag gärna veta var."],
    ["coming by to talk", "Kan jag komma förbi och prata om bygglovet en dag nästa vecka?"],
    ["a blog, not a log", "Kan ni skicka mig länken till bloggen om skolan?"],
    ["a pointer to an attachment", "Beslutet kan överklagas till länsstyrelsen, se bilaga."],
    ["an offer to send", "Fakturan för arbetet kan skickas om ni vill se den."],
    ["asking when, late in the sentence", "Kan ni tala om när jag kan räkna med att få beslutet?"],
    ["an elected member's material for a meeting", "Inför gruppmötet vill vi i partiet gärna få alla tjänsteskrivelser om försäljningen."],
    ["the sender's own enclosures, then a form asked for", "Attached are our certificate and a photo of the truck. If a form is needed, please send it to me."],
    ["a decision not yet taken, then 'skicka det'", "Jag har lämnat mina synpunkter i grannebrevet. Jag vill att ni skickar beslutet när det är fattat. Skicka det gärna med e-post."],
    ["an elected member's material", "Inför vårt gruppmöte vill jag som gruppledare få alla tjänsteskrivelser om försäljningen. Kan du skicka dem?"],
    ["a nämnd member's missing papers", "Bilagorna till punkt 7 saknas. Kan du mejla mig dem i kväll? Vill läsa in mig före gruppmötet. Ulf (S) ledamot kultur- och fritidsnämnden"],
    ["a wish to thank", "I would like to thank you for the report."],
    ["something sent before, sent again", "Jag har inte fått kvittot på mejlen. Kan ni skicka det igen?"],
    ["coming by to talk, with a finite verb", "Går det bra att jag kommer förbi och pratar om bygglovet?"],
    ["a link to a published page", "Kan ni skicka länken till sidan där man kan läsa samrådshandlingarna?"],
    ["forwarding within the kommun", "Kan du diarieföra det och skicka det vidare till miljöchefen?"],
    ["handing something in", "Jag fyller i blanketten i kväll, och skicka in den i morgon."],
    ["the form on paper", "Jag vill ha den på papper, datorn krånglar."],
    ["one's own originals back", "Ni får behålla kopior, men jag vill ha ritningarna tillbaka."],
    ["billing, not a record", "Ring mig i morgon och skicka fakturan för maj."],
    ["a stamped copy of one's own papers", "Jag ska lämna in ansökan i receptionen och vill gärna få en kopia med mottagningsstämpel."],
    ["someone else wants, after 'och'", "Grannen säger att ni har varit där och vill se ritningarna innan ni bestämmer er."],
    ["what will be written", "Kan jag få veta vad ni skriver i beslutet när det är fattat?"],
    ["a right claimed with no record asked after", "Jag tycker att jag har rätt att få se hur ni arbetar med snöröjningen."],
  ])("%s", (_name, own) => {
    expect(asks(own)).toBe(false);
  });

  it("reads 'Begäran om yttrande' as a consultation, not a request for documents", () => {
    expect(asks("Kommunen ges tillfälle att yttra sig senast den 13 november.", "Begäran om yttrande – ansökan om tillstånd till bergtäkt")).toBe(false);
    expect(asks("", "Begäran om kopia av bygglovsritningarna")).toBe(true);
  });

  it("in a colleague's forward, 'en begäran om allmän handling' names the mail below", () => {
    const own = "Det här kom till mig i morse. Det är väl en begäran om allmän handling? /Lena";
    expect(findDocumentRequest({ subject: "björkskolan", own: fold(own), reply: false, forward: true })).toBeDefined();
    expect(findDocumentRequest({ subject: "björkskolan", own: fold(own), reply: false })).toBeUndefined();
  });

  it("does not read a reply's subject as the request it answers", () => {
    expect(asks("Tack, det var precis det jag behövde.", "Begäran om handlingar, KS 2026/1", true)).toBe(false);
  });
});

describe("asks for service, not a record (where the learned model is not asked either)", () => {
  it.each([
    ["a link", "kan ni skicka länken till sidan?", true],
    ["a brochure asked after", "har ni någon broschyr om att flytta hit?", true],
    ["a form", "skicka mig gärna en blankett", true],
    ["one's own papers back", "kan jag få tillbaka mina originalritningar?", true],
    ["a record", "kan ni skicka protokollet från mötet?", false],
    ["a record, with 'tillbaka' in time", "kan ni skicka protokollen från tio år tillbaka?", false],
  ])("%s", (_name, text, expected) => {
    expect(asksForServiceNotRecord(text)).toBe(expected);
  });
});
