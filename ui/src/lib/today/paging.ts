/**
 * How much of a Today section is on screen. A large book can have thousands
 * of lines due at once (5,718 overdue stay-in-touch prompts in the 100,000-
 * contact benchmark); rendering them all makes the view slow, and nobody takes
 * in 5,000 lines anyway. So a section shows a page of lines, says how many
 * more there are, and shows more (or all) when asked.
 *
 * The limit is a count of lines shown, not a fixed set: when a line is dealt
 * with, the next hidden one moves up. A section's items are one list in
 * order, its reminders first and then its read-only lines (key dates, cycles),
 * and the limit applies to that list.
 */
import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

/** How many lines a section shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

/** What a section of `total` lines shows under a limit. */
export interface Page {
  /** Lines on screen. */
  shown: number;
  /** Lines below them, not shown. */
  hidden: number;
  /** How many lines "Show more" adds: a page, or what is left when that is less. */
  more: number;
  /** The limit after "Show more". */
  nextLimit: number;
  /** True when "Show all" is offered as well: more than a page is hidden. */
  offerAll: boolean;
}

/** A limit as a count of lines: whole and not negative (a nonsense limit shows nothing rather than failing). */
function asCount(limit: number): number {
  return Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
}

/** What a section of `total` lines shows when at most `limit` may be shown. */
export function pageOf(total: number, limit: number): Page {
  const lines = asCount(total);
  const shown = Math.min(lines, asCount(limit));
  const hidden = lines - shown;
  return {
    shown,
    hidden,
    more: Math.min(hidden, PAGE_SIZE),
    nextLimit: shown + PAGE_SIZE,
    offerAll: hidden > PAGE_SIZE,
  };
}

/**
 * The part of `items` on screen when they come after `before` other lines of
 * their section and at most `limit` lines are shown: a section's reminders
 * take `shownOf(reminders, limit)`, its key dates `shownOf(keyDates, limit,
 * reminders.length)`.
 */
export function shownOf<T>(items: readonly T[], limit: number, before = 0): T[] {
  const room = asCount(limit) - asCount(before);
  return room <= 0 ? [] : items.slice(0, room);
}

/**
 * The limit that shows the line at `index` (from 0): the current one when the
 * line is already shown, else the first whole number of pages that reaches it.
 */
export function limitToReveal(index: number, limit: number): number {
  const current = asCount(limit);
  const wanted = asCount(index);
  return wanted < current ? current : (Math.floor(wanted / PAGE_SIZE) + 1) * PAGE_SIZE;
}

/** A count in the user's locale (or the one given): "5,668" in English, "5.668" in German. */
export function formatCount(count: number, locale?: string): string {
  return formatterFor(locale).number(count);
}

/** The words under the shown lines: "… 5,668 more not shown". */
export function hiddenText(hidden: number, locale?: string): string {
  return t("today.paging.hidden", { count: hidden, n: formatCount(hidden, locale) });
}

/** The label of the button that shows more: "Show 50 more", or "Show 20 more" when only 20 are left. */
export function showMoreText(more: number, locale?: string): string {
  return t("today.paging.showMore", { count: more, n: formatCount(more, locale) });
}
