import type { Localized } from "./locale";

/** Texts the engine itself produces (rules carry their own messages in their meta). */
export const ENGINE_MESSAGES = {
  ruleFailed: {
    sv: "Kontrollen ”{{rule}}” kunde inte köras. Granska meddelandet själv innan du skickar.",
    en: "The check “{{rule}}” could not run. Review the message yourself before sending.",
  },
  unknownRule: {
    sv: "Profilen nämner en kontroll som inte finns: ”{{rule}}”. Be den som förvaltar profilen rätta den.",
    en: "The profile names a check that does not exist: “{{rule}}”. Ask whoever maintains the profile to correct it.",
  },
} as const satisfies Record<string, Localized>;
