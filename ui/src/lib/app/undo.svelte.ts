/**
 * The one action the user can take back right now: a one-click action
 * (done, dismiss, snooze, a delete, a merge) offers itself here, the window
 * shows it as a toast with Undo, and Ctrl/⌘+Z outside a text field takes it
 * back. A newer offer replaces the older one, as in a mail client.
 */

/** An action that can be taken back. */
export interface Undoable {
  /** What was done, as the toast says it ("Marked done", "Deleted Ana Lima"). */
  message: string;
  /** Takes the action back; resolves to what to say afterwards ("Restored"). */
  undo: () => Promise<string>;
}

/** The offer shown now, numbered so that a new one restarts the toast. */
export type Offer = Undoable & { id: number };

export class UndoOffers {
  /** The action that can be taken back now, if any. */
  current: Offer | null = $state(null);
  #seq = 0;

  /** Offers `action` for undo, replacing any older offer. */
  offer(action: Undoable): void {
    this.current = { ...action, id: ++this.#seq };
  }

  /** Stops offering (the toast timed out or was closed). */
  dismiss(id?: number): void {
    if (id === undefined || this.current?.id === id) this.current = null;
  }

  /**
   * Takes back the offered action, once: resolves to what to say, or null
   * when nothing is offered. A failure rejects; the offer is gone either way.
   */
  async take(): Promise<string | null> {
    const offered = this.current;
    if (!offered) return null;
    this.current = null;
    return offered.undo();
  }
}

/** The window's offers: every screen offers through this one. */
export const undoOffers = new UndoOffers();
