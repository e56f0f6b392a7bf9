import { describe, expect, it } from "vitest";
import type { SyncState } from "../../bindings/SyncState";
import { NO_SYNC } from "../../../test/fakeSync";
import { agoLabel, progressLabel, reportLabel, sidebarLabel } from "./syncWords";

const NOW = new Date("2026-12-05T14:00:00Z");
const ACCOUNT = { url: "https://dav.example.com/", user: "ana", addressBook: "/a/", calendar: "/c/", contactNotesPlain: false };
const state = (fields: Partial<SyncState["status"]> = {}, syncing = false): SyncState => ({
  status: { ...NO_SYNC, account: ACCOUNT, ...fields },
  syncing,
  progress: null,
});

describe("sync in words", () => {
  it("says how long ago the last sync was", () => {
    expect(agoLabel("2026-12-05T13:59:30Z", NOW)).toBe("just now");
    expect(agoLabel("2026-12-05T13:59:00Z", NOW)).toBe("1 minute ago");
    expect(agoLabel("2026-12-05T13:15:00Z", NOW)).toBe("45 minutes ago");
    expect(agoLabel("2026-12-05T11:00:00Z", NOW)).toBe("3 hours ago");
    expect(agoLabel("2026-12-04T10:00:00Z", NOW)).toBe("yesterday");
    expect(agoLabel("2026-11-20T10:00:00Z", NOW)).toMatch(/^on .*2026/);
  });

  it("says what a running sync is doing", () => {
    expect(progressLabel(null)).toBe("Syncing…");
    expect(progressLabel({ step: "Reading the server", done: 0, total: 0 })).toBe("Reading the server…");
    expect(progressLabel({ step: "Sending contacts", done: 12, total: 40 })).toBe("Sending contacts: 12 of 40");
  });

  it("says what a sync did", () => {
    expect(reportLabel({ sent: 0, received: 0, deletedHere: 0, deletedThere: 0, merged: 0, conflicts: 0, skipped: [] })).toBe(
      "Synced: everything was already the same on both sides.",
    );
    expect(reportLabel({ sent: 1, received: 0, deletedHere: 2, deletedThere: 0, merged: 1, conflicts: 1, skipped: [] })).toBe(
      "Synced: 1 sent, 2 deleted here, 1 merged, 1 conflict to decide.",
    );
    expect(reportLabel({ sent: 0, received: 3, deletedHere: 0, deletedThere: 0, merged: 0, conflicts: 0, skipped: ["broken.vcf: not a vCard"] })).toBe(
      "Synced: 3 received. 1 resource on the server was left alone: broken.vcf: not a vCard.",
    );
  });

  it("gives the sidebar nothing without an account, and the worst news first", () => {
    expect(sidebarLabel(null, NOW)).toBeNull();
    expect(sidebarLabel({ status: NO_SYNC, syncing: false, progress: null }, NOW)).toBeNull();
    expect(sidebarLabel(state({ lastError: "offline" }, true), NOW)).toEqual({ text: "Syncing…", tone: "busy" });
    expect(sidebarLabel(state({ lastError: "offline", conflicts: 2 }), NOW)).toEqual({ text: "Sync problem", tone: "problem" });
    expect(sidebarLabel(state({ conflicts: 2 }), NOW)).toEqual({ text: "2 sync conflicts", tone: "problem" });
    expect(sidebarLabel(state({ lastSuccessAt: "2026-12-05T13:55:00Z" }), NOW)).toEqual({ text: "Synced 5 minutes ago", tone: "ok" });
    expect(sidebarLabel(state(), NOW)).toEqual({ text: "Not synced yet", tone: "ok" });
  });
});
