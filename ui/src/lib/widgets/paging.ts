/**
 * A long list shown a page at a time: how many of its lines are on screen,
 * how many are not, and the words and buttons under it (`ShowMore.svelte`).
 * The limit is a count of lines shown, not a fixed set: when a line goes,
 * the next hidden one moves up. Today's sections and a contact's timeline
 * page this way.
 */
import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

/** How many lines a list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

/** What a list of `total` lines shows under a limit. */
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
export function asCount(limit: number): number {
  return Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
}

/** What a list of `total` lines shows when at most `limit` may be shown. */
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

/** A count in the user's locale (or the one given): "5,668" in English, "5.668" in German. */
export function formatCount(count: number, locale?: string): string {
  return formatterFor(locale).number(count);
}

/** The words under the shown lines: "… 5,668 more not shown". */
export function hiddenText(hidden: number, locale?: string): string {
  return t("common.paging.hidden", { count: hidden, n: formatCount(hidden, locale) });
}

/** The label of the button that shows more: "Show 50 more", or "Show 20 more" when only 20 are left. */
export function showMoreText(more: number, locale?: string): string {
  return t("common.paging.showMore", { count: more, n: formatCount(more, locale) });
}
