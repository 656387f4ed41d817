/**
 * The demo mailbox's contents: a draft to edit and three incoming messages,
 * written for the demo. The personnummer are Skatteverket's published test
 * numbers, not real people's.
 */
import { textToHtml, type ComposeState, type ReadState } from "../../src/fake-office";

export const USER = { emailAddress: "anna.handlaggare@mjolby.se", displayName: "Anna Handläggare" };

export interface DemoReadItem {
  readonly id: string;
  readonly label: string;
  readonly state: ReadState;
}

export const DRAFT_TEXT = ["Hej Lisa,", "", "Här kommer underlaget inför mötet om boendeplaceringen på torsdag.", "", "Vänliga hälsningar", "Anna"].join("\n");

export function initialDraft(): ComposeState {
  return {
    kind: "compose",
    subject: "Underlag inför torsdagens möte",
    bodyHtml: textToHtml(DRAFT_TEXT),
    to: [{ emailAddress: "lisa.berg@mjolby.se", displayName: "Lisa Berg" }],
    cc: [],
    bcc: [],
    from: USER,
    composeType: "newMail",
  };
}

const CRLF = "\r\n";

export const READ_ITEMS: readonly DemoReadItem[] = [
  {
    id: "item-read-1",
    label: "Vårdcentralen: Uppföljning efter hembesök",
    state: {
      kind: "read",
      subject: "Uppföljning efter hembesök",
      from: { emailAddress: "distriktsskoterska@vardcentralen-exempel.se", displayName: "Vårdcentralen Exempel" },
      to: [USER],
      cc: [],
      bodyHtml: textToHtml(
        [
          "Hej,",
          "",
          "Vi var hemma hos brukaren i går. Det gäller Erik Johansson, 760102-2382.",
          "Han behöver hjälp med inköp två gånger i veckan. Kan ni ta upp det på nästa planering?",
          "",
          "Med vänlig hälsning",
          "Distriktssköterskan",
        ].join("\n"),
      ),
      headers: ["From: Vårdcentralen Exempel <distriktsskoterska@vardcentralen-exempel.se>", "Subject: Uppföljning efter hembesök"].join(CRLF),
    },
  },
  {
    id: "item-read-2",
    label: "Nyhetsbrev: Kommunnytt november",
    state: {
      kind: "read",
      subject: "Kommunnytt november: nya regler för arkivering",
      from: { emailAddress: "nyhetsbrev@kommunnytt-exempel.se", displayName: "Kommunnytt" },
      to: [USER],
      cc: [],
      bodyHtml: textToHtml(
        [
          "Kommunnytt – november",
          "",
          "• Nya regler för arkivering av e-post träder i kraft i januari.",
          "• Webbinarium om tillgänglighet den 12 december.",
          "",
          "Vill du inte längre få nyhetsbrevet? Avregistrera dig via länken i webbversionen.",
        ].join("\n"),
      ),
      headers: [
        "From: Kommunnytt <nyhetsbrev@kommunnytt-exempel.se>",
        "List-Unsubscribe: <mailto:avregistrera@kommunnytt-exempel.se>",
        "Precedence: bulk",
      ].join(CRLF),
    },
  },
  {
    id: "item-read-3",
    label: "Per Andersson: Fråga om bygglov",
    state: {
      kind: "read",
      subject: "Fråga om bygglov för altan",
      from: { emailAddress: "per.andersson@exempelpost.se", displayName: "Per Andersson" },
      to: [{ emailAddress: "kommun@mjolby.se", displayName: "Mjölby kommun" }],
      cc: [],
      bodyHtml: textToHtml(
        [
          "Hej!",
          "",
          "Jag vill bygga en altan på 25 kvadratmeter på vår tomt på Storgatan 4. Behöver jag söka bygglov,",
          "eller räcker det med en anmälan? När kan jag i så fall få besked?",
          "",
          "Tack på förhand,",
          "Per Andersson",
          "070-123 45 67",
        ].join("\n"),
      ),
      headers: ["From: Per Andersson <per.andersson@exempelpost.se>", "Subject: Fråga om bygglov för altan"].join(CRLF),
    },
  },
];
