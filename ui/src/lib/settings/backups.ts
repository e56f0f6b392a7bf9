/** How the Backups section words a backup: its reason, size, time and what it holds. */
import type { BackupInfo } from "../bindings/BackupInfo";
import type { Counts } from "../bindings/Counts";
import type { Reason } from "../bindings/Reason";
import { formatterFor } from "../locale/current.svelte";

const REASONS: Record<Reason, string> = {
  daily: "Daily",
  manual: "Made by hand",
  before_migration: "Before an update",
  before_import: "Before an import",
  before_merge: "Before a merge",
  before_bulk_delete: "Before a bulk delete",
  before_restore: "Before a restore",
};

export function reasonLabel(reason: Reason): string {
  return REASONS[reason];
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function whenLabel(createdAt: string, locale?: string): string {
  return formatterFor(locale).dateAndTime(new Date(createdAt));
}

const plural = (count: number, one: string, many: string) => `${formatterFor().number(count)} ${count === 1 ? one : many}`;

export function countsLabel(counts: Counts | null): string {
  if (!counts) return "contents unknown";
  return [
    plural(counts.contacts, "contact", "contacts"),
    plural(counts.interactions, "interaction", "interactions"),
    plural(counts.events, "event", "events"),
    plural(counts.cme_credits, "CME credit", "CME credits"),
  ].join(" · ");
}

export function backupTitle(backup: BackupInfo): string {
  return `${whenLabel(backup.created_at)} (${reasonLabel(backup.reason).toLowerCase()})`;
}
