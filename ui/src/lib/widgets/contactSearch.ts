/**
 * Search-as-you-type for the contact pickers: waits for a pause in typing
 * before asking the backend, and drops an answer once the query has moved on,
 * so a slow search can never overwrite the matches for what is typed now.
 */
import type { ContactSummary } from "../bindings/ContactSummary";

/** A contact a picker offers or has picked, with the name to show. */
export interface PickedContact {
  id: number;
  name: string;
}

export interface ContactSearchOptions {
  /** The backend's search, best matches first. */
  search: (text: string, limit: number) => Promise<ContactSummary[]>;
  /** Whether a contact may be offered; asked when the answer arrives. */
  offers: (id: number) => boolean;
  /** The matches for the latest query; empty for a blank query or a failed search. */
  onMatches: (matches: PickedContact[]) => void;
  /** The pause in typing before searching. */
  delayMs?: number;
  /** How many contacts to ask for. */
  limit?: number;
}

export class ContactSearch {
  readonly #options: Required<ContactSearchOptions>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every new query and every clear; an answer for an older one is dropped. */
  #generation = 0;

  constructor(options: ContactSearchOptions) {
    this.#options = { delayMs: 120, limit: 8, ...options };
  }

  /** The query changed: empties the matches when it is blank, otherwise searches after the pause. */
  type(query: string): void {
    this.#forgetPending();
    const mine = this.#generation;
    const text = query.trim();
    const { search, offers, onMatches, delayMs, limit } = this.#options;
    if (text === "") {
      onMatches([]);
      return;
    }
    this.#timer = setTimeout(async () => {
      try {
        const found = await search(text, limit);
        if (mine !== this.#generation) return;
        onMatches(found.filter((contact) => offers(contact.id)).map((contact) => ({ id: contact.id, name: contact.display_name })));
      } catch {
        if (mine === this.#generation) onMatches([]);
      }
    }, delayMs);
  }

  /** Empties the matches and drops any search still waiting or on its way. */
  clear(): void {
    this.#forgetPending();
    this.#options.onMatches([]);
  }

  /** Drops any search still waiting or on its way, e.g. when the picker goes away. */
  dispose(): void {
    this.#forgetPending();
  }

  #forgetPending() {
    clearTimeout(this.#timer);
    this.#generation++;
  }
}
