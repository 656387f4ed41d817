/**
 * The task pane's texts have one shape, the core's: each key holds its
 * Swedish and English text (`Localized`), with {{placeholders}}. A feature
 * keeps its own catalogue beside its view; `translator` picks the language
 * once, where the shell knows it.
 */
import { formatMessage, type Locale, type Localized } from "../../core";

export type Catalogue<K extends string> = Readonly<Record<K, Localized>>;

/** A catalogue, checked to have both languages for every key. */
export function defineTexts<K extends string>(texts: Catalogue<K>): Catalogue<K> {
  return texts;
}

export type Translator<K extends string> = (key: K, data?: Readonly<Record<string, string | number>>) => string;

export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translator<K> {
  return (key, data) => formatMessage(catalogue[key][locale], data);
}

/** A core text (rule, action, advice) in the pane's language. */
export function inLocale(text: Localized, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(text[locale], data);
}
