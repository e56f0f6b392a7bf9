/**
 * Light or dark: the system's choice unless the user picked one in Settings
 * → Appearance. The choice is this computer's (kept in the window's local
 * storage, like a window size), and shown as `data-theme` on the root
 * element, which app.css's dark colours key on.
 */

export type ThemeChoice = "system" | "light" | "dark";

/** Where the choice is kept. */
export const THEME_KEY = "curbside.theme";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

/** The choice kept on this computer ("system" when none, or unreadable). */
export function storedTheme(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): ThemeChoice {
  try {
    const kept = storage?.getItem(THEME_KEY);
    return kept === "light" || kept === "dark" ? kept : "system";
  } catch {
    return "system";
  }
}

/**
 * Shows `choice` on `root`, following the system while it is "system";
 * returns a function that stops following it.
 */
export function applyTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
  media: MediaQueryList | undefined = globalThis.matchMedia?.(SYSTEM_DARK),
): () => void {
  const show = () => {
    const dark = choice === "dark" || (choice === "system" && media?.matches === true);
    root.dataset.theme = dark ? "dark" : "light";
  };
  show();
  if (choice !== "system" || !media) return () => {};
  media.addEventListener("change", show);
  return () => media.removeEventListener("change", show);
}

let stopFollowing: () => void = () => {};

/** Keeps `choice` on this computer and shows it now. */
export function chooseTheme(choice: ThemeChoice, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // Shown anyway; it is only not remembered.
  }
  stopFollowing();
  stopFollowing = applyTheme(choice);
}

/** Shows the kept choice at start. */
export function startTheme() {
  chooseTheme(storedTheme());
}
