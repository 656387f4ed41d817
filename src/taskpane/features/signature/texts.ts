/** The Signatur view's texts. Field labels and problems come from the core; failures from ui/failure-texts. */
import { defineTexts, type Translator } from "../../ui/i18n";

export const SIGNATURE_TEXTS = defineTexts({
  heading: {
    sv: "Din signatur",
    en: "Your signature",
  },
  intro: {
    sv: "Kommunens standardsignatur med dina uppgifter. Postvakt lägger in den i nya meddelanden, svar och vidarebefordringar.",
    en: "The kommun's standard signature with your details. Postvakt adds it to new messages, replies and forwards.",
  },
  formLabel: {
    sv: "Dina uppgifter",
    en: "Your details",
  },
  prefilled: {
    sv: "Postvakt har hämtat {{fields}} från Outlook. Fyll i resten och välj Spara.",
    en: "Postvakt took {{fields}} from Outlook. Fill in the rest and choose Save.",
  },
  prefilledNothing: {
    sv: "Fyll i dina uppgifter och välj Spara.",
    en: "Fill in your details and choose Save.",
  },
  corrupt: {
    sv: "Dina sparade signaturuppgifter gick inte att läsa. Fälten är ifyllda med det Outlook vet om dig; kontrollera dem och välj Spara.",
    en: "Your saved signature details could not be read. The fields hold what Outlook knows about you; check them and choose Save.",
  },
  newerVersion: {
    sv: "Dina uppgifter sparades av en nyare version av Postvakt. Kontrollera fälten innan du sparar.",
    en: "Your details were saved by a newer version of Postvakt. Check the fields before you save.",
  },
  needDetails: {
    sv: "Fyll i dina uppgifter och välj Spara. Välj sedan Infoga i meddelandet.",
    en: "Fill in your details and choose Save. Then choose Insert into the message.",
  },
  includeMobile: {
    sv: "Visa mobilnumret i signaturen",
    en: "Show my mobile number in the signature",
  },
  mobileIncluded: {
    sv: "Mobilnumret ingår i kommunens signatur när du fyller i det.",
    en: "The mobile number is part of the kommun's signature when you fill it in.",
  },
  mobileDiscouragedHint: {
    sv: "Kommunen ber personalen begränsa att lämna ut mobilnummer.",
    en: "The kommun asks staff to limit giving out mobile numbers.",
  },
  previewHeading: {
    sv: "Förhandsvisning",
    en: "Preview",
  },
  previewFrameTitle: {
    sv: "Förhandsvisning av signaturen",
    en: "Preview of the signature",
  },
  variantLabel: {
    sv: "Variant",
    en: "Variant",
  },
  variantFull: {
    sv: "Nya meddelanden",
    en: "New messages",
  },
  variantShort: {
    sv: "Svar och vidarebefordran",
    en: "Replies and forwards",
  },
  save: {
    sv: "Spara",
    en: "Save",
  },
  saving: {
    sv: "Sparar …",
    en: "Saving …",
  },
  saved: {
    sv: "Sparat. Postvakt använder uppgifterna i nya meddelanden.",
    en: "Saved. Postvakt uses these details in new messages.",
  },
  insert: {
    sv: "Infoga i meddelandet",
    en: "Insert into the message",
  },
  inserting: {
    sv: "Infogar …",
    en: "Inserting …",
  },
  inserted: {
    sv: "Signaturen är infogad i meddelandet.",
    en: "The signature is in the message.",
  },
  replaced: {
    sv: "Signaturen är ersatt i meddelandet.",
    en: "The signature in the message has been replaced.",
  },
  alreadyPresent: {
    sv: "Signaturen finns redan i meddelandet.",
    en: "The signature is already in the message.",
  },
  fixFirst: {
    sv: "Rätta de markerade fälten först.",
    en: "Correct the marked fields first.",
  },
  fillRequiredFirst: {
    sv: "Fyll i de markerade fälten först: kommunens signatur ska ha dem.",
    en: "Fill in the marked fields first: the kommun's signature must have them.",
  },
  directory: {
    sv: "Hämta från adressboken",
    en: "Get from the address book",
  },
  directoryBusy: {
    sv: "Hämtar …",
    en: "Getting …",
  },
  directoryFilled: {
    sv: "Hämtade {{count}} uppgifter från adressboken. Kontrollera dem och välj Spara.",
    en: "Got {{count}} details from the address book. Check them and choose Save.",
  },
  directoryNothing: {
    sv: "Adressboken hade inget att fylla i som du inte redan har.",
    en: "The address book had nothing to fill in that you do not already have.",
  },
  directoryDiffers: {
    sv: "Adressboken har andra uppgifter för: {{fields}}. Vill du använda adressbokens?",
    en: "The address book has different details for: {{fields}}. Use the address book's?",
  },
  directoryUse: {
    sv: "Använd adressbokens",
    en: "Use the address book's",
  },
  directoryKeep: {
    sv: "Behåll mina",
    en: "Keep mine",
  },
  clientSignatureOn: {
    sv: "Outlook lägger också in din egen signatur. Så länge den är på lägger Postvakt inte in kommunens signatur av sig själv.",
    en: "Outlook also adds your own signature. While it is on, Postvakt does not add the kommun's signature by itself.",
  },
  clientSignatureOff: {
    sv: "Stäng av Outlooks signatur",
    en: "Turn off Outlook's signature",
  },
  clientSignatureDisabled: {
    sv: "Outlooks egen signatur är avstängd. Postvakt lägger in kommunens signatur i nya meddelanden.",
    en: "Outlook's own signature is off. Postvakt adds the kommun's signature to new messages.",
  },
});

export type SignatureTextKey = keyof typeof SIGNATURE_TEXTS;
export type SignatureTranslate = Translator<SignatureTextKey>;
