/** The backups half of the fake backend: a list, "back up now", restore and the folder. */
import { vi } from "vitest";
import type { BackupInfo } from "../lib/bindings/BackupInfo";
import type { Counts } from "../lib/bindings/Counts";
import type { FolderChoice } from "../lib/bindings/FolderChoice";
import type { Written } from "../lib/bindings/Written";

export interface FakeBackupOptions {
  /** The backups there are, newest first. */
  backups?: BackupInfo[];
  /** The backup folder; the default one when not given. */
  backupFolder?: FolderChoice;
  /** What the folder picker answers (null: cancelled). */
  pickedBackupFolder?: string | null;
}

export const DEFAULT_BACKUP_FOLDER = "/home/doc/.local/share/curbside/backups";

export function makeBackup(fields: Partial<BackupInfo> & Pick<BackupInfo, "created_at">): BackupInfo {
  return {
    path: `${DEFAULT_BACKUP_FOLDER}/curbside-${fields.created_at}-daily.db`,
    reason: "daily",
    size: 2_777_088,
    counts: { contacts: 1204, interactions: 3310, events: 41, cme_credits: 57 },
    schema_version: 12,
    has_key_file: true,
    ...fields,
  };
}

export function fakeBackupBackend(options: FakeBackupOptions) {
  let backups = [...(options.backups ?? [])];
  let folder: FolderChoice = options.backupFolder ?? { folder: DEFAULT_BACKUP_FOLDER, default: true };
  let clock = Date.parse("2026-12-05T14:00:00Z");
  const now = () => new Date((clock += 60_000)).toISOString();
  const current = (): Counts => backups[0]?.counts ?? { contacts: 0, interactions: 0, events: 0, cme_credits: 0 };

  const add = (reason: BackupInfo["reason"]): BackupInfo => {
    const created_at = now();
    const made = makeBackup({ created_at, reason, path: `${folder.folder}/curbside-${created_at}-${reason}.db`, counts: current() });
    backups = [made, ...backups];
    return made;
  };

  return {
    backups: vi.fn(async () => structuredClone(backups)),
    backUpNow: vi.fn(async (): Promise<Written> => ({ backup: add("manual"), removed: [], warning: null })),
    restoreBackup: vi.fn(async (path: string): Promise<Counts> => {
      const chosen = backups.find((backup) => backup.path === path);
      if (!chosen) throw { code: "storage", message: `${path}: no such backup file` };
      add("before_restore");
      return chosen.counts ?? current();
    }),
    backupFolder: vi.fn(async () => ({ ...folder })),
    setBackupFolder: vi.fn(async (path: string | null) => {
      folder = path === null ? { folder: DEFAULT_BACKUP_FOLDER, default: true } : { folder: path, default: false };
      return { ...folder };
    }),
    pickBackupFolder: vi.fn(async () => (options.pickedBackupFolder === undefined ? null : options.pickedBackupFolder)),
  };
}
