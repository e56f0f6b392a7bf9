/**
 * The English strings of the app, by screen. Every language is a file like
 * this one with the same keys (CONTRIBUTING.md, "Strings and languages").
 * `{{name}}` is filled in when the string is shown; a key with `_one` and
 * `_other` forms is chosen by `count` (i18next's plural rules).
 */
export const en = {
  sidebar: {
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
  },
  today: {
    title: "Today",
    sections: {
      deadlines: "Deadlines",
      due: "Due now",
      week: "Next 7 days",
    },
  },
  time: {
    overdueDays_one: "overdue · {{n}} day",
    overdueDays_other: "overdue · {{n}} days",
    theirTime: "it is {{time}} for {{name}}",
    theirTimeUnnamed: "it is {{time}} where they are",
    noContactYet: "no contact yet",
    lastContactToday: "last contact today",
    lastContact: "last contact {{when}}",
    daysLeft_one: "{{n}} day left",
    daysLeft_other: "{{n}} days left",
    sinceToday: "today",
    sinceDays: "{{n}} d",
    sinceMonths: "{{n}} mo",
    sinceYears: "{{n}} y",
  },
  settings: {
    title: "Settings",
    presence: {
      title: "You",
      intro: "Who you are, kept once: drafts and introductions sign with it ({my_name}, {my_credentials}, {my_pitch}, {my_links}).",
    },
    reminders: {
      title: "Reminders",
      intro: "When each kind of reminder reaches you. Times are on your clock, wherever you are that day.",
    },
    startup: {
      title: "Notifications & startup",
    },
    appearance: {
      title: "Appearance",
      intro: "Light or dark colours, on this computer.",
    },
    templates: {
      title: "Message templates",
      intro: "The drafts Curbside writes for you. Words in braces are filled in for each person.",
    },
    cadences: {
      title: "Stay in touch",
      intro:
        "How often to be in touch with everyone who has a tag or a relationship to you. A cadence set on a person's profile wins; among several, the shortest holds.",
    },
    sync: {
      title: "Sync",
      intro:
        "Keep one book on all your computers and your phone, through your own CardDAV/CalDAV server. Contacts and events go to an address book and a calendar your phone shows; everything else Curbside keeps is encrypted with a sync key before it leaves this computer, so the server stores only ciphertext.",
    },
    backups: {
      title: "Backups",
      intro:
        "Curbside backs up your book every day and before imports, merges, bulk deletes and updates. Backups are encrypted with your book's key, so a synced folder is a safe place for them.",
    },
    security: {
      title: "Security",
    },
    locale: {
      title: "Language and region",
      intro: "How dates, times and numbers are written, on this computer.",
      format: "Dates and numbers",
      systemFormat: "As the system ({{example}})",
      time: "Clock",
      timeSystem: "As the region ({{example}})",
      time12: "12 hour ({{example}})",
      time24: "24 hour ({{example}})",
      firstDay: "First day of the week",
      firstDaySystem: "As the region ({{day}})",
      example: "Example: {{date}}",
    },
  },
};

/** The shape every catalogue has: the same keys, any strings. */
export type Catalogue = typeof en;
