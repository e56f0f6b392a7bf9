/**
 * Which part of Settings is shown: remembered while the app runs (leaving
 * Settings and coming back finds the same part), and set by whoever opens
 * Settings at a given part (the sidebar's sync status opens Sync).
 */

const shown = $state({ id: "presence" });

/** The id of the part shown. */
export function shownSettingsSection(): string {
  return shown.id;
}

/** Shows the part `id` the next time (or now, if Settings is open). */
export function showSettingsSection(id: string) {
  shown.id = id;
}
