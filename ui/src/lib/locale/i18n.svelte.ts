/**
 * The app's strings, in one place: i18next over the catalogues in
 * `catalogues/` (English only for now). `t("sidebar.today")` writes a
 * string in the language in force: the first of the chosen locale's and the
 * system's languages that has a catalogue, else English. Numbers put into a
 * string are written by the formatter first (`{ n: fmt().number(count) }`), so
 * they follow the region even where the words stay English.
 */
import i18next, { type TOptions } from "i18next";
import { en, type Catalogue } from "./catalogues/en";
import { localePrefs } from "./current.svelte";

const catalogues = $state<Record<string, Catalogue>>({ en });

const strings = i18next.createInstance();
void strings.init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** "a.b.c" for every string of the catalogue. */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${"one" | "other"}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A string's key, e.g. "sidebar.today" (plural keys without their `_one`/`_other`). */
export type StringKey = Leaves<Catalogue>;

/** The language the strings are shown in: the first of `languages` with a catalogue, else English. */
export function stringLanguage(languages: readonly string[]): string {
  for (const tag of languages) {
    const language = tag.split("-")[0].toLowerCase();
    if (language in catalogues) return language;
  }
  return "en";
}

function languageInForce(): string {
  const chosen = localePrefs().locale;
  return stringLanguage([...(chosen ? [chosen] : []), ...(globalThis.navigator?.languages ?? [])]);
}

/**
 * Strings already written, by language, key and values. i18next takes tens of
 * microseconds a call in the webview, and a screen asks for the same strings
 * line after line (Today's first screen about 600 times), so each is written
 * once. Bounded: emptied when full, and whenever a catalogue is added.
 */
const written = new Map<string, string>();
const WRITTEN_LIMIT = 5000;

/** The string `key` in the language in force, with `values` filled in. */
export function t(key: StringKey, values?: TOptions): string {
  const lng = languageInForce();
  const id = values === undefined ? `${lng}\u0000${key}` : `${lng}\u0000${key}\u0000${JSON.stringify(values)}`;
  let text = written.get(id);
  if (text === undefined) {
    text = strings.t(key, { ...values, lng }) as string;
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(id, text);
  }
  return text;
}

/** Adds a language's catalogue (for a new language, and for the tests of this machinery). */
export function addCatalogue(language: string, catalogue: Catalogue) {
  strings.addResourceBundle(language, "translation", catalogue, true, true);
  written.clear();
  catalogues[language] = catalogue;
}
