/**
 * The contacts the list pane shows: the filtered contacts, or — while the user
 * types in search — the newest query's results. Stale answers are dropped.
 *
 * The filtered list comes as its ids in order (one integer a contact, so
 * 100,000 arrive at once); the lines are read by id for the rows in view,
 * as they scroll in, and kept.
 */
import { toApiError, type Api } from "../api";
import type { ContactMatch } from "../bindings/ContactMatch";
import type { ContactSummary } from "../bindings/ContactSummary";
import type { ContactSort } from "../bindings/ContactSort";
import { noFilters, toContactFilter, type FilterFields } from "./filters";
import { keepSort, storedSort } from "./listSort";
import { SvelteMap } from "svelte/reactivity";

/** How long typing must pause before a search goes out. */
export const SEARCH_DELAY_MS = 80;
/** At most this many search results are shown. */
export const SEARCH_LIMIT = 200;

/** A line of the list: a contact's summary and, for a search result, why it matched. */
export type ContactLine = ContactSummary & { matched?: ContactMatch | null };

/** Lines read beyond each edge of the rows in view, so a short scroll finds them read. */
const READ_AHEAD = 40;

export class ContactBook {
  /** The ids of the contacts passing the filters, in the chosen order. */
  order: number[] = $state.raw([]);
  /** The lines read so far, by id. */
  readonly #lines = new SvelteMap<number, ContactSummary>();
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

  /** The ids of what the list shows, in order: the filtered contacts, or the search results. */
  readonly ids: number[] = $derived(this.query.trim() === "" ? this.order : (this.results ?? []).map((row) => row.id));
  readonly #resultById = $derived(new Map((this.results ?? []).map((row) => [row.id, row])));
  readonly filtering: boolean = $derived(Object.values(this.filters).some((value) => value.trim() !== ""));

  #api: Api;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every search and every query change, so only the newest answer lands. */
  #searchSeq = 0;
  #loadSeq = 0;
  /** The rows last in view (indexes into `ids`), to read their lines first after a reload. */
  #inView = { start: 0, end: 60 };
  /** Ids whose lines have been asked for and not yet come. */
  #asked = new Set<number>();

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

  /** A row's line: a search result's, or a listed contact's once read (undefined until then). */
  line(id: number): ContactLine | undefined {
    return this.query.trim() === "" ? this.#lines.get(id) : this.#resultById.get(id);
  }

  /** The rows `start` to `end` (indexes into `ids`) are in view: reads the lines of those not yet read. */
  async inView(start: number, end: number): Promise<void> {
    this.#inView = { start, end };
    if (this.query.trim() !== "") return;
    const mine = this.#loadSeq;
    const wanted = this.order
      .slice(Math.max(0, start - READ_AHEAD), end + READ_AHEAD)
      .filter((id) => !this.#lines.has(id) && !this.#asked.has(id));
    if (wanted.length === 0) return;
    for (const id of wanted) this.#asked.add(id);
    try {
      const lines = await this.#api.contactLines(wanted);
      if (mine === this.#loadSeq) for (const line of lines) this.#lines.set(line.id, line);
    } catch (reason) {
      if (mine === this.#loadSeq) this.loadError = toApiError(reason).message;
    } finally {
      for (const id of wanted) this.#asked.delete(id);
    }
  }

  /** (Re)loads the list for the current filters with the lines in view, and re-runs an active search. */
  async load(): Promise<void> {
    const mine = ++this.#loadSeq;
    const filter = toContactFilter(this.filters);
    if (this.sort !== "name") filter.sort = this.sort;
    const filtering = this.filtering;
    try {
      const order = await this.#api.contactOrder(filter);
      if (mine !== this.#loadSeq) return;
      const { start, end } = this.#inView;
      const first = order.slice(Math.max(0, start - READ_AHEAD), end + READ_AHEAD);
      const lines = first.length > 0 ? await this.#api.contactLines(first) : [];
      if (mine !== this.#loadSeq) return;
      this.#lines.clear();
      this.#asked.clear();
      for (const line of lines) this.#lines.set(line.id, line);
      this.order = order;
      if (!filtering) {
        this.total = order.length;
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
      this.results = found;
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
    for (const id of ids) {
      const row = this.#lines.get(id);
      if (row && later(row)) this.#lines.set(id, { ...row, last_interaction_at: at });
    }
    if (this.results)
      this.results = this.results.map((row) => (ids.includes(row.id) && later(row) ? { ...row, last_interaction_at: at } : row));
  }

  /** Takes deleted contacts off the list at once; a reload follows. */
  forget(ids: readonly number[]): void {
    const gone = new Set(ids);
    const before = this.order.length;
    this.order = this.order.filter((id) => !gone.has(id));
    for (const id of ids) this.#lines.delete(id);
    if (!this.filtering) this.total = this.order.length;
    else this.total = Math.max(0, this.total - (before - this.order.length));
    if (this.results) this.results = this.results.filter((row) => !gone.has(row.id));
  }

  dispose(): void {
    clearTimeout(this.#searchTimer);
    this.#searchSeq++;
  }
}
