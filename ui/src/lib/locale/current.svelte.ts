/**
 * The locale in force: the user's choice (Settings → Language and region)
 * over the system's, and the formatter built from it. Everything that writes
 * a date, a time or a number asks `fmt()` at the moment it writes, so a
 * change of choice shows at once on every screen (Svelte re-runs what read
 * the choice).
 */
import { Formatter } from "./Formatter";
import { keepPrefs, resolvePrefs, storedPrefs, type LocalePrefs } from "./prefs";

const current = $state<{ prefs: LocalePrefs }>({ prefs: storedPrefs() });

let built: { key: string; formatter: Formatter } | null = null;

/** The formatter for the choice in force. */
export function fmt(): Formatter {
  const { locale, time, firstDay } = current.prefs;
  const key = `${locale}|${time}|${firstDay}|${globalThis.navigator?.languages?.join(",") ?? ""}`;
  if (built?.key !== key) built = { key, formatter: new Formatter(resolvePrefs(current.prefs)) };
  return built.formatter;
}

/** The choice in force. */
export function localePrefs(): LocalePrefs {
  return current.prefs;
}

/** Applies `prefs` at once and keeps them on this computer. */
export function chooseLocale(prefs: LocalePrefs) {
  current.prefs = { ...prefs };
  keepPrefs(current.prefs);
}

const pinned = new Map<string, Formatter>();

/**
 * The formatter in force, or one pinned to `locale` (with the chosen clock and
 * first day) where a caller, such as a test, names one.
 */
export function formatterFor(locale?: string): Formatter {
  if (locale === undefined) return fmt();
  const key = `${locale}|${current.prefs.time}|${current.prefs.firstDay}`;
  let found = pinned.get(key);
  if (!found) {
    found = new Formatter(resolvePrefs({ ...current.prefs, locale }));
    pinned.set(key, found);
  }
  return found;
}
