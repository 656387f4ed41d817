/** The shell's own texts: the frame, the navigation, a profile that cannot be used. */
import { defineTexts } from "../ui/i18n";

export const SHELL_TEXTS = defineTexts({
  appTitle: {
    sv: "Postvakt",
    en: "Postvakt",
  },
  severalSelected: {
    sv: "{{count}} meddelanden är markerade. Postvakt bedömer ett meddelande i taget – markera bara ett. På fliken Diarium kan du skicka alla till diariet på en gång.",
    en: "{{count}} messages are selected. Postvakt assesses one message at a time – select just one. On the Registry tab you can send them all to the registry at once.",
  },
  profileBroken: {
    sv: "Postvakt kan inte granska: profilen ”{{id}}” är felaktig. Fält {{field}}: {{problem}}. Be den som förvaltar Postvakt rätta profilen.",
    en: "Postvakt cannot check: the profile “{{id}}” is invalid. Field {{field}}: {{problem}}. Ask whoever maintains Postvakt to correct the profile.",
  },
  profileUnknown: {
    sv: "Postvakt kan inte granska: det finns ingen profil som heter ”{{id}}”. Kända profiler: {{known}}. Be den som förvaltar Postvakt rätta inställningen.",
    en: "Postvakt cannot check: there is no profile called “{{id}}”. Known profiles: {{known}}. Ask whoever maintains Postvakt to correct the setting.",
  },
  navLabel: {
    sv: "Postvakts vyer",
    en: "Postvakt views",
  },
  tabReview: {
    sv: "Granskning",
    en: "Check",
  },
  tabSignature: {
    sv: "Signatur",
    en: "Signature",
  },
  tabDiary: {
    sv: "Diarium",
    en: "Registry",
  },
  tabAbsence: {
    sv: "Frånvaro",
    en: "Absence",
  },
});

export type ShellTextKey = keyof typeof SHELL_TEXTS;
