/** The sidebar: sections and what the book holds. */
export const sidebar = {
  sections: "Sections",
  today: "Today",
  contacts: "Contacts",
  calendar: "Calendar",
  cme: "CME",
  network: "Network",
  duplicates: "Duplicates",
  settings: "Settings",
  dueNow: "{{n}} due now",
  contactCount_one: "{{n}} contact",
  contactCount_other: "{{n}} contacts",
  possibleDuplicates_one: "{{n}} possible duplicate",
  possibleDuplicates_other: "{{n}} possible duplicates",
  keyInKeyring: "Encrypted, key in system keyring",
  passphrase: "Encrypted with your passphrase",
};

/** The window around the screens: menus, the command palette, the shortcut list, toasts, the sample-data notice. */
export const app = {};
