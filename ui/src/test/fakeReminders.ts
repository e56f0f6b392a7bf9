/**
 * The reminders half of the fake backend: the reminders a test gives, due
 * until they are done, snoozed or dismissed, as the core treats them.
 */
import { vi } from "vitest";
import type { Reminder } from "../lib/bindings/Reminder";

export interface FakeReminderOptions {
  /** What the engine finds due, oldest first. */
  reminders?: Reminder[];
}

export function makeReminder(fields: Partial<Reminder> & Pick<Reminder, "id" | "kind" | "title" | "reason">): Reminder {
  return {
    subject: { contact_id: null, event_id: null, deadline_id: null, cycle_id: null, milestone_id: null, custom_id: null },
    due_at: "2026-03-04T08:00:00Z",
    context: null,
    contact_time_zone: null,
    snoozed_until: null,
    ...fields,
  };
}

const DAY = 24 * 60 * 60 * 1000;

export function fakeReminderBackend(options: FakeReminderOptions) {
  let due = [...(options.reminders ?? [])];
  const take = (id: string) => {
    if (!due.some((r) => r.id === id)) throw { code: "invalid_input", message: `There is no reminder ${id}.` };
    due = due.filter((r) => r.id !== id);
  };
  const api = {
    dueReminders: vi.fn(async (windowDays: number) => {
      if (windowDays < 0 || windowDays > 366) {
        throw { code: "invalid_input", message: "Reminders can be listed at most 366 days ahead" };
      }
      const until = Date.now() + windowDays * DAY;
      return due.filter((r) => Date.parse(r.due_at) <= until);
    }),
    reminderDone: vi.fn(async (id: string) => take(id)),
    snoozeReminder: vi.fn(async (id: string, _until: string) => take(id)),
    dismissReminder: vi.fn(async (id: string) => take(id)),
  };
  return { api };
}
