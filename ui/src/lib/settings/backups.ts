/** How the Backups section words a backup: its reason, size, time and what it holds. */
import type { BackupInfo } from "../bindings/BackupInfo";
import type { Counts } from "../bindings/Counts";
import type { Reason } from "../bindings/Reason";
import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";


export function reasonLabel(reason: Reason): string {
  return t(`settings.backups.reasons.${reason}`);
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function whenLabel(createdAt: string, locale?: string): string {
  return formatterFor(locale).dateAndTime(new Date(createdAt));
}

type CountKey = "settings.backups.contacts" | "settings.backups.interactions" | "settings.backups.events" | "settings.backups.credits";
const plural = (count: number, key: CountKey) => t(key, { count, n: formatterFor().number(count) });

export function countsLabel(counts: Counts | null): string {
  if (!counts) return t("settings.backups.contentsUnknown");
  return [
    plural(counts.contacts, "settings.backups.contacts"),
    plural(counts.interactions, "settings.backups.interactions"),
    plural(counts.events, "settings.backups.events"),
    plural(counts.cme_credits, "settings.backups.credits"),
  ].join(" · ");
}

export function backupTitle(backup: BackupInfo): string {
  return t("settings.backups.backupTitle", { when: whenLabel(backup.created_at), reason: reasonLabel(backup.reason).toLowerCase() });
}
