/**
 * The contacts the list pane shows: the filtered summaries, or — while the user
 * types in search — the newest query's results. Stale search answers are dropped.
 */
import { toApiError, type Api } from "../api";
import type { ContactHit } from "../bindings/ContactHit";
import type { ContactMatch } from "../bindings/ContactMatch";
import type { ContactSummary } from "../bindings/ContactSummary";
import type { ContactSort } from "../bindings/ContactSort";
import { noFilters, toContactFilter, type FilterFields } from "./filters";
import { keepSort, storedSort } from "./listSort";

/** How long typing must pause before a search goes out. */
export const SEARCH_DELAY_MS = 80;
/** At most this many search results are shown. */
export const SEARCH_LIMIT = 200;

/** A line of the list: a contact's summary and, for a search result, why it matched. */
export type ContactLine = ContactSummary & { matched?: ContactMatch | null };

function lineOf(hit: ContactHit): ContactLine {
  const { id, display_name, credentials, specialty, institution, last_interaction_at, matched } = hit;
  return { id, display_name, credentials, specialty, institution, last_interaction_at, matched };
}

export class ContactBook {
  /** The contacts passing the filters, in the chosen order. */
  summaries: ContactSummary[] = $state.raw([]);
  /** How many contacts exist, filters aside. */
  total = $state(0);
  /** Whether `total` has been counted (the sidebar and Today need only it). */
  counted = $state(false);
  /** Whether the list's lines have been read: only once the contacts are first shown. */
  loaded = $state(false);
  loadError: string | null = $state(null);
  filters: FilterFields = $state.raw(noFilters());
  /** The list's order, remembered on this computer. */
  sort: ContactSort = $state(storedSort());
  query = $state("");
  /** The newest query's results; null when not searching. */
  results: ContactLine[] | null = $state.raw(null);
  searching = $state(false);
  searchError: string | null = $state(null);

  /** What the list shows. */
  readonly rows: ContactLine[] = $derived(this.query.trim() === "" ? this.summaries : (this.results ?? []));
  readonly filtering: boolean = $derived(Object.values(this.filters).some((value) => value.trim() !== ""));

  #api: Api;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every search and every query change, so only the newest answer lands. */
  #searchSeq = 0;
  #loadSeq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** Counts the contacts, without reading their lines: what the window needs at start. */
  async count(): Promise<void> {
    try {
      this.total = await this.#api.contactCount();
      this.counted = true;
    } catch (reason) {
      this.loadError = toApiError(reason).message;
    }
  }

  /** Reads the lines the first time the list is shown. */
  async show(): Promise<void> {
    if (!this.loaded) await this.load();
  }

  /** (Re)loads the summaries for the current filters, and re-runs an active search. */
  async load(): Promise<void> {
    const mine = ++this.#loadSeq;
    const filter = toContactFilter(this.filters);
    if (this.sort !== "name") filter.sort = this.sort;
    const filtering = this.filtering;
    try {
      const summaries = await this.#api.contactSummaries(filter);
      if (mine !== this.#loadSeq) return;
      this.summaries = summaries;
      if (!filtering) {
        this.total = summaries.length;
        this.counted = true;
      }
      this.loadError = null;
      this.loaded = true;
    } catch (reason) {
      if (mine !== this.#loadSeq) return;
      this.loadError = toApiError(reason).message;
    }
    if (this.query.trim() !== "") await this.#search(this.query);
  }

  /** Reloads after a change elsewhere (create, delete, import…), keeping the total right under filters; the lines only once shown. */
  async refresh(): Promise<void> {
    if (!this.loaded) return this.count();
    if (this.filtering) {
      this.#api
        .contactCount()
        .then((count) => (this.total = count))
        .catch(() => {});
    }
    await this.load();
  }

  /** Orders the list by `sort`, and remembers it. */
  setSort(sort: ContactSort): Promise<void> {
    this.sort = sort;
    keepSort(sort);
    return this.load();
  }

  setFilters(filters: FilterFields): Promise<void> {
    this.filters = filters;
    return this.load();
  }

  /** Takes the search field's text; searches after a short pause, or shows the full list when blank. */
  setQuery(query: string): void {
    this.query = query;
    clearTimeout(this.#searchTimer);
    this.#searchSeq++;
    this.searchError = null;
    if (query.trim() === "") {
      this.results = null;
      this.searching = false;
      return;
    }
    this.searching = true;
    this.#searchTimer = setTimeout(() => void this.#search(query), SEARCH_DELAY_MS);
  }

  async #search(query: string): Promise<void> {
    const mine = ++this.#searchSeq;
    this.searching = true;
    try {
      const found = await this.#api.searchContacts(query.trim(), SEARCH_LIMIT);
      if (mine !== this.#searchSeq) return;
      this.results = found.map(lineOf);
      this.searchError = null;
    } catch (reason) {
      if (mine !== this.#searchSeq) return;
      this.searchError = toApiError(reason).message;
    } finally {
      if (mine === this.#searchSeq) this.searching = false;
    }
  }

  /** Shows a newly logged interaction on the rows of everyone in it, without reloading the list. */
  noteInteraction(ids: readonly number[], at: string): void {
    const when = new Date(at).getTime();
    const later = (row: ContactSummary) =>
      row.last_interaction_at === null || new Date(row.last_interaction_at).getTime() < when;
    const patch = <Line extends ContactSummary>(rows: Line[]) =>
      rows.map((row) => (ids.includes(row.id) && later(row) ? { ...row, last_interaction_at: at } : row));
    this.summaries = patch(this.summaries);
    if (this.results) this.results = patch(this.results);
  }

  /** Takes deleted contacts off the list at once; a reload follows. */
  forget(ids: readonly number[]): void {
    const gone = new Set(ids);
    const before = this.summaries.length;
    this.summaries = this.summaries.filter((row) => !gone.has(row.id));
    if (!this.filtering) this.total = this.summaries.length;
    else this.total = Math.max(0, this.total - (before - this.summaries.length));
    if (this.results) this.results = this.results.filter((row) => !gone.has(row.id));
  }

  dispose(): void {
    clearTimeout(this.#searchTimer);
    this.#searchSeq++;
  }
}
