/**
 * Sync's state in words, for Settings → Sync and the sidebar: when the last
 * sync was, what a running one is doing, and what one did.
 */
import type { Progress } from "../../bindings/Progress";
import type { Report } from "../../bindings/Report";
import type { SyncState } from "../../bindings/SyncState";
import { fmt } from "../../locale/current.svelte";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", or the date. */
export function agoLabel(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const gone = now.getTime() - then.getTime();
  if (Number.isNaN(gone)) return iso;
  if (gone < MINUTE) return "just now";
  if (gone < HOUR) {
    const minutes = Math.floor(gone / MINUTE);
    return `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`;
  }
  if (gone < DAY) {
    const hours = Math.floor(gone / HOUR);
    return `${hours} ${hours === 1 ? "hour" : "hours"} ago`;
  }
  if (gone < 2 * DAY) return "yesterday";
  return `on ${fmt().format(then, { day: "numeric", month: "long", year: "numeric" })}`;
}

/** What a running sync is doing: "Sending contacts: 12 of 40". */
export function progressLabel(progress: Progress | null): string {
  if (!progress || progress.step === "") return "Syncing…";
  if (progress.total === 0) return `${progress.step}…`;
  return `${progress.step}: ${fmt().number(progress.done)} of ${fmt().number(progress.total)}`;
}

/** When the last sync succeeded, in a sentence. */
export function lastSyncLabel(state: SyncState, now: Date = new Date()): string {
  const at = state.status.lastSuccessAt;
  return at ? `Last synced ${agoLabel(at, now)}.` : "Not synced yet.";
}

/** What one sync did, in a sentence. */
export function reportLabel(report: Report): string {
  const parts: string[] = [];
  const count = (n: number, what: string) => {
    if (n > 0) parts.push(`${fmt().number(n)} ${what}`);
  };
  count(report.sent, "sent");
  count(report.received, "received");
  count(report.deletedHere, "deleted here");
  count(report.deletedThere, "deleted on the server");
  count(report.merged, "merged");
  count(report.conflicts, report.conflicts === 1 ? "conflict to decide" : "conflicts to decide");
  const done = parts.length === 0 ? "Synced: everything was already the same on both sides." : `Synced: ${parts.join(", ")}.`;
  const skipped = report.skipped.length;
  if (skipped === 0) return done;
  return `${done} ${fmt().number(skipped)} ${skipped === 1 ? "resource" : "resources"} on the server ${skipped === 1 ? "was" : "were"} left alone: ${report.skipped.join("; ")}.`;
}

/** The sidebar's line: null when sync is not set up. */
export function sidebarLabel(state: SyncState | null, now: Date = new Date()): { text: string; tone: "ok" | "busy" | "problem" } | null {
  if (!state?.status.account) return null;
  if (state.syncing) return { text: "Syncing…", tone: "busy" };
  if (state.status.lastError) return { text: "Sync problem", tone: "problem" };
  if (state.status.conflicts > 0) {
    const n = state.status.conflicts;
    return { text: `${n} sync ${n === 1 ? "conflict" : "conflicts"}`, tone: "problem" };
  }
  const at = state.status.lastSuccessAt;
  return { text: at ? `Synced ${agoLabel(at, now)}` : "Not synced yet", tone: "ok" };
}
