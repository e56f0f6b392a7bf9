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
import { asCount, PAGE_SIZE } from "../widgets/paging";

export { formatCount, hiddenText, PAGE_SIZE, pageOf, showMoreText, type Page } from "../widgets/paging";

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

