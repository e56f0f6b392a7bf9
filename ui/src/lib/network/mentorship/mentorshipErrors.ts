/**
 * What is wrong with each Mentorship tab form, by field, all at once: adding
 * a mentor or mentee, a goal, a meeting, a letter request; and, for each,
 * which of its fields a refusal from the core names.
 */
import { t } from "../../locale/i18n.svelte";
import type { PickedContact } from "../../widgets/contactSearch";
import type { FieldErrors } from "../../widgets/fieldErrors";

/** The longest cadence the core takes, in weeks. */
export const MAX_WEEKS = 104;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Adding a mentorship: `contact` picked, `every` 1 to MAX_WEEKS whole weeks or empty. */
export function mentorshipFormErrors(form: { contact: PickedContact | null; every: number | null }): FieldErrors {
  const errors: FieldErrors = {};
  if (form.contact === null) errors.contact = t("network.mentorship.errors.pickContact");
  if (form.every !== null && !(Number.isInteger(form.every) && form.every >= 1 && form.every <= MAX_WEEKS)) {
    errors.every = t("network.mentorship.errors.every", { max: MAX_WEEKS });
  }
  return errors;
}

/** A goal: its `text`. */
export function goalFormErrors(form: { text: string }): FieldErrors {
  return form.text.trim() === "" ? { text: t("network.mentorship.errors.goalText") } : {};
}

/** A meeting: `on`, a day no later than `today`. */
export function meetingFormErrors(form: { on: string; today: string }): FieldErrors {
  if (!DAY.test(form.on)) return { on: t("network.mentorship.errors.heldOn") };
  if (form.on > form.today) return { on: t("network.mentorship.errors.heldLater") };
  return {};
}

/** A letter request: `contact` picked, the `program` named, a `deadline`. */
export function letterFormErrors(form: { contact: PickedContact | null; program: string; deadline: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (form.contact === null) errors.contact = t("network.letters.errors.pickContact");
  if (form.program.trim() === "") errors.program = t("network.letters.errors.program");
  if (!DAY.test(form.deadline)) errors.deadline = t("network.letters.errors.deadline");
  return errors;
}

/** The core's field names (MentorshipDraft, GoalDraft, MeetingDraft, LetterDraft) → the forms'. */
const FIELDS: Record<string, string> = {
  contact_id: "contact",
  every_weeks: "every",
  role: "role",
  text: "text",
  target_on: "target",
  held_on: "on",
  notes: "notes",
  actions: "actions",
  program_name: "program",
  deadline: "deadline",
};

export function mentorshipFieldOf(backendField: string): string | undefined {
  return FIELDS[backendField];
}
