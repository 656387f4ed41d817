/**
 * The one translation of the failure vocabulary (src/ports/failure.ts): a
 * sentence per kind that says what happened and what to do. Every feature
 * shows failures through `failureText`, so a kind reads the same everywhere.
 */
import type { Locale } from "../../core";
import type { FailureKind } from "../../ports";
import { defineTexts, inLocale } from "./i18n";

const FAILURE_TEXTS = defineTexts<FailureKind>({
  noItem: {
    sv: "Inget meddelande är öppet. Välj ett meddelande så granskar Postvakt det.",
    en: "No message is open. Select a message and Postvakt will check it.",
  },
  readFailed: {
    sv: "Postvakt kunde inte läsa meddelandet i Outlook. Välj Granska igen om en stund.",
    en: "Postvakt could not read the message in Outlook. Choose Check again in a moment.",
  },
  selectionFailed: {
    sv: "Postvakt kunde inte se vilka meddelanden som är markerade. Markera dem igen, eller öppna dem ett i taget.",
    en: "Postvakt could not tell which messages are selected. Select them again, or open them one at a time.",
  },
  notOutlook: { sv: "Postvakt fungerar bara inifrån Outlook.", en: "Postvakt works only inside Outlook." },
  checkFailed: {
    sv: "Postvakt kunde inte granska meddelandet. Granska det själv innan du skickar, och välj Granska igen.",
    en: "Postvakt could not check the message. Review it yourself before sending, and choose Check again.",
  },
  noComposeItem: {
    sv: "Inget meddelande skrivs just nu. Öppna ett nytt meddelande och försök igen.",
    en: "No message is being written. Open a new message and try again.",
  },
  unsupported: {
    sv: "Den här versionen av Outlook kan inte göra det. Gör det själv i Outlook.",
    en: "This version of Outlook cannot do that. Do it yourself in Outlook.",
  },
  maskStale: {
    sv: "Texten har ändrats sedan granskningen. Postvakt granskar igen; välj Maskera på nytt.",
    en: "The text has changed since the check. Postvakt is checking again; choose Mask once more.",
  },
  maskNotFound: {
    sv: "Postvakt hittade inte numret i meddelandet. Leta upp det och ändra det själv.",
    en: "Postvakt could not find the number in the message. Find it and change it yourself.",
  },
  maskPartial: {
    sv: "Postvakt maskerade numret, men det finns kvar på något ställe i meddelandet som Postvakt inte kan ändra. Leta upp det och ändra det själv.",
    en: "Postvakt masked the number, but it is still somewhere in the message that Postvakt cannot change. Find it and change it yourself.",
  },
  bodyChangeFailed: {
    sv: "Outlook tillät inte att meddelandet ändrades. Ändra numret själv.",
    en: "Outlook did not allow the message to be changed. Change the number yourself.",
  },
  signatureStale: {
    sv: "Texten har ändrats sedan granskningen. Postvakt granskar igen; försök sedan på nytt.",
    en: "The text has changed since the check. Postvakt is checking again; then try once more.",
  },
  signatureFailed: {
    sv: "Outlook tillät inte att signaturen lades in. Öppna fliken Signatur och försök igen, eller skriv in den själv.",
    en: "Outlook did not allow the signature to be added. Open the Signature tab and try again, or type it yourself.",
  },
  signatureDetailsMissing: {
    sv: "Fyll i dina uppgifter och välj Spara. Välj sedan Infoga i meddelandet.",
    en: "Fill in your details and choose Save. Then choose Insert into the message.",
  },
  clientSignatureFailed: {
    sv: "Outlook kunde inte stänga av sin signatur. Gör det i Outlooks inställningar för signaturer.",
    en: "Outlook could not turn its signature off. Do it in Outlook's signature settings.",
  },
  settingsSaveFailed: {
    sv: "Outlook kunde inte spara dina uppgifter. Försök igen om en stund.",
    en: "Outlook could not save your details. Try again in a moment.",
  },
  settingsTooLarge: {
    sv: "Uppgifterna är för långa för att sparas. Korta de markerade fälten.",
    en: "The details are too long to be saved. Shorten the marked fields.",
  },
  formFailed: {
    sv: "Outlook öppnade inte det nya meddelandet. Försök igen, eller skriv det själv.",
    en: "Outlook did not open the new message. Try again, or write it yourself.",
  },
  categoryFailed: {
    sv: "Outlook kunde inte sätta kategorin. Sätt den själv i Outlook.",
    en: "Outlook could not set the category. Set it yourself in Outlook.",
  },
  categoryMissing: {
    sv: "Kategorin finns inte i din brevlåda. Skapa den under Kategorisera i Outlook och försök igen.",
    en: "The category does not exist in your mailbox. Create it under Categorize in Outlook and try again.",
  },
  delayFailed: {
    sv: "Outlook kunde inte sätta en tid för leveransen. Spara meddelandet som utkast och skicka det senare.",
    en: "Outlook could not set a delivery time. Save the message as a draft and send it later.",
  },
  copyFailed: {
    sv: "Texten kunde inte kopieras. Markera den och kopiera den själv.",
    en: "The text could not be copied. Select it and copy it yourself.",
  },
  signInCancelled: { sv: "Inloggningen avbröts. Inget hämtades eller ändrades.", en: "Sign-in was cancelled. Nothing was fetched or changed." },
  signInFailed: {
    sv: "Postvakt kunde inte logga in i Microsoft 365. Försök igen, eller kontakta IT-supporten.",
    en: "Postvakt could not sign in to Microsoft 365. Try again, or contact IT support.",
  },
  consentMissing: {
    sv: "Kommunen har inte gett Postvakt lov att göra det här. Kontakta IT-supporten, eller gör det själv i Outlook.",
    en: "The kommun has not allowed Postvakt to do this. Contact IT support, or do it yourself in Outlook.",
  },
  graphForbidden: {
    sv: "Kommunen tillåter inte att Postvakt gör det här åt dig. Gör det själv i Outlook.",
    en: "The kommun does not let Postvakt do this for you. Do it yourself in Outlook.",
  },
  graphNotFound: {
    sv: "Microsoft 365 hittade inte det Postvakt letade efter. Försök igen, eller gör det själv i Outlook.",
    en: "Microsoft 365 did not find what Postvakt was looking for. Try again, or do it yourself in Outlook.",
  },
  graphThrottled: { sv: "Microsoft 365 är upptaget. Försök igen om en minut.", en: "Microsoft 365 is busy. Try again in a minute." },
  graphUnavailable: {
    sv: "Microsoft 365 svarade inte. Kontrollera nätverket och försök igen.",
    en: "Microsoft 365 did not answer. Check the network and try again.",
  },
  graphTimeout: {
    sv: "Microsoft 365 svarade inte i tid. Försök igen om en stund.",
    en: "Microsoft 365 did not answer in time. Try again in a moment.",
  },
  graphBadResponse: {
    sv: "Microsoft 365 gav ett svar som Postvakt inte förstod. Gör det själv i Outlook.",
    en: "Microsoft 365 gave an answer Postvakt did not understand. Do it yourself in Outlook.",
  },
});

export function failureText(kind: FailureKind, locale: Locale): string {
  return inLocale(FAILURE_TEXTS[kind], locale);
}
