/**
 * The menu bar's own items (src-tauri/src/menu.rs sends their ids) and every
 * keyboard shortcut, for the list that "?" and Help → Keyboard Shortcuts show.
 */

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
  does: string;
}

/** The shortcuts, by group, in the order the list shows them. */
export const SHORTCUTS: { group: string; items: Shortcut[] }[] = [
  {
    group: "Anywhere",
    items: [
      { keys: "Mod+1 … Mod+5", does: "Today, Contacts, Calendar, CME, Network" },
      { keys: "Mod+F", does: "Find a contact" },
      { keys: "Mod+K", does: "Command palette: go to a screen, an action or a contact" },
      { keys: "Mod+N", does: "New contact" },
      { keys: "Mod+O", does: "Import contacts or calendars" },
      { keys: "Mod+Shift+E", does: "Export" },
      { keys: "Mod+,", does: "Settings" },
      { keys: "Mod+Z", does: "Outside a text field: undo the last done, dismiss, snooze, delete or merge" },
      { keys: "Mod+L", does: "Lock Curbside (it asks for the passphrase)" },
      { keys: "?", does: "This list of shortcuts" },
    ],
  },
  {
    group: "Outside a text field",
    items: [
      { keys: "n", does: "New thing of the screen shown (reminder, event, credit, contact)" },
      { keys: "/", does: "Search contacts" },
      { keys: "Escape", does: "Close a dialog" },
    ],
  },
  {
    group: "In the contact list",
    items: [
      { keys: "↓", does: "From the search field to the first contact" },
      { keys: "↑ ↓", does: "Move through the contacts, the profile following" },
      { keys: "Escape", does: "In the search field: clear it" },
    ],
  },
  {
    group: "On Today",
    items: [
      { keys: "↑ ↓", does: "Move through the list" },
      { keys: "Enter", does: "The line's main action (draft, open, log credits)" },
      { keys: "D  S  X", does: "Done, snooze, dismiss the line" },
    ],
  },
];

/** The keys as this platform writes them: ⌘ on a Mac, Ctrl elsewhere. */
export function forPlatform(keys: string, mac: boolean): string {
  return keys.replaceAll("Mod+", mac ? "⌘" : "Ctrl+");
}
