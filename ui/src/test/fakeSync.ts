/** The sync half of the fake backend: an account, a sync key, conflicts, and the shell's sync events. */
import { vi } from "vitest";
import type { NewSyncAccount, SyncEventHandlers } from "../lib/api";
import type { Conflict } from "../lib/bindings/Conflict";
import type { Keep } from "../lib/bindings/Keep";
import type { Offered } from "../lib/bindings/Offered";
import type { Report } from "../lib/bindings/Report";
import type { Status } from "../lib/bindings/Status";
import type { SyncState } from "../lib/bindings/SyncState";

export interface FakeSyncOptions {
  /** The sync status; no account when not given. */
  syncStatus?: Partial<Status>;
  /** What the server offers ("Test connection"). */
  offered?: Offered;
  /** The error "Test connection" fails with. */
  offeredError?: { code: string; message: string };
  /** The key a new account gets (null: it joined a book's key). */
  newSyncKey?: string | null;
  /** The error "Sync now" fails with. */
  syncError?: { code: string; message: string };
  /** What "Sync now" did. */
  report?: Report;
  conflicts?: Conflict[];
}

export const FAKE_SYNC_KEY = "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567 ABCD EFGH IJKL MNOP QRST";

export const NO_SYNC: Status = { account: null, lastSuccessAt: null, lastAttemptAt: null, lastError: null, conflicts: 0 };

export function fakeSyncBackend(options: FakeSyncOptions) {
  let status: Status = { ...NO_SYNC, ...options.syncStatus };
  let conflicts = [...(options.conflicts ?? [])];
  status.conflicts = conflicts.length;
  const handlers = new Set<SyncEventHandlers>();
  const state = (): SyncState => ({ status: structuredClone(status), syncing: false, progress: null });

  return {
    syncStatus: vi.fn(async () => state()),
    syncOffered: vi.fn(async (_url: string, _user: string, _password: string): Promise<Offered> => {
      if (options.offeredError) throw options.offeredError;
      return options.offered ?? { addressBooks: [], calendars: [], holdsBook: false };
    }),
    syncAddAccount: vi.fn(async (account: NewSyncAccount) => {
      status = {
        ...status,
        account: { url: account.url, user: account.user, addressBook: account.addressBook ?? "/curbside/", calendar: account.calendar ?? "/curbside-calendar/", contactNotesPlain: false },
      };
      return options.newSyncKey === undefined ? FAKE_SYNC_KEY : options.newSyncKey;
    }),
    syncRemoveAccount: vi.fn(async () => {
      const had = status.account !== null;
      status = { ...NO_SYNC };
      return had;
    }),
    syncNow: vi.fn(async (): Promise<Report> => {
      const at = "2026-12-05T14:00:00Z";
      for (const handler of handlers) handler.progress({ step: "Sending contacts", done: 1, total: 2 });
      if (options.syncError) {
        status = { ...status, lastAttemptAt: at, lastError: options.syncError.message };
        for (const handler of handlers) handler.finished({ changedHere: false, error: options.syncError.message });
        throw options.syncError;
      }
      status = { ...status, lastAttemptAt: at, lastSuccessAt: at, lastError: null };
      const report = options.report ?? { sent: 0, received: 0, deletedHere: 0, deletedThere: 0, merged: 0, conflicts: 0, skipped: [] };
      for (const handler of handlers) handler.finished({ changedHere: report.received > 0, error: null });
      return report;
    }),
    syncConflicts: vi.fn(async () => structuredClone(conflicts)),
    syncResolve: vi.fn(async (id: number, _keep: Keep) => {
      if (!conflicts.some((conflict) => conflict.id === id)) throw { code: "not_found", message: "That conflict is already decided" };
      conflicts = conflicts.filter((conflict) => conflict.id !== id);
      status = { ...status, conflicts: conflicts.length };
    }),
    syncKey: vi.fn(async () => (status.account ? FAKE_SYNC_KEY : null)),
    syncSetNotesPlain: vi.fn(async (plain: boolean) => {
      if (status.account) status = { ...status, account: { ...status.account, contactNotesPlain: plain } };
    }),
    onSyncEvents: vi.fn(async (handler: SyncEventHandlers) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    }),
  };
}
