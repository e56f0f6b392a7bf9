/**
 * What the CME screen shows: every cycle's progress today, the credit entries
 * and the attended events whose credits are still to claim. Loaded together,
 * and again after any change, so the bars always match the list.
 */
import { toApiError, type Api } from "../api";
import type { ClaimableCredits } from "../bindings/ClaimableCredits";
import type { Credit } from "../bindings/Credit";
import type { CycleProgress } from "../bindings/CycleProgress";

export class CmeData {
  progress: CycleProgress[] = $state.raw([]);
  /** Newest first. */
  credits: Credit[] = $state.raw([]);
  claimable: ClaimableCredits[] = $state.raw([]);
  loaded = $state(false);
  error: string | null = $state(null);

  readonly #api: Api;
  #seq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  async load() {
    const mine = ++this.#seq;
    try {
      const [progress, credits, claimable] = await Promise.all([
        this.#api.cmeStatus(),
        this.#api.credits(null, null),
        this.#api.claimableCredits(),
      ]);
      if (mine !== this.#seq) return;
      this.progress = progress;
      this.credits = [...credits].sort((a, b) => b.earned_on.localeCompare(a.earned_on) || b.id - a.id);
      this.claimable = claimable;
      this.error = null;
    } catch (reason) {
      if (mine === this.#seq) this.error = toApiError(reason).message;
    } finally {
      if (mine === this.#seq) this.loaded = true;
    }
  }
}
