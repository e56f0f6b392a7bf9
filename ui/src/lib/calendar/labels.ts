/** Event kinds, statuses and key-date kinds as the user reads them, in the order the pickers offer them. */
import type { DeadlineKind } from "../bindings/DeadlineKind";
import type { EventKind } from "../bindings/EventKind";
import type { EventStatus } from "../bindings/EventStatus";

export const EVENT_KINDS: ReadonlyArray<{ value: EventKind; label: string }> = [
  { value: "conference", label: "Conference" },
  { value: "cme", label: "CME course" },
  { value: "seminar", label: "Seminar" },
  { value: "workshop", label: "Workshop" },
  { value: "webinar", label: "Webinar" },
  { value: "rounds", label: "Grand rounds" },
  { value: "meeting", label: "Association meeting" },
  { value: "personal", label: "Personal" },
];

export const EVENT_STATUSES: ReadonlyArray<{ value: EventStatus; label: string }> = [
  { value: "considering", label: "Considering" },
  { value: "registered", label: "Registered" },
  { value: "attending", label: "Attending" },
  { value: "attended", label: "Attended" },
  { value: "skipped", label: "Skipped" },
];

export const DEADLINE_KINDS: ReadonlyArray<{ value: DeadlineKind; label: string }> = [
  { value: "abstract", label: "Abstract submission" },
  { value: "late_breaking_abstract", label: "Late-breaking abstracts" },
  { value: "notification", label: "Notification" },
  { value: "early_bird", label: "Early-bird registration" },
  { value: "registration", label: "Registration" },
  { value: "hotel_block", label: "Hotel block" },
  { value: "other", label: "Other" },
];

function labelIn<T extends string>(list: ReadonlyArray<{ value: T; label: string }>, value: T): string {
  return list.find((entry) => entry.value === value)?.label ?? value;
}

export const eventKindLabel = (kind: EventKind) => labelIn(EVENT_KINDS, kind);
export const eventStatusLabel = (status: EventStatus) => labelIn(EVENT_STATUSES, status);
export const deadlineKindLabel = (kind: DeadlineKind) => labelIn(DEADLINE_KINDS, kind);

/** A key date's name: the user's label, or its kind's when there is none. */
export function deadlineName(deadline: { kind: DeadlineKind; label: string }): string {
  return deadline.label.trim() !== "" ? deadline.label : deadlineKindLabel(deadline.kind);
}
