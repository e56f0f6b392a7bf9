/** Import and export: the import panel, its progress and summary, and the export dialog. */
export const transfer = {
  import: {
    titles: {
      contacts: "Import contacts",
      events: "Import calendar",
      entries: "Import contacts and events",
    },
    files: "Files to import",
    ignored: "Left out (Curbside imports .vcf, .vcard, .csv and .ics files): {{files}}",
    skipBad: "Skip bad entries",
    skipBadHint: "Import everything readable and list what was left out. Otherwise one bad entry stops the import and nothing changes.",
    start: "Start import",
    cancelling: "Cancelling…",
    cancel: "Cancel import",
    /** The running count under the progress bar. */
    progress: {
      contacts_one: "{{n}} contact…",
      contacts_other: "{{n}} contacts…",
      events_one: "{{n}} event…",
      events_other: "{{n}} events…",
      entries_one: "{{n}} entry…",
      entries_other: "{{n}} entries…",
    },
    summary: "{{created}} new, {{updated}} updated, {{unchanged}} unchanged, {{skipped}} skipped",
    leftOut: "Left out:",
    warnings: "Imported, with a change:",
    stopped: "Nothing was imported. Fix the entry, or import again with “Skip bad entries” to leave it out.",
    cancelled: "Import cancelled — nothing was changed.",
    retrySkipping: "Import, skipping bad entries",
  },
  export: {
    title: "Export contacts",
    all_one: "Export all {{n}} contact",
    all_other: "Export all {{n}} contacts",
    selected_one: "Export {{n}} selected contact",
    selected_other: "Export {{n}} selected contacts",
    format: "Format",
    formats: {
      vcard: "Read by almost every address book",
      vcard4: "The newer standard",
      csv: "For spreadsheets",
      json: "Everything, for scripts and backups",
    },
    exporting: "Exporting…",
    confirm: "Export…",
  },
};
