/**
 * What the calendar screen shows and where it came from: the occurrences of
 * the visible range and the upcoming key dates, both under the same filter.
 * Key dates are asked for the next 12 months unless the user shows the later
 * ones: years of congresses on file hold thousands still to come.
 * Asks again when the range or the filter changes, and drops an answer once a
 * newer question was asked, so a slow reply never replaces the current view.
 */
import { toApiError, type Api } from "../api";
import type { EventFilter } from "../bindings/EventFilter";
import type { EventKind } from "../bindings/EventKind";
import type { EventStatus } from "../bindings/EventStatus";
import type { Occurrence } from "../bindings/Occurrence";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";

/** How far ahead the deadlines list looks unless later key dates are shown. */
const DEADLINE_DAYS_AHEAD = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export class CalendarData {
  occurrences: Occurrence[] = $state.raw([]);
  deadlines: UpcomingDeadline[] = $state.raw([]);
  filter: EventFilter = $state.raw({ statuses: [], kinds: [] });
  includeDone = $state(false);
  /** Key dates past the next 12 months are listed too. */
  showLater = $state(false);
  /** The visible range's title, e.g. "March 2026". */
  title = $state("");
  error: string | null = $state(null);
  deadlinesLoaded = $state(false);

  readonly #api: Api;
  #range: { from: string; to: string } | null = null;
  #occurrenceSeq = 0;
  #deadlineSeq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** The calendar shows [start, end): load what happens then, unless that is what is shown. */
  setRange(start: Date, end: Date, title: string) {
    this.title = title;
    const from = start.toISOString();
    const to = end.toISOString();
    if (this.#range?.from === from && this.#range.to === to) return;
    this.#range = { from, to };
    void this.loadOccurrences();
  }

  toggleStatus(status: EventStatus) {
    const statuses = toggled(this.filter.statuses, status);
    this.setFilter({ ...this.filter, statuses });
  }

  toggleKind(kind: EventKind) {
    const kinds = toggled(this.filter.kinds, kind);
    this.setFilter({ ...this.filter, kinds });
  }

  setFilter(filter: EventFilter) {
    this.filter = filter;
    void this.reload();
  }

  setIncludeDone(includeDone: boolean) {
    this.includeDone = includeDone;
    void this.loadDeadlines();
  }

  setShowLater(showLater: boolean) {
    this.showLater = showLater;
    void this.loadDeadlines();
  }

  /** Asks for everything again, e.g. after an event was saved or a calendar imported. */
  async reload() {
    await Promise.all([this.loadOccurrences(), this.loadDeadlines()]);
  }

  async loadOccurrences() {
    if (!this.#range) return;
    const mine = ++this.#occurrenceSeq;
    const { from, to } = this.#range;
    try {
      const found = await this.#api.eventOccurrences(from, to, this.filter);
      if (mine !== this.#occurrenceSeq) return;
      this.occurrences = found;
      this.error = null;
    } catch (reason) {
      if (mine === this.#occurrenceSeq) this.error = toApiError(reason).message;
    }
  }

  async loadDeadlines() {
    const mine = ++this.#deadlineSeq;
    try {
      const until = this.showLater ? null : new Date(Date.now() + DEADLINE_DAYS_AHEAD * DAY_MS).toISOString();
      const found = await this.#api.upcomingDeadlines(this.includeDone, this.filter, until);
      if (mine !== this.#deadlineSeq) return;
      // Soonest first, whatever order they came in.
      this.deadlines = [...found].sort((a, b) => Date.parse(a.deadline.due_at) - Date.parse(b.deadline.due_at));
      this.error = null;
    } catch (reason) {
      if (mine === this.#deadlineSeq) this.error = toApiError(reason).message;
    } finally {
      if (mine === this.#deadlineSeq) this.deadlinesLoaded = true;
    }
  }
}

function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
