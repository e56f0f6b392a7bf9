/** Settings: each part's name and intro, and their forms. */
export const settings = {
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
};
