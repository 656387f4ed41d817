/**
 * The Frånvaro view's texts. The reply's own wording, the check's sentences
 * and the arrangements come from the core (src/core/absence); failures from
 * ui/failure-texts.
 */
import { defineTexts, type Translator } from "../../ui/i18n";

export const ABSENCE_TEXTS = defineTexts({
  heading: { sv: "Frånvaro", en: "Absence" },
  intro: {
    sv: "Inför ledigheten: ett frånvaromeddelande enligt kommunens riktlinje, en bokning i kalendern och en kontroll av din brevlåda.",
    en: "Before you go: an automatic reply that follows the kommun's guideline, a booking in your calendar and a check of your mailbox.",
  },

  whenHeading: { sv: "När är du borta?", en: "When are you away?" },
  kind: { sv: "Sorts frånvaro", en: "Kind of absence" },
  from: { sv: "Från", en: "From" },
  to: { sv: "Till", en: "To" },
  date: { sv: "Datum", en: "Date" },
  time: { sv: "Klockan", en: "Time" },
  fromDate: { sv: "Första dagen", en: "First day" },
  fromTime: { sv: "Från klockan", en: "From" },
  toDate: { sv: "Sista dagen", en: "Last day" },
  toTime: { sv: "Till klockan", en: "Until" },
  returnDay: { sv: "Du är tillbaka {{day}}.", en: "You are back on {{day}}." },
  days: { sv: "{{count}} dagar", en: "{{count}} days" },

  contactHeading: { sv: "Vem kan man kontakta i stället?", en: "Who to contact instead?" },
  contactColleague: { sv: "En kollega", en: "A colleague" },
  colleagueName: { sv: "Namn", en: "Name" },
  colleaguePhone: { sv: "Telefon", en: "Phone" },
  colleagueEmail: { sv: "E-post", en: "E-mail" },
  colleaguePhoneHint: {
    sv: "Helst ett fast nummer: frånvaromeddelandet går till alla som mejlar dig.",
    en: "Preferably a landline: the reply goes to everyone who e-mails you.",
  },
  search: { sv: "Sök i adressboken", en: "Search the address book" },
  searching: { sv: "Söker …", en: "Searching …" },
  searchResults: { sv: "Träffar i adressboken", en: "Found in the address book" },
  searchNothing: { sv: "Ingen i adressboken heter så. Skriv uppgifterna själv.", en: "No one in the address book has that name. Type the details yourself." },
  searchShort: { sv: "Skriv minst två bokstäver av namnet först.", en: "Type at least two letters of the name first." },
  pick: { sv: "Välj {{name}}", en: "Choose {{name}}" },

  forwardHeading: { sv: "Vidarebefordras din e-post?", en: "Is your mail forwarded?" },
  forwardNone: { sv: "Nej", en: "No" },
  forwardContact: { sv: "Ja, till den som ska kontaktas", en: "Yes, to the contact" },
  forwardAddress: { sv: "Ja, till en annan adress", en: "Yes, to another address" },
  forwardTo: { sv: "Adress", en: "Address" },
  forwardNote: {
    sv: "Postvakt skriver det i frånvaromeddelandet. Själva vidarebefordringen ställer du in i Outlook (se Din brevlåda nedan).",
    en: "Postvakt says so in the reply. You set up the forwarding itself in Outlook (see Your mailbox below).",
  },

  english: { sv: "Engelsk text i frånvaromeddelandet till personer utanför kommunen", en: "English text in the reply to people outside the kommun" },
  book: { sv: "Boka frånvaron i kalendern", en: "Book the absence in the calendar" },
  bookNote: {
    sv: "Bokningen får ämnet ”{{subject}}”, klockslag och Visa som: Borta, så att telefonen kopplas om.",
    en: "The booking gets the subject “{{subject}}”, times and Show as: Away, so that the phone is redirected.",
  },
  bookNoteNoCode: {
    sv: "Bokningen får ämnet ”{{subject}}”, klockslag och Visa som: Borta.",
    en: "The booking gets the subject “{{subject}}”, times and Show as: Away.",
  },

  textsHeading: { sv: "Frånvaromeddelandet", en: "The reply" },
  textsIntro: {
    sv: "Skrivet efter kommunens mall. Du kan ändra texten; Postvakt kontrollerar det som står.",
    en: "Written from the kommun's template. You may change the text; Postvakt checks whatever is there.",
  },
  internalText: { sv: "Till kollegor i kommunen", en: "To colleagues in the kommun" },
  externalText: { sv: "Till alla andra", en: "To everyone else" },
  edited: {
    sv: "Du har ändrat texten, så den följer inte längre formuläret.",
    en: "You have changed the text, so it no longer follows the form.",
  },
  rewrite: { sv: "Skriv om från formuläret", en: "Rewrite from the form" },
  checkOk: { sv: "Frånvaromeddelandet säger när du är borta, när du är tillbaka och vem man kan kontakta.", en: "The reply says when you are away, when you are back and who to contact." },
  checkMissingHeading: { sv: "Det här saknas", en: "Missing" },
  checkWarningsHeading: { sv: "Tänk på", en: "Mind this" },
  mailTip: {
    sv: "Kollegor ser bara de första 250 tecknen när de skriver till dig, och där står inte {{parts}}. Flytta upp det.",
    en: "Colleagues see only the first 250 characters when they write to you, and those do not say {{parts}}. Move it up.",
  },
  partPeriod: { sv: "när du är borta", en: "when you are away" },
  partReturn: { sv: "när du är tillbaka", en: "when you are back" },
  partContact: { sv: "vem man kan kontakta", en: "who to contact" },
  and: { sv: " och ", en: " and " },
  guideline: { sv: "Riktlinje", en: "Guideline" },
  guidelineFrom: { sv: "Ur {{document}}", en: "From {{document}}" },

  mailboxHeading: { sv: "Din brevlåda", en: "Your mailbox" },
  readRules: { sv: "Kontrollera mina inkorgsregler", en: "Check my Inbox rules" },
  readingRules: { sv: "Läser reglerna …", en: "Reading the rules …" },
  stateOk: { sv: "Klart", en: "Done" },
  stateProblem: { sv: "Behöver åtgärdas", en: "Needs action" },
  stateWarning: { sv: "Titta på det här", en: "Worth a look" },
  stateTodo: { sv: "Att göra", en: "To do" },
  stateDone: { sv: "Bekräftat av dig", en: "Confirmed by you" },
  stateUnknown: { sv: "Okänt", en: "Unknown" },
  tick: { sv: "Klart", en: "Done" },

  save: { sv: "Spara i Outlook", en: "Save in Outlook" },
  saving: { sv: "Sparar …", en: "Saving …" },
  reading: { sv: "Läser ditt nuvarande frånvaromeddelande …", en: "Reading your current reply …" },
  fixForm: { sv: "Rätta de markerade fälten först.", en: "Correct the marked fields first." },
  savedReply: {
    sv: "Frånvaromeddelandet är sparat i Outlook. Det skickas från {{from}} till {{to}} och slutar sedan av sig självt.",
    en: "The automatic reply is saved in Outlook. It is sent from {{from}} to {{to}} and then switches itself off.",
  },
  savedBooking: { sv: "Bokningen ”{{subject}}” ligger i din kalender.", en: "The booking “{{subject}}” is in your calendar." },
  bookingExists: {
    sv: "Din kalender har redan bokningen ”{{subject}}” under perioden, så Postvakt lade inte in någon till.",
    en: "Your calendar already has the booking “{{subject}}” in the period, so Postvakt did not add another.",
  },
  partlyDone: {
    sv: "Frånvaromeddelandet är sparat i Outlook. Bokningen i kalendern gick däremot inte att göra: {{why}}",
    en: "The automatic reply is saved in Outlook. The booking in the calendar could not be made, though: {{why}}",
  },
  bookYourself: {
    sv: "Boka då frånvaron själv: ämnet ”{{subject}}”, med klockslag, Visa som: Borta.",
    en: "Then book the absence yourself: subject “{{subject}}”, with times, Show as: Away.",
  },
  retryBooking: { sv: "Försök boka igen", en: "Try the booking again" },
  nothingChanged: { sv: "Inget är ändrat i Outlook.", en: "Nothing has been changed in Outlook." },
  orByHand: { sv: "Du kan också lägga in frånvaromeddelandet själv, se nedan.", en: "You can also set the reply yourself, see below." },

  replaceHeading: { sv: "Du har redan ett frånvaromeddelande", en: "You already have an automatic reply" },
  replaceAlways: { sv: "Det är på och skickas tills någon stänger av det.", en: "It is on and is sent until someone turns it off." },
  replaceScheduled: { sv: "Det skickas från {{from}} till {{to}}.", en: "It is sent from {{from}} to {{to}}." },
  replaceQuestion: { sv: "Vill du ersätta det med det nya?", en: "Do you want to replace it with the new one?" },
  replaceYes: { sv: "Ersätt med det nya", en: "Replace it with the new one" },
  replaceNo: { sv: "Behåll det gamla", en: "Keep the old one" },
  kept: { sv: "Ditt gamla frånvaromeddelande är kvar. Inget är ändrat.", en: "Your old automatic reply is kept. Nothing has been changed." },
  currentInternal: { sv: "Till kollegor:", en: "To colleagues:" },
  currentExternal: { sv: "Till andra:", en: "To others:" },
  currentEmpty: { sv: "(ingen text)", en: "(no text)" },

  manualHeading: { sv: "Lägg in frånvaromeddelandet i Outlook själv", en: "Set the reply in Outlook yourself" },
  manualWhy: {
    sv: "Kommunen har inte kopplat Postvakt till Microsoft 365, eller så klarar den här versionen av Outlook inte det. Så här gör du i stället:",
    en: "The kommun has not connected Postvakt to Microsoft 365, or this version of Outlook cannot use it. Do this instead:",
  },
  manualWhyFailed: {
    sv: "Går det inte att spara härifrån kan du lägga in frånvaromeddelandet så här:",
    en: "If it cannot be saved from here, set the reply like this:",
  },
  manualStep1: {
    sv: "Öppna Automatiska svar: i Outlook på webben och nya Outlook under Inställningar → Konton, i klassiska Outlook under Arkiv.",
    en: "Open Automatic replies: in Outlook on the web and new Outlook under Settings → Accounts, in classic Outlook under File.",
  },
  manualStep2: {
    sv: "Slå på automatiska svar och välj att de bara ska skickas under en tidsperiod: {{from}} till {{to}}.",
    en: "Turn automatic replies on and choose to send them only during a time period: {{from}} to {{to}}.",
  },
  manualStep3: {
    sv: "Kopiera texten till kollegor och klistra in den under Inom min organisation. Gör likadant med texten till andra under Utanför min organisation.",
    en: "Copy the reply to colleagues and paste it under Inside My Organization. Do the same with the reply to others under Outside My Organization.",
  },
  manualStep4: { sv: "Spara. Boka sedan frånvaron i kalendern: ämnet ”{{subject}}”, med klockslag, Visa som: Borta.", en: "Save. Then book the absence in the calendar: subject “{{subject}}”, with times, Show as: Away." },
  copyInternal: { sv: "Kopiera texten till kollegor", en: "Copy the reply to colleagues" },
  copyExternal: { sv: "Kopiera texten till andra", en: "Copy the reply to others" },
  copied: { sv: "Texten är kopierad. Klistra in den under Automatiska svar i Outlook.", en: "The text is copied. Paste it into Outlook's automatic replies." },
  copyByHand: { sv: "Markera texten ovan och kopiera den.", en: "Select the text above and copy it." },
  remindMe: { sv: "Påminn mig när jag är tillbaka", en: "Remind me when I am back" },
  willRemind: {
    sv: "Postvakt påminner dig om att stänga av frånvaromeddelandet när du öppnar Postvakt efter {{to}}.",
    en: "Postvakt reminds you to turn the reply off when you open Postvakt after {{to}}.",
  },

  reminderOn: {
    sv: "Din frånvaro slutade {{end}}, men frånvaromeddelandet skickas fortfarande.",
    en: "Your absence ended on {{end}}, but the automatic reply is still being sent.",
  },
  reminderCheck: {
    sv: "Din frånvaro slutade {{end}}. Glöm inte att stänga av frånvaromeddelandet i Outlook.",
    en: "Your absence ended on {{end}}. Do not forget to turn the automatic reply off in Outlook.",
  },
  turnOff: { sv: "Stäng av frånvaromeddelandet", en: "Turn the automatic reply off" },
  turningOff: { sv: "Stänger av …", en: "Turning off …" },
  turnedOff: { sv: "Frånvaromeddelandet är avstängt. Välkommen tillbaka!", en: "The automatic reply is off. Welcome back!" },
  reminderDone: { sv: "Jag har stängt av det", en: "I have turned it off" },
  reminderLabel: { sv: "Påminnelse om frånvaromeddelande", en: "Reminder about the automatic reply" },
});

export type AbsenceTextKey = keyof typeof ABSENCE_TEXTS;
export type AbsenceTranslate = Translator<AbsenceTextKey>;
