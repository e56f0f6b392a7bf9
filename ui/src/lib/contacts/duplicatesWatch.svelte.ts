/**
 * The pairs of contacts that look like one person, for the sidebar's badge
 * and the Duplicates screen: read again after anything that may change them
 * (an import, a delete, a merge, its undo).
 */
import { toApiError, type Api } from "../api";
import type { DuplicatePair } from "../bindings/DuplicatePair";

export class DuplicatesWatch {
  /** The pairs, strongest evidence first. */
  pairs: DuplicatePair[] = $state.raw([]);
  /** Whether they have been read once (the badge and the screen wait for it). */
  loaded = $state(false);
  /** Why the last reading failed; null when it did not. */
  error: string | null = $state(null);

  constructor(private readonly api: Api) {}

  /** Reads the pairs again; a failure keeps the last ones and says why. */
  async load(): Promise<void> {
    try {
      this.pairs = await this.api.findDuplicates();
      this.error = null;
    } catch (reason) {
      this.error = toApiError(reason).message;
    } finally {
      this.loaded = true;
    }
  }

  /** A pair merged: gone from the list at once, before the pairs are read again. */
  forget(pair: DuplicatePair): void {
    this.pairs = this.pairs.filter((other) => other.keep !== pair.keep || other.other !== pair.other);
  }
}
