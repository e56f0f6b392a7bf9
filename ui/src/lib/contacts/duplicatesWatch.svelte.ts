/**
 * The contacts that look like one person: how many pairs, for the sidebar's
 * badge, always; the pairs themselves only while the Duplicates screen shows
 * them (a large book has tens of thousands, which the window need not hold
 * the rest of the time). Read again after anything that may change them (an
 * import, a delete, a merge, its undo); a newer reading always wins over an
 * older one still on its way.
 */
import { toApiError, type Api } from "../api";
import type { DuplicatePair } from "../bindings/DuplicatePair";

export class DuplicatesWatch {
  /** How many pairs there are: the badge. */
  count = $state(0);
  /** Whether the count has been read once (the badge waits for it). */
  counted = $state(false);
  /** The pairs, strongest evidence first, while the screen shows them. */
  pairs: DuplicatePair[] = $state.raw([]);
  /** Whether the pairs have been read since the screen opened. */
  loaded = $state(false);
  /** Why the last reading failed; null when it did not. */
  error: string | null = $state(null);

  #showing = false;
  #seq = 0;

  constructor(private readonly api: Api) {}

  /** Reads the count again, and the pairs too while the screen shows them; a failure keeps the last ones and says why. */
  async load(): Promise<void> {
    const mine = ++this.#seq;
    const showing = this.#showing;
    try {
      if (showing) {
        const pairs = await this.api.findDuplicates();
        if (mine !== this.#seq) return;
        this.pairs = pairs;
        this.count = pairs.length;
        this.loaded = true;
      } else {
        const count = await this.api.duplicateCount();
        if (mine !== this.#seq) return;
        this.count = count;
      }
      this.error = null;
    } catch (reason) {
      if (mine !== this.#seq) return;
      this.error = toApiError(reason).message;
      if (showing) this.loaded = true;
    } finally {
      if (mine === this.#seq) this.counted = true;
    }
  }

  /** The Duplicates screen opened (its pairs are read) or closed (they are let go; the count stays). */
  show(showing: boolean): Promise<void> {
    if (showing === this.#showing) return showing ? this.load() : Promise.resolve();
    this.#showing = showing;
    if (showing) return this.load();
    this.#seq++;
    this.pairs = [];
    this.loaded = false;
    return Promise.resolve();
  }

  /** A pair merged: gone from the list and the count at once, before the pairs are read again. */
  forget(pair: DuplicatePair): void {
    const before = this.pairs.length;
    this.pairs = this.pairs.filter((other) => other.keep !== pair.keep || other.other !== pair.other);
    if (this.pairs.length < before) this.count = Math.max(0, this.count - 1);
  }
}
