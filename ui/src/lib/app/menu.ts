/**
 * The menu bar's own items (src-tauri/src/menu.rs sends their ids) and every
 * keyboard shortcut, for the list that "?" and Help → Keyboard Shortcuts show.
 */
import type { StringKey } from "../locale/i18n.svelte";

/** An id the menu bar sends when one of the app's own items is chosen. */
export type MenuId =
  | "new-contact"
  | "import"
  | "export"
  | "lock"
  | "go-today"
  | "go-contacts"
  | "go-calendar"
  | "go-cme"
  | "go-network"
  | "find"
  | "command-palette"
  | "settings"
  | "shortcuts";

/** Every id, as the menu sends it (a Rust test checks this file names each). */
export const MENU_IDS: readonly MenuId[] = [
  "new-contact",
  "import",
  "export",
  "lock",
  "go-today",
  "go-contacts",
  "go-calendar",
  "go-cme",
  "go-network",
  "find",
  "command-palette",
  "settings",
  "shortcuts",
];

/** Whether `id` is one of the menu's own ids. */
export function isMenuId(id: string): id is MenuId {
  return (MENU_IDS as readonly string[]).includes(id);
}

/** One line of the shortcut list: the keys (with `Mod` for Ctrl or ⌘) and what they do. */
export interface Shortcut {
  keys: string;
  /** What they do: a catalogue key, shown with `t()`. */
  does: StringKey;
}

/** The shortcuts, by group, in the order the list shows them. */
export const SHORTCUTS: { group: StringKey; items: Shortcut[] }[] = [
  {
    group: "app.shortcuts.anywhere.title",
    items: [
      { keys: "Mod+1 … Mod+5", does: "app.shortcuts.anywhere.screens" },
      { keys: "Mod+F", does: "app.shortcuts.anywhere.find" },
      { keys: "Mod+K", does: "app.shortcuts.anywhere.palette" },
      { keys: "Mod+N", does: "app.shortcuts.anywhere.newContact" },
      { keys: "Mod+O", does: "app.shortcuts.anywhere.import" },
      { keys: "Mod+Shift+E", does: "app.shortcuts.anywhere.export" },
      { keys: "Mod+,", does: "app.shortcuts.anywhere.settings" },
      { keys: "Mod+Z", does: "app.shortcuts.anywhere.undo" },
      { keys: "Mod+L", does: "app.shortcuts.anywhere.lock" },
      { keys: "?", does: "app.shortcuts.anywhere.shortcuts" },
    ],
  },
  {
    group: "app.shortcuts.outsideText.title",
    items: [
      { keys: "n", does: "app.shortcuts.outsideText.new" },
      { keys: "/", does: "app.shortcuts.outsideText.search" },
      { keys: "Escape", does: "app.shortcuts.outsideText.close" },
    ],
  },
  {
    group: "app.shortcuts.contactList.title",
    items: [
      { keys: "↓", does: "app.shortcuts.contactList.toList" },
      { keys: "↑ ↓", does: "app.shortcuts.contactList.move" },
      { keys: "Escape", does: "app.shortcuts.contactList.clear" },
    ],
  },
  {
    group: "app.shortcuts.today.title",
    items: [
      { keys: "↑ ↓", does: "app.shortcuts.today.move" },
      { keys: "Enter", does: "app.shortcuts.today.main" },
      { keys: "D  S  X", does: "app.shortcuts.today.act" },
    ],
  },
];

/** The keys as this platform writes them: ⌘ on a Mac, Ctrl elsewhere. */
export function forPlatform(keys: string, mac: boolean): string {
  return keys.replaceAll("Mod+", mac ? "⌘" : "Ctrl+");
}
