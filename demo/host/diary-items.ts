/**
 * The demo inbox's mail for the diary advisor (issue 10, the Diarium view):
 * one message for each answer it gives, written for the demo (invented
 * people and organisations; the citizens write from ordinary mail services).
 *
 * | id | mail | what the pane says |
 * |---|---|---|
 * | `item-read-diary-klagomal` | a resident's complaint about noise, with a log and a photo | Bör diarieföras (klagomål, privatperson); the kommun's answer time |
 * | `item-read-diary-arende` | a builder's supplement to case SBN ‹year›/112 | Bör diarieföras; Diarienummer SBN ‹year›/112 |
 * | `item-read-diary-begaran` | a journalist's request for public documents | Begäran om allmän handling – skyndsamt; besked samma (arbets)dag |
 * | `item-read-diary-kurs` | a course invitation with an unsubscribe header | Troligen ringa betydelse, no bar on the item, no receipt |
 * | `item-read-diary-osaker` | an attachment with hardly a word | Osäker – fråga registrator |
 * | `item-read-diary-bygglov` | a resident asks whether a carport needs a building permit | Bör diarieföras (fråga från privatperson) |
 * | `item-read-diary-overklagande` | an appeal of a decision in case MBN ‹year›/87 | Bör diarieföras (överklagande); the case number |
 * | `item-read-diary-nyhetsbrev` | a newsletter from a trade body, with List-Unsubscribe | Troligen ringa betydelse |
 * | `item-read-diary-autosvar` | an automatic out-of-office reply (Auto-Submitted) | Troligen ringa betydelse |
 * | `item-read-diary-faktura` | an invoice from a supplier | an invoice: to invoice handling, not the diary |
 *
 * Like Outlook's, each item has a fixed item id, a received time
 * (`dateTimeCreated`, a Date), internet headers with a Date a minute or two
 * earlier, and attachments with id, size and content type. Received times
 * are set back from the demo clock when the page loads (the newest a few
 * minutes ago), so with `?now=` everything, deadlines included, is
 * predictable. The three older items (items.ts) get item ids and received
 * times the same way when they have none.
 */
import { loadBuiltinProfile } from "../../src/core";
import { MAILBOX_ENUMS, textToHtml, type Address, type FakeAttachment, type ReadState } from "../../src/fake-office";
import { READ_ITEMS, USER, type DemoReadItem } from "./items";

/** The stable ids of the diary items, as the host's item list and the tests use them. */
export const DIARY_ITEM_IDS = {
  complaint: "item-read-diary-klagomal",
  caseNumber: "item-read-diary-arende",
  request: "item-read-diary-begaran",
  invitation: "item-read-diary-kurs",
  unclear: "item-read-diary-osaker",
  permitQuestion: "item-read-diary-bygglov",
  appeal: "item-read-diary-overklagande",
  newsletter: "item-read-diary-nyhetsbrev",
  autoReply: "item-read-diary-autosvar",
  invoice: "item-read-diary-faktura",
} as const;

/** The registrar the demo's mailbox picker plays (`?user=registrator`): she reads the kommun's shared registrar mailbox. */
export const REGISTRAR_USER = { emailAddress: "maja.lind@mjolby.se", displayName: "Maja Lind" } as const satisfies Address;

const MINUTE = 60_000;
const CRLF = "\r\n";

/** When the older items arrived, in minutes before the page loaded. */
const OLDER_ARRIVALS: Readonly<Record<string, number>> = { "item-read-1": 190, "item-read-2": 26 * 60, "item-read-3": 50 };

interface DiaryMail {
  readonly id: string;
  readonly itemId: string;
  readonly minutesAgo: number;
  readonly from: Address;
  readonly subject: string;
  readonly lines: readonly string[];
  readonly attachments?: readonly Omit<FakeAttachment, "id" | "isInline">[];
  /** Headers beyond the ordinary ones (List-Unsubscribe and the like). */
  readonly extraHeaders?: readonly string[];
}

function mails(year: number): DiaryMail[] {
  return [
    {
      id: DIARY_ITEM_IDS.complaint,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKbGFnb21hbAAA",
      minutesAgo: 35,
      from: { emailAddress: "karin.ljung@telia.com", displayName: "Karin Ljung" },
      subject: "Klagomål på buller från byggarbetsplatsen vid Ågatan",
      lines: [
        "Hej,",
        "",
        "Sedan tre veckor pågår arbeten på byggarbetsplatsen vid Ågatan 12 från klockan sex på morgonen, även på lördagar.",
        "Det bullrar så att vi inte kan sova. Jag vill klaga på detta och ber kommunen se till att arbetstiderna följs.",
        "",
        "Jag bifogar en lista med tider då det har bullrat och en bild från i lördags.",
        "",
        "Med vänlig hälsning",
        "Karin Ljung",
        "Ågatan 15",
      ],
      attachments: [
        { name: "Bullerlogg november.pdf", size: 48_213, contentType: "application/pdf" },
        { name: "IMG_2041.jpg", size: 1_843_220, contentType: "image/jpeg" },
      ],
    },
    {
      id: DIARY_ITEM_IDS.caseNumber,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKYXJlbmRlAAAA",
      minutesAgo: 95,
      from: { emailAddress: "lars.holm@rambergbygg-exempel.se", displayName: "Lars Holm, Ramberg Bygg AB" },
      subject: `Komplettering till ärende SBN ${year}/112`,
      lines: [
        "Hej,",
        "",
        "Som ni bad om i ert brev skickar vi här en reviderad situationsplan och nya fasadritningar",
        "för tillbyggnaden på Hagalundsvägen 8. Avståndet till tomtgränsen är nu 4,5 meter.",
        "",
        "Hör av er om något mer behövs.",
        "",
        "Vänliga hälsningar",
        "Lars Holm",
        "Ramberg Bygg AB",
      ],
      attachments: [
        { name: "Reviderad situationsplan.pdf", size: 412_877, contentType: "application/pdf" },
        { name: "Fasadritningar rev B.pdf", size: 1_204_510, contentType: "application/pdf" },
      ],
    },
    {
      id: DIARY_ITEM_IDS.request,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKYmVnYXJhbgAA",
      minutesAgo: 12,
      from: { emailAddress: "elin.sandberg@lokalbladet-exempel.se", displayName: "Elin Sandberg" },
      subject: "Begäran om allmän handling – avtal om skolskjuts",
      lines: [
        "Hej!",
        "",
        "Jag begär att få ta del av det gällande avtalet om skolskjuts mellan kommunen och bussbolaget, med bilagor,",
        "och av de avvikelserapporter som har kommit in under hösten.",
        "",
        "Jag tar gärna emot handlingarna som pdf via e-post.",
        "",
        "Elin Sandberg",
        "Lokalbladet",
      ],
    },
    {
      id: DIARY_ITEM_IDS.invitation,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKa3Vyc19pbmJqAA",
      minutesAgo: 5 * 60,
      from: { emailAddress: "kurser@utbildningsforum-exempel.se", displayName: "Utbildningsforum" },
      subject: "Inbjudan: Kurs i dokumenthantering och arkiv",
      lines: [
        "Välkommen till vår heldagskurs Dokumenthantering och arkiv i kommunen, den 10 februari kl. 9–16 i Linköping.",
        "",
        "Du lär dig grunderna i diarieföring, gallring och e-arkiv.",
        "",
        "Pris: 4 900 kr exkl. moms. Anmäl dig senast den 20 januari på vår webbplats.",
        "",
        "Vill du inte få fler inbjudningar? Avregistrera dig via länken i webbversionen.",
      ],
      extraHeaders: [
        "List-Unsubscribe: <mailto:avregistrera@utbildningsforum-exempel.se?subject=avregistrera>",
        "List-Id: Kursinbjudningar <kurser.utbildningsforum-exempel.se>",
        "Precedence: bulk",
      ],
    },
    {
      id: DIARY_ITEM_IDS.unclear,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKb3Nha2VyAAAA",
      minutesAgo: 160,
      from: { emailAddress: "info@norrgarden-exempel.se", displayName: "Norrgårdens Fastighetsförvaltning" },
      subject: "Handlingar",
      lines: ["Se bifogad fil.", "", "Mvh", "Norrgården"],
      attachments: [{ name: "Skrivelse.pdf", size: 96_340, contentType: "application/pdf" }],
    },
    {
      id: DIARY_ITEM_IDS.permitQuestion,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKYnlnZ2xvdgAA",
      minutesAgo: 48,
      from: { emailAddress: "per.ekstrom@gmail.com", displayName: "Per Ekström" },
      subject: "Behöver jag bygglov för carport?",
      lines: [
        "Hej!",
        "",
        "Vi vill bygga en carport på 28 kvadratmeter på vår tomt på Björkvägen 4 i Mantorp.",
        "Behöver vi söka bygglov för den, eller räcker det med en anmälan? Den kommer att stå 3 meter från grannens tomtgräns.",
        "",
        "Tacksam för svar.",
        "",
        "Per Ekström",
        "Björkvägen 4",
      ],
    },
    {
      id: DIARY_ITEM_IDS.appeal,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKb3Zlcmtsa2cA",
      minutesAgo: 70,
      from: { emailAddress: "b.nyman@outlook.com", displayName: "Birgitta Nyman" },
      subject: `Överklagande av beslut i ärende MBN ${year}/87`,
      lines: [
        "Till Miljö- och byggnadsnämnden",
        "",
        `Jag överklagar nämndens beslut den 12 november i ärende MBN ${year}/87 om strandskyddsdispens för fastigheten Sjöhagen 2:14.`,
        "Beslutet strider enligt min mening mot syftet med strandskyddet, eftersom allmänhetens tillgång till stranden försämras.",
        "",
        "Jag yrkar att beslutet upphävs. Mina skäl finns i den bifogade skrivelsen.",
        "",
        "Birgitta Nyman",
        "Sjöhagen 2:9",
      ],
      attachments: [{ name: "Överklagande MBN.pdf", size: 182_406, contentType: "application/pdf" }],
    },
    {
      id: DIARY_ITEM_IDS.newsletter,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKbnloZXRzYnIA",
      minutesAgo: 8 * 60,
      from: { emailAddress: "nyheter@kommunforbundet-exempel.se", displayName: "Kommunförbundet Östergötland" },
      subject: "Nyhetsbrev december: nya föreskrifter och höstens seminarier",
      lines: [
        "Nyhetsbrev från Kommunförbundet Östergötland, december",
        "",
        "I det här numret: nya föreskrifter om arkiv, en sammanfattning av höstens seminarier och tips inför årsskiftet.",
        "",
        "Läs hela nyhetsbrevet på vår webbplats.",
        "",
        "Du får det här brevet eftersom du prenumererar på våra nyheter. Avsluta prenumerationen via länken nedan.",
      ],
      extraHeaders: [
        "List-Unsubscribe: <https://kommunforbundet-exempel.se/avsluta>",
        "List-Id: Nyhetsbrev <nyheter.kommunforbundet-exempel.se>",
        "Precedence: bulk",
      ],
    },
    {
      id: DIARY_ITEM_IDS.autoReply,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKYXV0b3N2YXIA",
      minutesAgo: 22,
      from: { emailAddress: "jonas.berg@linkoping-exempel.se", displayName: "Jonas Berg" },
      subject: "Automatiskt svar: Underlag till samverkansmötet",
      lines: [
        "Tack för ditt mejl. Jag är på tjänsteresa till och med fredag och läser inte e-post.",
        "Är ärendet brådskande, ring växeln på 013-20 60 00.",
        "",
        "Jonas Berg",
      ],
      extraHeaders: ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    },
    {
      id: DIARY_ITEM_IDS.invoice,
      itemId: "AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKZmFrdHVyYQAA",
      minutesAgo: 6 * 60,
      from: { emailAddress: "faktura@kontorsgrossen-exempel.se", displayName: "Kontorsgrossen AB" },
      subject: "Faktura 2026-4471 från Kontorsgrossen AB",
      lines: [
        "Hej,",
        "",
        "Här kommer faktura 2026-4471 för kontorsmaterial som levererades den 24 november.",
        "Belopp att betala: 3 412 kr. Förfallodag: 30 dagar netto. Bankgiro 5050-1055, OCR 4471202611.",
        "",
        "Med vänlig hälsning",
        "Kontorsgrossen AB, kundservice",
      ],
      attachments: [{ name: "Faktura_2026-4471.pdf", size: 64_118, contentType: "application/pdf" }],
    },
  ];
}

/** A header value in RFC 2047 form where it is not plain ASCII, as mail servers write it. */
function encodedWord(text: string): string {
  if (!/[^\x20-\x7e]/.test(text)) return text;
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return `=?utf-8?B?${btoa(binary)}?=`;
}

function mailbox(a: Address): string {
  return a.displayName ? `${encodedWord(a.displayName)} <${a.emailAddress}>` : a.emailAddress;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An RFC 5322 date, in UTC: "Mon, 7 Dec 2026 08:53:12 +0000". */
export function rfc5322Date(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[at.getUTCDay()]}, ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())} +0000`;
}

function domainOf(address: string): string {
  return address.slice(address.indexOf("@") + 1);
}

function readState(mail: DiaryMail, now: number): ReadState {
  const received = new Date(now - mail.minutesAgo * MINUTE);
  // Sent a little before it arrived: the Date header is the sender's clock.
  const sent = new Date(received.getTime() - 83_000);
  const domain = domainOf(mail.from.emailAddress);
  const messageId = `<${mail.itemId.slice(-12).toLowerCase()}.${sent.getTime().toString(36)}@${domain}>`;
  const attachments = (mail.attachments ?? []).map((a, i) => ({ ...a, id: `${mail.itemId.slice(0, -4)}BEgAQA${i + 1}AA=`, isInline: false }));
  const headers = [
    `Received: from mail.${domain} (mail.${domain} [192.0.2.${10 + mail.minutesAgo % 200}]) by mx1.mjolby.se with ESMTPS; ${rfc5322Date(received)}`,
    `From: ${mailbox(mail.from)}`,
    `To: ${mailbox(USER)}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Date: ${rfc5322Date(sent)}`,
    `Message-ID: ${messageId}`,
    "MIME-Version: 1.0",
    attachments.length > 0 ? `Content-Type: multipart/mixed; boundary="----=_Part_${mail.minutesAgo}"` : 'Content-Type: text/plain; charset="utf-8"',
    ...(mail.extraHeaders ?? []),
  ].join(CRLF);
  return {
    kind: "read",
    itemId: mail.itemId,
    subject: mail.subject,
    from: mail.from,
    to: [USER],
    cc: [],
    bodyHtml: textToHtml(mail.lines.join("\n")),
    headers,
    internetMessageId: messageId,
    dateTimeCreated: received,
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

/** The diary items, received shortly before `now` (the demo clock when the page loads). */
export function diaryItems(now: number): DemoReadItem[] {
  const year = new Date(now).getUTCFullYear();
  return mails(year).map((mail) => ({ id: mail.id, label: `${mail.from.displayName}: ${mail.subject}`, state: readState(mail, now) }));
}

/**
 * The whole inbox: the older items (given an item id and a received time
 * where they have none, as Outlook always has both) and the diary items.
 */
export function demoInbox(now: number): DemoReadItem[] {
  const older = READ_ITEMS.map((item) => ({
    ...item,
    state: {
      ...item.state,
      itemId: item.state.itemId ?? `AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdJbmtvcmcBAAAK${item.id.replace(/[^A-Za-z0-9]/g, "")}AAAA`,
      dateTimeCreated: item.state.dateTimeCreated ?? new Date(now - (OLDER_ARRIVALS[item.id] ?? 6 * 60) * MINUTE),
    },
  }));
  return [...older, ...diaryItems(now)];
}

/**
 * An item as it lies in the registrar's shared mailbox (`box`): addressed to
 * the box rather than to Anna, and shared, so `getSharedPropertiesAsync`
 * names the box as its owner (a shared mailbox from Mailbox 1.13, before
 * that a delegate's shared folder, Mailbox 1.8).
 */
export function inSharedMailbox(state: ReadState, box: string, mailboxVersion: string): ReadState {
  const own = (a: Address) => (a.emailAddress.toLowerCase() === USER.emailAddress ? { emailAddress: box, displayName: "Registrator" } : a);
  const [major, minor] = mailboxVersion.split(".").map(Number) as [number, number];
  const { Read, Write, EditAll, DeleteAll } = MAILBOX_ENUMS.DelegatePermissions;
  return {
    ...state,
    to: state.to.map(own),
    cc: state.cc.map(own),
    ...(state.headers !== undefined ? { headers: state.headers.replace(`To: ${mailbox(USER)}`, `To: Registrator <${box}>`) } : {}),
    shared: { kind: major > 1 || minor >= 13 ? "sharedMailbox" : "sharedFolder", owner: box, permissions: Read | Write | EditAll | DeleteAll },
  };
}

/** The profile's registrar mailbox (the first it lists), which the registrar of `?user=registrator` reads; undefined without one. */
export function registrarMailboxOf(profileId: string): string | undefined {
  const loaded = loadBuiltinProfile(profileId);
  const diary = loaded.ok ? loaded.profile.diary : undefined;
  return diary?.registrarMailboxes?.[0] ?? diary?.registrars[0]?.address;
}
