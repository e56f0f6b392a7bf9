/**
 * What the Today view shows, kept by the main view so the sidebar's badge
 * stays right on every screen: the reminders due in the next week, the key
 * dates of the next month, the CME cycles and who has gone longest without
 * contact, placed in their sections at "now".
 *
 * Acting on a line hides it at once and removes it when the backend agrees;
 * when the call fails the line comes back and the caller hears why. A newer
 * load always wins over an older one still on its way, so a slow answer never
 * brings back a line just dealt with.
 */
import { toApiError, type Api } from "../api";
import type { ContactSummary } from "../bindings/ContactSummary";
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import {
  arrange,
  dueNowCount,
  KEY_DATE_WINDOW_DAYS,
  OUT_OF_TOUCH_LIMIT,
  REMINDER_WINDOW_DAYS,
  type TodaySections,
} from "./sections";

const DAY_MS = 24 * 60 * 60 * 1000;

export class TodayData {
  reminders: Reminder[] = $state.raw([]);
  keyDates: UpcomingDeadline[] = $state.raw([]);
  cycles: CycleProgress[] = $state.raw([]);
  outOfTouch: ContactSummary[] = $state.raw([]);
  /** The instant the sections are placed at; moves every minute. */
  now: Date = $state.raw(new Date());
  loaded = $state(false);
  /** Why (part of) the view could not be loaded. */
  error: string | null = $state(null);
  /** Lines acted on whose call has not answered yet: hidden meanwhile. */
  pending: ReadonlySet<string> = $state.raw(new Set());

  /** A reminder opened from its notification: the line shown for its subject. */
  preferred: string | null = $state(null);

  readonly visible: Reminder[] = $derived(this.reminders.filter((reminder) => !this.pending.has(reminder.id)));
  readonly sections: TodaySections = $derived(
    arrange({ reminders: this.visible, keyDates: this.keyDates, cycles: this.cycles }, this.now, this.preferred),
  );
  /** How many lines are due now: the sidebar's badge. */
  readonly dueCount: number = $derived(dueNowCount(this.visible, this.now));

  readonly #api: Api;
  #seq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** Moves "now" on, so lines fall due without asking the backend. */
  tick(now: Date = new Date()) {
    this.now = now;
  }

  /** Asks for everything again; what fails keeps its last answer and sets `error`. */
  async refresh() {
    const mine = ++this.#seq;
    const now = new Date();
    const until = new Date(now.getTime() + KEY_DATE_WINDOW_DAYS * DAY_MS).toISOString();
    const [reminders, keyDates, cycles, people] = await Promise.allSettled([
      this.#api.dueReminders(REMINDER_WINDOW_DAYS),
      this.#api.upcomingDeadlines(false, { statuses: [], kinds: [] }, until),
      this.#api.cmeStatus(),
      this.#api.outOfTouch(OUT_OF_TOUCH_LIMIT),
    ]);
    if (mine !== this.#seq) return;
    if (reminders.status === "fulfilled") this.reminders = reminders.value;
    if (keyDates.status === "fulfilled") this.keyDates = keyDates.value;
    if (cycles.status === "fulfilled") this.cycles = cycles.value;
    if (people.status === "fulfilled") this.outOfTouch = people.value;
    const failed = [reminders, keyDates, cycles, people].find((answer) => answer.status === "rejected");
    this.error = failed ? toApiError(failed.reason).message : null;
    this.now = now;
    this.loaded = true;
  }

  /**
   * Hides the line while `call` runs; removes it when the call succeeds and
   * loads again (acting may change other lines), brings it back when it fails.
   * Resolves to the failure's message, or null.
   */
  async act(id: string, call: () => Promise<unknown>): Promise<string | null> {
    this.pending = new Set([...this.pending, id]);
    let failure: string | null = null;
    try {
      await call();
      this.reminders = this.reminders.filter((reminder) => reminder.id !== id);
    } catch (reason) {
      failure = toApiError(reason).message;
    } finally {
      const rest = new Set(this.pending);
      rest.delete(id);
      this.pending = rest;
    }
    if (failure === null) void this.refresh();
    return failure;
  }
}
