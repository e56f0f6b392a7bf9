/**
 * The reminders half of the fake backend: the reminders a test gives, due
 * until they are done, snoozed or dismissed, as the core treats them; the
 * user's own reminders (each also due, as the engine would find it); who has
 * gone longest without contact; and the shell's reminder events, which a test
 * sends with `shell`.
 */
import { vi } from "vitest";
import type { ReminderEventHandlers } from "../lib/api";
import type { ContactSummary } from "../lib/bindings/ContactSummary";
import type { CustomReminder } from "../lib/bindings/CustomReminder";
import type { CustomReminderDraft } from "../lib/bindings/CustomReminderDraft";
import type { Reminder } from "../lib/bindings/Reminder";
import { zonedToInstant } from "../lib/calendar/time";

export interface FakeReminderOptions {
  /** What the engine finds due, oldest first. */
  reminders?: Reminder[];
  /** The user's own reminders as stored (not added to `reminders`). */
  customReminders?: CustomReminder[];
}

/** What the shell can tell the window, for a test to send. */
export interface FakeShell {
  /** A notification's action changed reminders. */
  remindersChanged(): void;
  /** The tray's "Today" was chosen. */
  openToday(): void;
  /** A reminder's notification was opened. */
  openReminder(id: string): void;
  /** How many windows listen (0 once the main view is gone). */
  listeners(): number;
}

export function makeReminder(fields: Partial<Reminder> & Pick<Reminder, "id" | "kind" | "title" | "reason">): Reminder {
  return {
    subject: { contact_id: null, event_id: null, deadline_id: null, cycle_id: null, milestone_id: null, custom_id: null, source_id: null },
    due_at: "2026-03-04T08:00:00Z",
    context: null,
    contact_time_zone: null,
    contact_name: null,
    snoozed_until: null,
    reason_parts: [],
    ...fields,
  };
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The instant `hours` after `base` (negative: before), as the backend writes it. */
export function hoursAfter(base: Date, hours: number): string {
  return new Date(base.getTime() + hours * HOUR).toISOString();
}

/** The subject of a reminder about a contact (and optionally more). */
export function about(fields: Partial<Reminder["subject"]>): Reminder["subject"] {
  return { contact_id: null, event_id: null, deadline_id: null, cycle_id: null, milestone_id: null, custom_id: null, source_id: null, ...fields };
}
const invalid = (message: string) => ({ code: "invalid_input", message });

/** The reminder the engine makes of a custom one (its title twice, its note): its first time, in its zone or the user's. */
function dueOf(custom: CustomReminder): Reminder {
  return makeReminder({
    id: `custom:${custom.id}:${custom.at.slice(0, 16)}`,
    kind: "custom",
    title: custom.title,
    reason: custom.title,
    context: custom.note,
    due_at: zonedToInstant(custom.at, custom.time_zone)?.toISOString() ?? custom.at,
    subject: {
      contact_id: custom.contact_id,
      event_id: custom.event_id,
      deadline_id: null,
      cycle_id: null,
      milestone_id: null,
      custom_id: custom.id,
      source_id: null,
    },
  });
}

/**
 * `people` gives the contacts as the list has them (with their last
 * interaction), for `outOfTouch` and to check a custom reminder's contact.
 */
export function fakeReminderBackend(options: FakeReminderOptions, people: () => ContactSummary[] = () => []) {
  let custom = [...(options.customReminders ?? [])];
  let due = [...(options.reminders ?? [])];
  let nextCustom = Math.max(0, ...custom.map((c) => c.id)) + 1;
  const handlers = new Set<ReminderEventHandlers>();
  const contactName = (id: number) => people().find((p) => p.id === id)?.display_name ?? null;
  /** Reminders done, snoozed or dismissed, kept so that an undo brings them back. */
  const taken = new Map<string, Reminder>();
  const take = (id: string) => {
    const reminder = due.find((r) => r.id === id);
    if (!reminder) throw invalid(`There is no reminder ${id}.`);
    taken.set(id, reminder);
    due = due.filter((r) => r.id !== id);
  };

  const api = {
    dueReminders: vi.fn(async (windowDays: number) => {
      if (windowDays < 0 || windowDays > 366) throw invalid("Reminders can be listed at most 366 days ahead");
      const until = Date.now() + windowDays * DAY;
      return due.filter((r) => Date.parse(r.due_at) <= until);
    }),
    reminderDone: vi.fn(async (id: string) => take(id)),
    snoozeReminder: vi.fn(async (id: string, _until: string) => take(id)),
    dismissReminder: vi.fn(async (id: string) => take(id)),
    undoReminder: vi.fn(async (id: string) => {
      const reminder = taken.get(id);
      if (!reminder) throw invalid(`There is nothing to undo on reminder ${id}`);
      taken.delete(id);
      due = [...due, reminder].sort((a, b) => a.due_at.localeCompare(b.due_at));
    }),
    outOfTouch: vi.fn(async (limit: number) =>
      people()
        .filter((p) => p.last_interaction_at !== null)
        .sort((a, b) => (a.last_interaction_at ?? "").localeCompare(b.last_interaction_at ?? ""))
        .slice(0, limit),
    ),
    customReminders: vi.fn(async () => [...custom]),
    addCustomReminder: vi.fn(async (draft: CustomReminderDraft) => {
      if (draft.title.trim() === "") throw invalid("Say what to be reminded of");
      if (draft.contact_id !== null && contactName(draft.contact_id) === null) {
        throw { code: "not_found", message: `There is no contact with id ${draft.contact_id}` };
      }
      const stored: CustomReminder = { ...draft, id: nextCustom++, title: draft.title.trim(), note: draft.note.trim() };
      custom = [...custom, stored];
      due = [...due, dueOf(stored)].sort((a, b) => a.due_at.localeCompare(b.due_at));
      return stored.id;
    }),
    deleteCustomReminder: vi.fn(async (id: number) => {
      custom = custom.filter((c) => c.id !== id);
      due = due.filter((r) => r.subject.custom_id !== id);
    }),
    onReminderEvents: vi.fn(async (listener: ReminderEventHandlers) => {
      handlers.add(listener);
      return () => {
        handlers.delete(listener);
      };
    }),
  };

  const shell: FakeShell = {
    remindersChanged: () => handlers.forEach((h) => h.changed()),
    openToday: () => handlers.forEach((h) => h.openToday()),
    openReminder: (id) => handlers.forEach((h) => h.openReminder(id)),
    listeners: () => handlers.size,
  };

  return {
    api,
    shell,
    /** Puts a reminder in the engine's answer, as if it fell due behind the window's back. */
    addDue: (reminder: Reminder) => {
      due = [...due, reminder];
    },
    /** Completes a reminder as a sent message does (no second interaction). */
    complete: (id: string) => {
      due = due.filter((r) => r.id !== id);
    },
  };
}
