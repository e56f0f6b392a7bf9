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
import { presetOf, ruleFor, type RecurrencePreset } from "./recurrence";
import { dayOf, fromLocalInput, isKnownZone, toLocalInput, today, zoneNames } from "./time";

/** What the zone field holds for a floating time (the same clock time wherever the user is). */
export const FLOATING = "Floating";

export interface EventFormText {
  title: string;
  kind: EventKind;
  status: EventStatus;
  organizer: string;
  allDay: boolean;
  /** A `datetime-local` value, or a date when all day. */
  start: string;
  end: string;
  /** An IANA name, or FLOATING. */
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
    timeZone: timing.type === "timed" && timing.time_zone !== "" ? timing.time_zone : FLOATING,
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
  if (typed.toLowerCase() === FLOATING.toLowerCase()) return "";
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

function timingOf(form: EventFormText): EventTiming | string {
  if (form.allDay) {
    const first = dayOf(form.start);
    const last = dayOf(form.end) || first;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(first)) return "Give the first day.";
    if (last < first) return "The last day is before the first.";
    return { type: "all_day", first_day: first, last_day: last };
  }
  const start = fromLocalInput(form.start);
  const end = fromLocalInput(form.end);
  if (start === "" || end === "") return "Give the start and the end.";
  if (end <= start) return "The event ends before it starts.";
  const zone = readZone(form.timeZone);
  if (zone === null) return `“${form.timeZone.trim()}” is not a time zone Curbside knows. Pick one from the list, or Floating.`;
  return { type: "timed", start, end, time_zone: zone };
}

function ruleOf(form: EventFormText): string {
  if (form.preset !== "custom") return ruleFor(form.preset, form.start);
  return form.customRule.trim().replace(/^RRULE:/i, "");
}

/**
 * The draft the fields make, or what is wrong with them. `base` is the event
 * being edited (its UID and removed occurrences are kept); `single` leaves the
 * rule out, for one occurrence of a series.
 */
export function eventDraft(form: EventFormText, base: Event | null, single = false): EventDraft | string {
  const title = form.title.trim();
  if (title === "") return "Give the event a title.";
  const timing = timingOf(form);
  if (typeof timing === "string") return timing;
  const credits = readNumber(form.expectedCredits);
  if (Number.isNaN(credits)) return "Expected credits must be a number of hours, like 12 or 3.5.";
  const recurrence = single ? "" : ruleOf(form);
  if (!single && form.preset === "custom" && recurrence === "") return "Write the rule, e.g. FREQ=MONTHLY;BYDAY=1MO.";
  return {
    kind: form.kind,
    title,
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
