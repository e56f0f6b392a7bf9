/**
 * The user's language and region: which locale dates and numbers are written
 * in, 12 or 24 hour clocks, and the first day of the week. Each follows the
 * system unless overridden in Settings → Language and region. The choice is
 * this computer's (kept in the window's local storage, like the theme).
 */

/** 12 or 24 hour clocks, or as the locale writes times. */
export type TimeFormatChoice = "system" | "h12" | "h24";

/** The first day of the week, or the region's own. */
export type FirstDayChoice = "system" | "monday" | "sunday" | "saturday";

/** What the user chose; "" for the locale means the system's. */
export interface LocalePrefs {
  locale: string;
  time: TimeFormatChoice;
  firstDay: FirstDayChoice;
}

/** A day of the week as JavaScript numbers it: 0 Sunday, 1 Monday … 6 Saturday. */
export type DayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** What is used: a locale Intl knows, the clock (undefined: the locale's own) and the first day (0 Sunday … 6 Saturday). */
export interface ResolvedLocale {
  locale: string;
  hour12: boolean | undefined;
  firstDay: DayNumber;
}

export const SYSTEM_PREFS: LocalePrefs = { locale: "", time: "system", firstDay: "system" };

/** Where the choice is kept. */
export const LOCALE_KEY = "curbside.locale";

const TIMES: TimeFormatChoice[] = ["system", "h12", "h24"];
const FIRST_DAYS: FirstDayChoice[] = ["system", "monday", "sunday", "saturday"];

/** The choice kept on this computer (the system's for anything missing or unreadable). */
export function storedPrefs(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): LocalePrefs {
  try {
    const kept = JSON.parse(storage?.getItem(LOCALE_KEY) ?? "{}") as Partial<Record<keyof LocalePrefs, unknown>>;
    return {
      locale: typeof kept.locale === "string" && isKnownLocale(kept.locale) ? kept.locale : "",
      time: TIMES.find((t) => t === kept.time) ?? "system",
      firstDay: FIRST_DAYS.find((d) => d === kept.firstDay) ?? "system",
    };
  } catch {
    return { ...SYSTEM_PREFS };
  }
}

/** Keeps the choice on this computer (it still applies when it cannot be kept). */
export function keepPrefs(prefs: LocalePrefs, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(LOCALE_KEY, JSON.stringify(prefs));
  } catch {
    // Applied anyway; it is only not remembered.
  }
}

/** True for a well-formed BCP 47 tag ("de-DE", "en-SG"). */
export function isKnownLocale(tag: string): boolean {
  try {
    return tag !== "" && Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/** The system's locale: the window's first language Intl supports, else Intl's default. */
export function systemLocale(languages: readonly string[] | undefined = globalThis.navigator?.languages): string {
  const found = (languages ?? []).find(isKnownLocale);
  return found ?? new Intl.DateTimeFormat().resolvedOptions().locale;
}

/**
 * Regions whose week starts on Sunday or Saturday (CLDR's weekData); every
 * other starts on Monday. Used only where the engine has no
 * `Intl.Locale.prototype.getWeekInfo` nor `weekInfo`.
 */
const SUNDAY_REGIONS = new Set(
  "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW".split(
    " ",
  ),
);
const SATURDAY_REGIONS = new Set("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split(" "));

/** The region's first day of the week from the table above (0 Sunday, 1 Monday, 6 Saturday). */
export function firstDayFromRegion(locale: string): DayNumber {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  if (region && SUNDAY_REGIONS.has(region)) return 0;
  if (region && SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

interface WeekInfo {
  firstDay: number;
}

/** The locale's first day of the week (0 Sunday … 6 Saturday): Intl's week info where the engine has it, else the table. */
export function systemFirstDay(locale: string): DayNumber {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = typeof tag.getWeekInfo === "function" ? tag.getWeekInfo() : tag.weekInfo;
    if (info && Number.isInteger(info.firstDay)) return (info.firstDay % 7) as DayNumber;
  } catch {
    // Fall through to the table.
  }
  return firstDayFromRegion(locale);
}

const FIRST_DAY_NUMBER: Record<Exclude<FirstDayChoice, "system">, DayNumber> = { sunday: 0, monday: 1, saturday: 6 };

/** What the choice means on this system. */
export function resolvePrefs(prefs: LocalePrefs, languages?: readonly string[]): ResolvedLocale {
  const locale = prefs.locale !== "" && isKnownLocale(prefs.locale) ? prefs.locale : systemLocale(languages);
  return {
    locale,
    hour12: prefs.time === "system" ? undefined : prefs.time === "h12",
    firstDay: prefs.firstDay === "system" ? systemFirstDay(locale) : FIRST_DAY_NUMBER[prefs.firstDay],
  };
}
