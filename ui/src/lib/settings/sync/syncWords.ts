/**
 * Sync's state in words, for Settings → Sync and the sidebar: when the last
 * sync was, what a running one is doing, and what one did.
 */
import type { Progress } from "../../bindings/Progress";
import type { Report } from "../../bindings/Report";
import type { SyncState } from "../../bindings/SyncState";
import { fmt } from "../../locale/current.svelte";
import { t } from "../../locale/i18n.svelte";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", or the date. */
export function agoLabel(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const gone = now.getTime() - then.getTime();
  if (Number.isNaN(gone)) return iso;
  if (gone < MINUTE) return t("settings.sync.words.justNow");
  if (gone < HOUR) {
    const minutes = Math.floor(gone / MINUTE);
    return t("settings.sync.words.minutesAgo", { count: minutes, n: fmt().number(minutes) });
  }
  if (gone < DAY) {
    const hours = Math.floor(gone / HOUR);
    return t("settings.sync.words.hoursAgo", { count: hours, n: fmt().number(hours) });
  }
  if (gone < 2 * DAY) return t("settings.sync.words.yesterday");
  return t("settings.sync.words.onDate", { date: fmt().format(then, { day: "numeric", month: "long", year: "numeric" }) });
}

/** What a running sync is doing: "Sending contacts: 12 of 40". */
export function progressLabel(progress: Progress | null): string {
  if (!progress || progress.step === "") return t("settings.sync.syncing");
  if (progress.total === 0) return t("settings.sync.words.step", { step: progress.step });
  return t("settings.sync.words.progress", { step: progress.step, done: fmt().number(progress.done), total: fmt().number(progress.total) });
}

/** When the last sync succeeded, in a sentence. */
export function lastSyncLabel(state: SyncState, now: Date = new Date()): string {
  const at = state.status.lastSuccessAt;
  return at ? t("settings.sync.words.lastSynced", { ago: agoLabel(at, now) }) : t("settings.sync.words.notYet");
}

/** What one sync did, in a sentence. */
export function reportLabel(report: Report): string {
  const parts: string[] = [];
  type Done = "sent" | "received" | "deletedHere" | "deletedThere" | "merged" | "conflicts";
  const count = (n: number, what: Done) => {
    if (n > 0) parts.push(t(`settings.sync.words.${what}`, { count: n, n: fmt().number(n) }));
  };
  count(report.sent, "sent");
  count(report.received, "received");
  count(report.deletedHere, "deletedHere");
  count(report.deletedThere, "deletedThere");
  count(report.merged, "merged");
  count(report.conflicts, "conflicts");
  const done =
    parts.length === 0
      ? t("settings.sync.words.allSame")
      : t("settings.sync.words.synced", { done: parts.join(t("settings.sync.words.separator")) });
  const skipped = report.skipped.length;
  if (skipped === 0) return done;
  return t("settings.sync.words.skipped", { done, count: skipped, n: fmt().number(skipped), which: report.skipped.join("; ") });
}

/** The sidebar's line: null when sync is not set up. */
export function sidebarLabel(state: SyncState | null, now: Date = new Date()): { text: string; tone: "ok" | "busy" | "problem" } | null {
  if (!state?.status.account) return null;
  if (state.syncing) return { text: t("settings.sync.syncing"), tone: "busy" };
  if (state.status.lastError) return { text: t("settings.sync.words.problem"), tone: "problem" };
  if (state.status.conflicts > 0) {
    const n = state.status.conflicts;
    return { text: t("settings.sync.words.sidebarConflicts", { count: n, n: fmt().number(n) }), tone: "problem" };
  }
  const at = state.status.lastSuccessAt;
  return { text: at ? t("settings.sync.words.syncedAgo", { ago: agoLabel(at, now) }) : t("settings.sync.words.notYetShort"), tone: "ok" };
}
