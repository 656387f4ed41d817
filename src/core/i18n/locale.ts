/** Swedish first; English when Outlook's display language is not Swedish. */
export type Locale = "sv" | "en";

/** A text in both languages, the shape of every catalogue entry. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Maps Office's `displayLanguage` ("sv-SE", "en-US", ...) to our locale.
 * Unknown or missing means Swedish: our users work in Swedish.
 */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  if (!displayLanguage) return "sv";
  return displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data?: Readonly<Record<string, string | number>>): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** Fills the placeholders of both languages. */
export function formatLocalized(text: Localized, data: Readonly<Record<string, string | number>>): Localized {
  return { sv: formatMessage(text.sv, data), en: formatMessage(text.en, data) };
}

/** Picks the locale's text and fills it in. */
export function localize(text: Localized, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(text[locale], data);
}
