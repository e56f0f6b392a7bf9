/**
 * The sample data the book holds, for the sidebar's notice: how much there
 * is, and adding or removing it in one click (first run's "Try sample data",
 * Today's empty state, the notice's Remove).
 */
import { toApiError, type Api } from "../api";
import type { SampleCounts } from "../bindings/SampleCounts";
import { fmt } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

export class SampleData {
  /** What the book holds (none until loaded). */
  counts: SampleCounts = $state({ contacts: 0, events: 0 });
  /** Whether adding or removing is under way. */
  busy = $state(false);
  /** Whether there is any sample data to mark and remove. */
  readonly present = $derived(this.counts.contacts + this.counts.events > 0);

  constructor(private readonly api: Api) {}

  /** Reads how much sample data there is; a failure leaves the notice out (the tag and titles still mark the data). */
  async load(): Promise<void> {
    try {
      this.counts = await this.api.sampleCounts();
    } catch {
      // The notice is a convenience.
    }
  }

  /**
   * Adds or removes the sample data; resolves to what to tell the user and
   * whether it went wrong, after `reload` has shown the book as it now is.
   */
  async change(adding: boolean, reload: () => Promise<unknown>): Promise<{ message: string; tone: "info" | "error" } | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      const counts = adding ? await this.api.addSampleData() : await this.api.removeSampleData();
      await Promise.all([reload(), this.load()]);
      return {
        message: t(adding ? "app.sample.added" : "app.sample.removed", {
          contacts: t("app.sample.contactsAdded", { count: counts.contacts, n: fmt().number(counts.contacts) }),
          events: t("app.sample.events", { count: counts.events, n: fmt().number(counts.events) }),
        }),
        tone: "info",
      };
    } catch (reason) {
      return { message: toApiError(reason).message, tone: "error" };
    } finally {
      this.busy = false;
    }
  }
}
