/**
 * Event kinds, statuses and key-date kinds in the order the pickers offer them,
 * each with the catalogue key of its name (read with `t()` when shown).
 */
import type { DeadlineKind } from "../bindings/DeadlineKind";
import type { EventKind } from "../bindings/EventKind";
import type { EventStatus } from "../bindings/EventStatus";
import { t, type StringKey } from "../locale/i18n.svelte";

export const EVENT_KINDS: ReadonlyArray<{ value: EventKind; key: StringKey }> = [
  { value: "conference", key: "calendar.kinds.conference" },
  { value: "cme", key: "calendar.kinds.cme" },
  { value: "seminar", key: "calendar.kinds.seminar" },
  { value: "workshop", key: "calendar.kinds.workshop" },
  { value: "webinar", key: "calendar.kinds.webinar" },
  { value: "rounds", key: "calendar.kinds.rounds" },
  { value: "meeting", key: "calendar.kinds.meeting" },
  { value: "personal", key: "calendar.kinds.personal" },
];

export const EVENT_STATUSES: ReadonlyArray<{ value: EventStatus; key: StringKey }> = [
  { value: "considering", key: "calendar.statuses.considering" },
  { value: "registered", key: "calendar.statuses.registered" },
  { value: "attending", key: "calendar.statuses.attending" },
  { value: "attended", key: "calendar.statuses.attended" },
  { value: "skipped", key: "calendar.statuses.skipped" },
];

export const DEADLINE_KINDS: ReadonlyArray<{ value: DeadlineKind; key: StringKey }> = [
  { value: "abstract", key: "calendar.deadlineKinds.abstract" },
  { value: "late_breaking_abstract", key: "calendar.deadlineKinds.lateBreakingAbstract" },
  { value: "notification", key: "calendar.deadlineKinds.notification" },
  { value: "early_bird", key: "calendar.deadlineKinds.earlyBird" },
  { value: "registration", key: "calendar.deadlineKinds.registration" },
  { value: "hotel_block", key: "calendar.deadlineKinds.hotelBlock" },
  { value: "other", key: "calendar.deadlineKinds.other" },
];

function labelIn<T extends string>(list: ReadonlyArray<{ value: T; key: StringKey }>, value: T): string {
  const entry = list.find((one) => one.value === value);
  return entry ? t(entry.key) : value;
}

export const eventKindLabel = (kind: EventKind) => labelIn(EVENT_KINDS, kind);
export const eventStatusLabel = (status: EventStatus) => labelIn(EVENT_STATUSES, status);
export const deadlineKindLabel = (kind: DeadlineKind) => labelIn(DEADLINE_KINDS, kind);

/** A key date's name: the user's label, or its kind's when there is none. */
export function deadlineName(deadline: { kind: DeadlineKind; label: string }): string {
  return deadline.label.trim() !== "" ? deadline.label : deadlineKindLabel(deadline.kind);
}
