/**
 * The settings part of the backend door: security (lock, passphrase,
 * recovery key), when reminders reach the user, starting at login and the
 * clock notifications write times on. `Api` (../api.ts) extends
 * `SettingsApi`.
 */
import type { ReminderSettings } from "../bindings/ReminderSettings";
import type { SlotStatus } from "../bindings/SlotStatus";
import { call } from "./ipc";

/** What Settings (and the lock) ask of the backend. */
export interface SettingsApi {
  /** Locks the book: the next unlock asks for the passphrase or recovery key (refused while it has no passphrase). */
  securityLock(): Promise<void>;
  /** Whether the book opens with a passphrase and with a recovery key. */
  securityStatus(): Promise<SlotStatus>;
  /** Sets or changes the passphrase; `current` (passphrase or recovery key) once the book has one. */
  securityChangePassphrase(current: string | null, passphrase: string): Promise<void>;
  /** Makes a new recovery key, which the old one no longer opens the book; returns it to show once. */
  securityNewRecoveryKey(current: string | null): Promise<string>;
  /** Lead times, times of day and quiet hours, or the defaults. */
  reminderSettings(): Promise<ReminderSettings>;
  saveReminderSettings(settings: ReminderSettings): Promise<void>;
  /** Whether Curbside starts (in the tray) when the user logs in. */
  autostart(): Promise<boolean>;
  setAutostart(enabled: boolean): Promise<void>;
  /** Writes notifications' times on a 12-hour clock, or a 24-hour one, as the window writes them. */
  setNotificationClock(twelveHour: boolean): Promise<void>;
}

export const settingsApi: SettingsApi = {
  securityLock: async () => {
    await call("security_lock");
  },
  securityStatus: () => call("security_status"),
  securityChangePassphrase: async (current, passphrase) => {
    await call("security_change_passphrase", { current, passphrase });
  },
  securityNewRecoveryKey: (current) => call("security_new_recovery_key", { current }),
  reminderSettings: () => call("reminders_settings"),
  saveReminderSettings: async (settings) => {
    await call("reminders_save_settings", { settings });
  },
  autostart: () => call("app_autostart"),
  setAutostart: async (enabled) => {
    await call("app_set_autostart", { enabled });
  },
  setNotificationClock: async (twelveHour) => {
    await call("notifications_set_clock", { twelveHour });
  },
};
