/**
 * Sync's state as the window sees it: loaded from the shell, and kept current
 * by its events (a sync's progress, its end). One instance lives as long as
 * the main window; the sidebar and Settings → Sync both read it.
 */
import { toApiError, type Api } from "../../api";
import type { Finished } from "../../bindings/Finished";
import type { SyncState } from "../../bindings/SyncState";

export class SyncWatch {
  /** Null until loaded. */
  state: SyncState | null = $state(null);
  /** Why the state could not be loaded. */
  error: string | null = $state(null);
  #api: Api;
  #onChangedHere: () => void;

  /** `onChangedHere`: a sync changed items here (lists should load again). */
  constructor(api: Api, onChangedHere: () => void = () => {}) {
    this.#api = api;
    this.#onChangedHere = onChangedHere;
  }

  async load(): Promise<void> {
    try {
      this.state = await this.#api.syncStatus();
      this.error = null;
    } catch (reason) {
      this.error = toApiError(reason).message;
    }
  }

  /** Loads the state and hears the shell's events; resolves to a function that stops listening. */
  async start(): Promise<() => void> {
    void this.load();
    return this.#api.onSyncEvents({
      progress: (progress) => {
        if (this.state) this.state = { ...this.state, syncing: true, progress };
      },
      finished: (finished: Finished) => {
        if (finished.changedHere) this.#onChangedHere();
        void this.load();
      },
    });
  }
}
