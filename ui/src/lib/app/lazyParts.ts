/**
 * The screens and dialogs the first screen does not show, each in its own
 * chunk of the built UI: loaded on first use (a local file, a few
 * milliseconds), then kept. The first screen (Today, the sidebar, the
 * session and welcome screens) parses none of them, nor the calendar
 * library.
 */

/**
 * `load` once: the part itself once loaded (so a screen shown again renders
 * at once), the load in flight before that. A failed load is tried again
 * next time.
 */
export function lazy<T>(load: () => Promise<{ default: T }>): () => T | Promise<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    loading ??= load().then(
      (module) => (loaded = module.default),
      (reason: unknown) => {
        loading = undefined;
        throw reason;
      },
    );
    return loading;
  };
}

export const parts = {
  calendar: lazy(() => import("../calendar/CalendarScreen.svelte")),
  cme: lazy(() => import("../cme/CmeScreen.svelte")),
  network: lazy(() => import("../network/NetworkScreen.svelte")),
  settings: lazy(() => import("../settings/SettingsScreen.svelte")),
  importPanel: lazy(() => import("../transfer/ImportPanel.svelte")),
  exportMenu: lazy(() => import("../transfer/ExportMenu.svelte")),
  duplicates: lazy(() => import("../contacts/DuplicatesView.svelte")),
  palette: lazy(() => import("./palette/CommandPalette.svelte")),
  profile: lazy(() => import("../profile/ContactProfileView.svelte")),
};

/** The sidebar's screens that are loaded on first use, by section (Sidebar's `Section`). */
export const screenParts: Partial<Record<string, () => unknown>> = {
  calendar: parts.calendar,
  cme: parts.cme,
  network: parts.network,
  settings: parts.settings,
  duplicates: parts.duplicates,
};

/** Loads every part now (tests, which look for a screen as soon as it is asked for). */
export async function loadEveryPart(): Promise<void> {
  await Promise.all(Object.values(parts).map((load) => load()));
}
