/**
 * What the command palette (Ctrl/⌘+K) offers and how it finds it: every
 * screen and Network tab, the actions of the menu bar and a few more, each
 * matched to what the user types by a forgiving, ordered-letters match
 * ("nwcon" finds "New contact"), best first. The contacts come from the
 * backend's search, not from here.
 */

import { t, type StringKey } from "../../locale/i18n.svelte";
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
  /** Its name in the language in force (read when shown or matched). */
  readonly label: string;
  /** "go" for a screen, "action" for the rest: the list's right-hand hint. */
  kind: "go" | "action";
  /** Other words it is found by ("preferences" for Settings), in the language in force. */
  readonly also?: string;
  /** The shortcut that does the same, in `menu.ts`'s form ("Mod+N"). */
  keys?: string;
  run: (actions: PaletteActions) => void;
}

/** The hint a command's kind shows. */
export const KIND_LABELS: Record<PaletteCommand["kind"], StringKey> = {
  go: "app.palette.kinds.go",
  action: "app.palette.kinds.action",
};

/** A command whose name and other words are catalogue keys, read with `t()` each time they are used. */
function command(
  id: string,
  kind: PaletteCommand["kind"],
  label: () => string,
  also: StringKey | undefined,
  keys: string | undefined,
  run: PaletteCommand["run"],
): PaletteCommand {
  return {
    id,
    kind,
    keys,
    run,
    get label() {
      return label();
    },
    get also() {
      return also === undefined ? undefined : t(also);
    },
  };
}

const go = (id: string, label: StringKey, section: Screen, keys?: string, also?: StringKey): PaletteCommand =>
  command(id, "go", () => t(label), also, keys, (actions) => actions.goTo(section));

const tab = (key: string, label: StringKey, also?: StringKey): PaletteCommand =>
  command(`network-${key}`, "go", () => t("app.palette.networkTab", { tab: t(label) }), also, undefined, (actions) =>
    actions.openNetwork(key),
  );

const menu = (id: MenuId, label: StringKey, keys?: string, also?: StringKey): PaletteCommand =>
  command(id, "action", () => t(label), also, keys, (actions) => actions.menu(id));

const action = (id: string, label: StringKey, also: StringKey, run: PaletteCommand["run"]): PaletteCommand =>
  command(id, "action", () => t(label), also, undefined, run);

/** Every command, in the order the palette lists them when nothing is typed. */
export const COMMANDS: readonly PaletteCommand[] = [
  go("go-today", "sidebar.today", "today", "Mod+1", "app.palette.also.today"),
  go("go-contacts", "sidebar.contacts", "contacts", "Mod+2", "app.palette.also.contacts"),
  go("go-calendar", "sidebar.calendar", "calendar", "Mod+3", "app.palette.also.calendar"),
  go("go-cme", "sidebar.cme", "cme", "Mod+4", "app.palette.also.cme"),
  go("go-network", "sidebar.network", "network", "Mod+5"),
  tab("referrals", "app.palette.tabs.referrals"),
  tab("intros", "app.palette.tabs.intros", "app.palette.also.intros"),
  tab("mentorship", "app.palette.tabs.mentorship", "app.palette.also.mentorship"),
  tab("opportunities", "app.palette.tabs.opportunities", "app.palette.also.opportunities"),
  tab("memberships", "app.palette.tabs.memberships", "app.palette.also.memberships"),
  tab("review", "app.palette.tabs.review", "app.palette.also.review"),
  go("go-duplicates", "sidebar.duplicates", "duplicates", undefined, "app.palette.also.duplicates"),
  go("settings", "sidebar.settings", "settings", "Mod+,", "app.palette.also.settings"),
  menu("new-contact", "app.palette.commands.newContact", "Mod+N", "app.palette.also.newContact"),
  action("new-event", "app.palette.commands.newEvent", "app.palette.also.newEvent", (actions) => actions.newIn("calendar")),
  action("new-credit", "app.palette.commands.newCredit", "app.palette.also.add", (actions) => actions.newIn("cme")),
  action("new-reminder", "app.palette.commands.newReminder", "app.palette.also.add", (actions) => actions.newIn("today")),
  menu("find", "app.palette.commands.find", "Mod+F", "app.palette.also.find"),
  menu("import", "app.palette.commands.import", "Mod+O", "app.palette.also.import"),
  menu("export", "app.palette.commands.export", "Mod+Shift+E", "app.palette.also.export"),
  menu("shortcuts", "app.palette.commands.shortcuts", "?", "app.palette.also.shortcuts"),
  menu("lock", "app.palette.commands.lock", "Mod+L", "app.palette.also.lock"),
  action("toggle-theme", "app.palette.commands.toggleTheme", "app.palette.also.toggleTheme", (actions) => actions.toggleTheme()),
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
