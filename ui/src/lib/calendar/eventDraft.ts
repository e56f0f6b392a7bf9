/**
 * The event editor's fields as text, and the EventDraft they make. Kept out of
 * the component so the rules (civil times with seconds, floating zones, RRULE
 * presets, what counts as a mistake) are tested on their own.
 */
import type { Event } from "../bindings/Event";
import type { EventDraft } from "../bindings/EventDraft";
import type { EventKind } from "../bindings/EventKind";
import type { EventStatus } from "../bindings/EventStatus";
import type { EventTiming } from "../bindings/EventTiming";
import { t } from "../locale/i18n.svelte";
import { isClear, type FieldErrors } from "../widgets/fieldErrors";
import { presetOf, ruleFor, type RecurrencePreset } from "./recurrence";
import { dayOf, fromLocalInput, isKnownZone, toLocalInput, today, zoneNames } from "./time";

/** What the zone field holds for a floating time (the same clock time wherever the user is), in the language in force. */
export function floating(): string {
  return t("calendar.form.floating");
}

export interface EventFormText {
  title: string;
  kind: EventKind;
  status: EventStatus;
  organizer: string;
  allDay: boolean;
  /** A `datetime-local` value, or a date when all day. */
  start: string;
  end: string;
  /** An IANA name, or `floating()`. */
  timeZone: string;
  location: string;
  online: boolean;
  url: string;
  notes: string;
  expectedCredits: string;
  cost: string;
  preset: RecurrencePreset;
  customRule: string;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A new event: the next full hour today, for an hour, in the user's zone. */
export function newEventForm(zone: string, now: Date = new Date()): EventFormText {
  const hour = Math.min(now.getHours() + 1, 22);
  return {
    title: "",
    kind: "conference",
    status: "considering",
    organizer: "",
    allDay: false,
    start: `${today(now)}T${pad(hour)}:00`,
    end: `${today(now)}T${pad(hour + 1)}:00`,
    timeZone: zone,
    location: "",
    online: false,
    url: "",
    notes: "",
    expectedCredits: "",
    cost: "",
    preset: "none",
    customRule: "",
  };
}

/** The fields of a stored event; `timing` replaces its own, e.g. one occurrence's. */
export function eventForm(event: Event, timing: EventTiming = event.timing): EventFormText {
  const allDay = timing.type === "all_day";
  const start = timing.type === "all_day" ? timing.first_day : toLocalInput(timing.start);
  const preset = presetOf(event.recurrence, start);
  return {
    title: event.title,
    kind: event.kind,
    status: event.status,
    organizer: event.organizer,
    allDay,
    start,
    end: timing.type === "all_day" ? timing.last_day : toLocalInput(timing.end),
    timeZone: timing.type === "timed" && timing.time_zone !== "" ? timing.time_zone : floating(),
    location: event.location,
    online: event.online,
    url: event.url,
    notes: event.notes,
    expectedCredits: event.expected_credits === null ? "" : String(event.expected_credits),
    cost: event.cost,
    preset,
    customRule: preset === "custom" ? event.recurrence : "",
  };
}

/** Moves the start and end between day and date-time values when "All day" is switched. */
export function switchAllDay(form: EventFormText, allDay: boolean): Pick<EventFormText, "start" | "end"> {
  if (allDay) return { start: dayOf(form.start), end: dayOf(form.end || form.start) };
  const first = dayOf(form.start);
  return { start: `${first}T09:00`, end: `${dayOf(form.end || first)}T17:00` };
}

/** The zone a typed name stands for: "" for floating, the IANA spelling for a known zone, null otherwise. */
export function readZone(text: string): string | null {
  const typed = text.trim();
  if (typed.toLowerCase() === floating().toLowerCase()) return "";
  const known = zoneNames().find((name) => name.toLowerCase() === typed.toLowerCase());
  if (known) return known;
  return typed !== "" && isKnownZone(typed) ? typed : null;
}

/** A decimal typed with a point or a comma; null for blank, NaN when unreadable. */
export function readNumber(text: string): number | null {
  const typed = text.trim().replace(",", ".");
  if (typed === "") return null;
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : Number.NaN;
}

function isTiming(timing: EventTiming | FieldErrors): timing is EventTiming {
  return typeof timing.type === "string" && (timing.type === "all_day" || timing.type === "timed");
}

/** The timing the fields make, or, by field, what is wrong with them. */
function timingOf(form: EventFormText): EventTiming | FieldErrors {
  if (form.allDay) {
    const first = dayOf(form.start);
    const last = dayOf(form.end) || first;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(first)) return { start: t("calendar.form.errors.firstDay") };
    if (last < first) return { end: t("calendar.form.errors.lastDayBefore") };
    return { type: "all_day", first_day: first, last_day: last };
  }
  const errors: FieldErrors = {};
  const start = fromLocalInput(form.start);
  const end = fromLocalInput(form.end);
  if (start === "") errors.start = t("calendar.form.errors.start");
  if (end === "") errors.end = t("calendar.form.errors.end");
  else if (start !== "" && end <= start) errors.end = t("calendar.form.errors.endsBefore");
  const zone = readZone(form.timeZone);
  if (zone === null) {
    errors.timeZone = t("calendar.form.errors.unknownZone", { zone: form.timeZone.trim(), floating: floating() });
  }
  if (zone === null || !isClear(errors)) return errors;
  return { type: "timed", start, end, time_zone: zone };
}

function ruleOf(form: EventFormText): string {
  if (form.preset !== "custom") return ruleFor(form.preset, form.start);
  return form.customRule.trim().replace(/^RRULE:/i, "");
}

/**
 * Every problem of the fields at once, by field (`title`, `start`, `end`,
 * `timeZone`, `expectedCredits`, `customRule`); empty when they make a draft.
 */
export function eventFormErrors(form: EventFormText, single = false): FieldErrors {
  const errors: FieldErrors = {};
  if (form.title.trim() === "") errors.title = t("calendar.form.errors.title");
  const timing = timingOf(form);
  if (!isTiming(timing)) Object.assign(errors, timing);
  if (Number.isNaN(readNumber(form.expectedCredits))) {
    errors.expectedCredits = t("calendar.form.errors.credits");
  }
  if (!single && form.preset === "custom" && ruleOf(form) === "") {
    errors.customRule = t("calendar.form.errors.rule");
  }
  return errors;
}

/** The event form's field for a field the core names in a refusal; undefined when the form has none. */
export function eventFormFieldOf(coreField: string): keyof EventFormText | undefined {
  return coreField === "title" || coreField === "end" ? coreField : undefined;
}

/**
 * The draft the fields make, or what is wrong with them (the first problem of
 * `eventFormErrors`, which the form shows each at its field). `base` is the event
 * being edited (its UID and removed occurrences are kept); `single` leaves the
 * rule out, for one occurrence of a series.
 */
export function eventDraft(form: EventFormText, base: Event | null, single = false): EventDraft | string {
  const errors = eventFormErrors(form, single);
  const first = Object.values(errors).find((message) => message);
  if (first) return first;
  const timing = timingOf(form);
  if (!isTiming(timing)) return Object.values(timing)[0] ?? "";
  const credits = readNumber(form.expectedCredits);
  const recurrence = single ? "" : ruleOf(form);
  return {
    kind: form.kind,
    title: form.title.trim(),
    organizer: form.organizer.trim(),
    timing,
    location: form.location.trim(),
    online: form.online,
    url: form.url.trim(),
    notes: form.notes.trim(),
    expected_credits: credits,
    cost: form.cost.trim(),
    status: form.status,
    recurrence,
    excluded: single ? [] : (base?.excluded ?? []),
    uid: single ? "" : (base?.uid ?? ""),
  };
}
