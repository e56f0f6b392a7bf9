/**
 * Lock after idle: after so many minutes with no key pressed and no mouse
 * moved in the window, Curbside locks itself (as "Lock now" does). The choice
 * is this computer's, kept in the window's local storage like the theme: a
 * desk in a shared office wants a shorter one than a laptop at home.
 */

/** Where the choice is kept. */
export const IDLE_LOCK_KEY = "curbside.lockAfterMinutes";

/** The choices offered, in minutes (0: never). */
export const IDLE_LOCK_CHOICES: readonly number[] = [0, 5, 15, 30, 60];

/** The events that count as the user being there. */
const ACTIVITY = ["keydown", "mousedown", "mousemove", "pointerdown", "wheel", "touchstart"] as const;

/** How often the idle time is looked at. */
const CHECK_MS = 15_000;

/** The minutes kept on this computer (0, never, when none or not one of the choices). */
export function storedIdleMinutes(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): number {
  try {
    const kept = Number(storage?.getItem(IDLE_LOCK_KEY));
    return IDLE_LOCK_CHOICES.includes(kept) ? kept : 0;
  } catch {
    return 0;
  }
}

/** Keeps the choice on this computer; false when it could not be kept. */
export function chooseIdleMinutes(minutes: number, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(IDLE_LOCK_KEY, String(minutes));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** What the watch needs, for tests to replace. */
export interface IdleWatchOptions {
  target?: Pick<Window, "addEventListener" | "removeEventListener">;
  now?: () => number;
  minutes?: () => number;
}

/**
 * Calls `onIdle` once the window has seen no key or mouse for the minutes
 * chosen (read afresh at each look, so a change in Settings applies at
 * once); returns a function that stops watching.
 */
export function watchIdle(onIdle: () => void, options: IdleWatchOptions = {}): () => void {
  const target = options.target ?? window;
  const now = options.now ?? Date.now;
  const minutes = options.minutes ?? (() => storedIdleMinutes());
  let last = now();
  const seen = () => {
    last = now();
  };
  for (const name of ACTIVITY) target.addEventListener(name, seen, { passive: true });
  const timer = setInterval(() => {
    const limit = minutes();
    if (limit > 0 && now() - last >= limit * 60_000) {
      last = now();
      onIdle();
    }
  }, CHECK_MS);
  return () => {
    clearInterval(timer);
    for (const name of ACTIVITY) target.removeEventListener(name, seen);
  };
}
