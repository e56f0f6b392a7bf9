/** The words an import shows: which files, how far it has come, and what it did. */
import { IMPORT_EXTENSIONS } from "../api";
import type { ImportSummary } from "../bindings/ImportSummary";
import { fmt } from "../locale/current.svelte";
import { t, type StringKey } from "../locale/i18n.svelte";

/** The last part of a path, for showing which file is meant. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== "").pop() ?? path;
}

/** True for the files an import can read (.vcf, .vcard, .csv, .ics, .ical, a whole book .json; any case). */
export function isImportable(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return dot !== -1 && IMPORT_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase());
}

/** What the files hold: contacts, events (.ics and .ical only) or both. */
export type ImportContent = "contacts" | "events" | "entries";

export function importContent(paths: string[]): ImportContent {
  const calendars = paths.filter((path) => /\.(ics|ical)$/i.test(path)).length;
  if (calendars === 0) return "contacts";
  return calendars === paths.length ? "events" : "entries";
}

const PROGRESS: Record<ImportContent, StringKey> = {
  contacts: "transfer.import.progress.contacts",
  events: "transfer.import.progress.events",
  entries: "transfer.import.progress.entries",
};

/** The running count under the progress bar: "1,500 contacts…". */
export function progressText(done: number, content: ImportContent = "contacts"): string {
  return t(PROGRESS[content], { count: done, n: fmt().number(done) });
}

/** One line for what an import did: "12 new, 3 updated, 40 unchanged, 1 skipped". */
export function summaryText(summary: ImportSummary): string {
  return t("transfer.import.summary", {
    created: fmt().number(summary.created),
    updated: fmt().number(summary.updated),
    unchanged: fmt().number(summary.unchanged),
    skipped: fmt().number(summary.skipped),
  });
}
