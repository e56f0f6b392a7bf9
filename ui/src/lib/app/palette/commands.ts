/**
 * What the command palette (Ctrl/⌘+K) offers and how it finds it: every
 * screen and Network tab, the actions of the menu bar and a few more, each
 * matched to what the user types by a forgiving, ordered-letters match
 * ("nwcon" finds "New contact"), best first. The contacts come from the
 * backend's search, not from here.
 */

import type { MenuId } from "../menu";

/** The screens the palette goes to (the sidebar's sections; MainView's checks keep them in step). */
export type Screen = "today" | "contacts" | "calendar" | "cme" | "network" | "duplicates" | "settings";

/** What choosing a command does, as the main window carries it out. */
export interface PaletteActions {
  /** Shows a screen. */
  goTo: (screen: Screen) => void;
  /** Shows the Network screen on the tab with this key. */
  openNetwork: (tab: string) => void;
  /** Does what the menu bar's item with this id does. */
  menu: (id: MenuId) => void;
  /** Opens the form for a new thing of this screen (an event, a credit, a reminder). */
  newIn: (section: "today" | "calendar" | "cme") => void;
  /** Switches between light and dark. */
  toggleTheme: () => void;
}

/** One command of the palette. */
export interface PaletteCommand {
  /** Stable, for the list of recent ones. */
  id: string;
  label: string;
  /** "Go to" for a screen, "Action" for the rest: the list's right-hand hint. */
  kind: "Go to" | "Action";
  /** Other words it is found by ("preferences" for Settings). */
  also?: string;
  /** The shortcut that does the same, in `menu.ts`'s form ("Mod+N"). */
  keys?: string;
  run: (actions: PaletteActions) => void;
}

const go = (id: string, label: string, section: Screen, keys?: string, also?: string): PaletteCommand => ({
  id,
  label,
  kind: "Go to",
  keys,
  also,
  run: (actions) => actions.goTo(section),
});

const tab = (key: string, label: string, also?: string): PaletteCommand => ({
  id: `network-${key}`,
  label: `Network: ${label}`,
  kind: "Go to",
  also,
  run: (actions) => actions.openNetwork(key),
});

const menu = (id: MenuId, label: string, keys?: string, also?: string): PaletteCommand => ({
  id,
  label,
  kind: "Action",
  keys,
  also,
  run: (actions) => actions.menu(id),
});

/** Every command, in the order the palette lists them when nothing is typed. */
export const COMMANDS: readonly PaletteCommand[] = [
  go("go-today", "Today", "today", "Mod+1", "home due reminders"),
  go("go-contacts", "Contacts", "contacts", "Mod+2", "people address book"),
  go("go-calendar", "Calendar", "calendar", "Mod+3", "events conferences deadlines"),
  go("go-cme", "CME", "cme", "Mod+4", "credits continuing medical education license"),
  go("go-network", "Network", "network", "Mod+5"),
  tab("referrals", "Referrals"),
  tab("intros", "Introductions", "intros"),
  tab("mentorship", "Mentorship", "mentor mentee letters"),
  tab("opportunities", "Opportunities", "jobs grants talks"),
  tab("memberships", "Memberships", "societies committees renewals"),
  tab("review", "This week", "weekly review"),
  go("go-duplicates", "Duplicates", "duplicates", undefined, "merge"),
  go("settings", "Settings", "settings", "Mod+,", "preferences options sync security"),
  menu("new-contact", "New contact", "Mod+N", "add person"),
  {
    id: "new-event",
    label: "New event",
    kind: "Action",
    also: "add conference meeting deadline",
    run: (actions) => actions.newIn("calendar"),
  },
  {
    id: "new-credit",
    label: "New CME credit",
    kind: "Action",
    also: "add",
    run: (actions) => actions.newIn("cme"),
  },
  {
    id: "new-reminder",
    label: "New reminder",
    kind: "Action",
    also: "add",
    run: (actions) => actions.newIn("today"),
  },
  menu("find", "Find a contact", "Mod+F", "search"),
  menu("import", "Import contacts or calendars", "Mod+O", "vcard csv ics linkedin google"),
  menu("export", "Export contacts", "Mod+Shift+E", "save vcard csv"),
  menu("shortcuts", "Keyboard shortcuts", "?", "keys help"),
  menu("lock", "Lock Curbside", "Mod+L", "passphrase security away"),
  {
    id: "toggle-theme",
    label: "Switch between light and dark",
    kind: "Action",
    also: "theme appearance dark mode",
    run: (actions) => actions.toggleTheme(),
  },
];

/**
 * How well `query` matches `text`, or null when it does not: every letter of
 * the query in order, ignoring case and accents. A match at the start, at
 * the start of words and in one run scores higher; a shorter text breaks ties.
 */
export function matchScore(query: string, text: string): number | null {
  const wanted = fold(query).replace(/\s+/g, "");
  if (wanted === "") return 0;
  const hay = fold(text);
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const letter of wanted) {
    const at = hay.indexOf(letter, from);
    if (at < 0) return null;
    if (at === 0) score += 8;
    else if (/[\s:,-]/.test(hay[at - 1])) score += 6;
    if (at === previous + 1) score += 4;
    score += 1;
    previous = at;
    from = at + 1;
  }
  // A whole word typed is worth more than scattered letters.
  if (hay.includes(fold(query).trim())) score += 10;
  return score - hay.length / 100;
}

/** The commands matching `query`, best first; all of them, recent first, when it is empty. */
export function findCommands(query: string, recent: readonly string[] = []): PaletteCommand[] {
  if (query.trim() === "") {
    const first = recent
      .map((id) => COMMANDS.find((command) => command.id === id))
      .filter((command): command is PaletteCommand => command !== undefined);
    return [...first, ...COMMANDS.filter((command) => !first.includes(command))];
  }
  return COMMANDS.map((command) => {
    const byLabel = matchScore(query, command.label);
    const byWords = command.also ? matchScore(query, command.also) : null;
    // Found by its other words only: below any match by its name.
    const score = byLabel ?? (byWords === null ? null : byWords - 20);
    return { command, score };
  })
    .filter((found): found is { command: PaletteCommand; score: number } => found.score !== null)
    .sort((a, b) => b.score - a.score)
    .map((found) => found.command);
}

/** Where the ids of the last commands chosen are kept (ids only: nothing about a contact). */
export const RECENT_KEY = "curbside.palette.recent";
const RECENT_KEPT = 3;

/** The ids of the commands chosen last, newest first. */
export function recentCommands(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): string[] {
  try {
    const kept: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(kept) ? kept.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** Remembers that the command with `id` was chosen. */
export function rememberCommand(id: string, storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalThis.localStorage) {
  const next = [id, ...recentCommands(storage).filter((other) => other !== id)].slice(0, RECENT_KEPT);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // Only the order of an empty palette is lost.
  }
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}
