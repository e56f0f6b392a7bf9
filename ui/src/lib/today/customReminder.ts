/**
 * The "New reminder…" form as text, and the draft the backend stores from it.
 * The time is on the user's wall clock wherever they are (no zone), as the
 * engine reads "09:00"; a repeat is one of five simple rules.
 */
import type { CustomReminderDraft } from "../bindings/CustomReminderDraft";
import { addDays } from "../calendar/time";
import type { PickedContact } from "../widgets/contactSearch";
import { todayIn } from "./snooze";
import { t, type StringKey } from "../locale/i18n.svelte";

export type Repeat = "none" | "daily" | "weekly" | "monthly" | "yearly";

export const REPEATS: ReadonlyArray<{ value: Repeat; label: StringKey; rule: string }> = [
  { value: "none", label: "today.custom.repeats.none", rule: "" },
  { value: "daily", label: "today.custom.repeats.daily", rule: "FREQ=DAILY" },
  { value: "weekly", label: "today.custom.repeats.weekly", rule: "FREQ=WEEKLY" },
  { value: "monthly", label: "today.custom.repeats.monthly", rule: "FREQ=MONTHLY" },
  { value: "yearly", label: "today.custom.repeats.yearly", rule: "FREQ=YEARLY" },
];

/** The RRULE value a repeat stands for ("" for once). */
export function ruleOf(repeat: Repeat): string {
  return REPEATS.find((entry) => entry.value === repeat)?.rule ?? "";
}

export interface CustomReminderForm {
  title: string;
  note: string;
  contact: PickedContact | null;
  /** "YYYY-MM-DD", as a date field holds it. */
  day: string;
  /** "HH:MM", as a time field holds it. */
  time: string;
  repeat: Repeat;
}

/** A blank form for tomorrow at 09:00 on the user's clock, about `contact` when given. */
export function emptyCustomForm(now: Date, zone: string, contact: PickedContact | null = null): CustomReminderForm {
  return { title: "", note: "", contact, day: addDays(todayIn(now, zone), 1), time: "09:00", repeat: "none" };
}

export type CustomDraftResult = { ok: true; draft: CustomReminderDraft } | { ok: false; field: "title" | "day" | "time"; message: string };

/** The draft to store, or what to fix first. */
export function customDraft(form: CustomReminderForm): CustomDraftResult {
  const title = form.title.trim();
  if (title === "") return { ok: false, field: "title", message: t("today.custom.errors.title") };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day) || Number.isNaN(Date.parse(form.day))) {
    return { ok: false, field: "day", message: t("today.custom.errors.day") };
  }
  if (!/^\d{2}:\d{2}(:\d{2})?$/.test(form.time)) {
    return { ok: false, field: "time", message: t("today.custom.errors.time") };
  }
  return {
    ok: true,
    draft: {
      title,
      note: form.note.trim(),
      contact_id: form.contact?.id ?? null,
      event_id: null,
      at: `${form.day}T${form.time.slice(0, 5)}:00`,
      time_zone: "",
      recurrence: ruleOf(form.repeat),
    },
  };
}
