/** The Signatur view's texts, Swedish and English. Field labels and problems come from the core. */
import type { Locale } from "../core";
import { catalogueTranslator } from "./i18n";
import type { GraphErrorKind } from "../office/graph/client";
import type { SignatureFailureKind } from "./signature-service";

const sv = {
  heading: "Din signatur",
  intro: "Kommunens standardsignatur med dina uppgifter. Postvakt lägger in den i nya meddelanden, svar och vidarebefordringar.",
  formLabel: "Dina uppgifter",
  prefilled: "Fälten är ifyllda med det Outlook vet om dig. Komplettera och välj Spara.",
  corrupt: "Dina sparade signaturuppgifter gick inte att läsa. Fälten är ifyllda med det Outlook vet om dig; kontrollera dem och välj Spara.",
  newerVersion: "Dina uppgifter sparades av en nyare version av Postvakt. Kontrollera fälten innan du sparar.",
  needDetails: "Fyll i dina uppgifter och välj Spara. Välj sedan Infoga i meddelandet.",
  includeMobile: "Visa mobilnumret i signaturen",
  mobileIncluded: "Mobilnumret ingår i kommunens signatur när du fyller i det.",
  mobileDiscouragedHint: "Kommunen ber personalen begränsa att lämna ut mobilnummer.",
  previewHeading: "Förhandsvisning",
  previewFrameTitle: "Förhandsvisning av signaturen",
  variantLabel: "Variant",
  variantFull: "Nya meddelanden",
  variantShort: "Svar och vidarebefordran",
  save: "Spara",
  saving: "Sparar …",
  saved: "Sparat. Postvakt använder uppgifterna i nya meddelanden.",
  insert: "Infoga i meddelandet",
  inserting: "Infogar …",
  inserted: "Signaturen är infogad i meddelandet.",
  replaced: "Signaturen är ersatt i meddelandet.",
  alreadyPresent: "Signaturen finns redan i meddelandet.",
  fixFirst: "Rätta de markerade fälten först.",
  directory: "Hämta från katalogen",
  directoryBusy: "Hämtar …",
  directoryFilled: "Hämtade {{count}} uppgifter från katalogen. Kontrollera dem och välj Spara.",
  directoryNothing: "Katalogen hade inget att fylla i som du inte redan har.",
  directoryDiffers: "Katalogen har andra uppgifter för: {{fields}}. Vill du använda katalogens?",
  directoryUse: "Använd katalogens",
  directoryKeep: "Behåll mina",
  clientSignatureOn: "Outlook lägger också in din egen signatur. Så länge den är på lägger Postvakt inte in kommunens signatur av sig själv.",
  clientSignatureOff: "Stäng av Outlooks signatur",
  clientSignatureDisabled: "Outlooks egen signatur är avstängd. Postvakt lägger in kommunens signatur i nya meddelanden.",
  failure_notOutlook: "Signaturen kan bara sparas inifrån Outlook.",
  failure_noComposeItem: "Inget meddelande skrivs just nu. Öppna ett nytt meddelande och försök igen.",
  failure_saveFailed: "Outlook kunde inte spara dina uppgifter. Försök igen om en stund.",
  failure_tooLarge: "Uppgifterna är för långa för att sparas. Korta de markerade fälten.",
  failure_insertStale: "Texten har ändrats sedan granskningen. Välj Infoga i meddelandet igen.",
  failure_insertFailed: "Outlook tillät inte att signaturen lades in. Skriv in den själv eller försök igen.",
  failure_clientSignatureFailed: "Outlook kunde inte stänga av sin signatur. Gör det i Outlooks inställningar för signaturer.",
  graph_cancelled: "Inloggningen avbröts. Inget hämtades.",
  graph_signIn: "Postvakt fick inte logga in mot katalogen. Fyll i uppgifterna själv, eller kontakta IT-supporten.",
  graph_consent: "Din organisation har inte godkänt att Postvakt läser katalogen. Be IT-supporten om ett godkännande, eller fyll i uppgifterna själv.",
  graph_forbidden: "Din organisation tillåter inte att Postvakt läser katalogen. Fyll i uppgifterna själv.",
  graph_notFound: "Katalogen har inga uppgifter om dig. Fyll i uppgifterna själv.",
  graph_throttled: "Katalogen är upptagen. Försök igen om en minut.",
  graph_unavailable: "Katalogen svarade inte. Kontrollera nätverket och försök igen.",
  graph_timeout: "Katalogen svarade inte i tid. Försök igen om en stund.",
  graph_badResponse: "Katalogen gav ett svar som Postvakt inte förstod. Fyll i uppgifterna själv.",
} as const;

type Key = keyof typeof sv;

const en: Record<Key, string> = {
  heading: "Your signature",
  intro: "The kommun's standard signature with your details. Postvakt adds it to new messages, replies and forwards.",
  formLabel: "Your details",
  prefilled: "The fields hold what Outlook knows about you. Complete them and choose Save.",
  corrupt: "Your saved signature details could not be read. The fields hold what Outlook knows about you; check them and choose Save.",
  newerVersion: "Your details were saved by a newer version of Postvakt. Check the fields before you save.",
  needDetails: "Fill in your details and choose Save. Then choose Insert into the message.",
  includeMobile: "Show my mobile number in the signature",
  mobileIncluded: "The mobile number is part of the kommun's signature when you fill it in.",
  mobileDiscouragedHint: "The kommun asks staff to limit giving out mobile numbers.",
  previewHeading: "Preview",
  previewFrameTitle: "Preview of the signature",
  variantLabel: "Variant",
  variantFull: "New messages",
  variantShort: "Replies and forwards",
  save: "Save",
  saving: "Saving …",
  saved: "Saved. Postvakt uses these details in new messages.",
  insert: "Insert into the message",
  inserting: "Inserting …",
  inserted: "The signature is in the message.",
  replaced: "The signature in the message has been replaced.",
  alreadyPresent: "The signature is already in the message.",
  fixFirst: "Correct the marked fields first.",
  directory: "Get from the directory",
  directoryBusy: "Getting …",
  directoryFilled: "Got {{count}} details from the directory. Check them and choose Save.",
  directoryNothing: "The directory had nothing to fill in that you do not already have.",
  directoryDiffers: "The directory has different details for: {{fields}}. Use the directory's?",
  directoryUse: "Use the directory's",
  directoryKeep: "Keep mine",
  clientSignatureOn: "Outlook also adds your own signature. While it is on, Postvakt does not add the kommun's signature by itself.",
  clientSignatureOff: "Turn off Outlook's signature",
  clientSignatureDisabled: "Outlook's own signature is off. Postvakt adds the kommun's signature to new messages.",
  failure_notOutlook: "The signature can only be saved from inside Outlook.",
  failure_noComposeItem: "No message is being written. Open a new message and try again.",
  failure_saveFailed: "Outlook could not save your details. Try again in a moment.",
  failure_tooLarge: "The details are too long to be saved. Shorten the marked fields.",
  failure_insertStale: "The text has changed since the check. Choose Insert into the message again.",
  failure_insertFailed: "Outlook did not allow the signature to be added. Type it yourself or try again.",
  failure_clientSignatureFailed: "Outlook could not turn its signature off. Do it in Outlook's signature settings.",
  graph_cancelled: "Sign-in was cancelled. Nothing was fetched.",
  graph_signIn: "Postvakt could not sign in to the directory. Fill in the details yourself, or contact IT support.",
  graph_consent: "Your organisation has not approved Postvakt reading the directory. Ask IT support to approve it, or fill in the details yourself.",
  graph_forbidden: "Your organisation does not let Postvakt read the directory. Fill in the details yourself.",
  graph_notFound: "The directory has no details about you. Fill in the details yourself.",
  graph_throttled: "The directory is busy. Try again in a minute.",
  graph_unavailable: "The directory did not answer. Check the network and try again.",
  graph_timeout: "The directory did not answer in time. Try again in a moment.",
  graph_badResponse: "The directory gave an answer Postvakt did not understand. Fill in the details yourself.",
};

const CATALOGUE: Readonly<Record<Locale, Readonly<Record<Key, string>>>> = { sv, en };

export type SignatureTextKey = Key;
export type SignatureTranslate = (key: SignatureTextKey, data?: Readonly<Record<string, string | number>>) => string;

export function signatureTranslator(locale: Locale): SignatureTranslate {
  return catalogueTranslator(CATALOGUE, locale);
}

export function signatureFailureText(t: SignatureTranslate, kind: SignatureFailureKind): string {
  return t(`failure_${kind}`);
}

export function graphFailureText(t: SignatureTranslate, kind: GraphErrorKind): string {
  return t(`graph_${kind}`);
}
