/**
 * The events half of the fake backend: events, their occurrences in a range
 * (single events, weekly series and changed occurrences), key dates, sessions
 * and people. Times go through the same helpers the UI uses, read in the test
 * machine's own zone as the real backend reads them in the user's.
 */
import { vi } from "vitest";
import type { Deadline } from "../lib/bindings/Deadline";
import type { DeadlineDraft } from "../lib/bindings/DeadlineDraft";
import type { Event } from "../lib/bindings/Event";
import type { EventDetail } from "../lib/bindings/EventDetail";
import type { EventDraft } from "../lib/bindings/EventDraft";
import type { EventFilter } from "../lib/bindings/EventFilter";
import type { EventPerson } from "../lib/bindings/EventPerson";
import type { EventStatus } from "../lib/bindings/EventStatus";
import type { Occurrence } from "../lib/bindings/Occurrence";
import type { PersonRole } from "../lib/bindings/PersonRole";
import type { PlannedSession } from "../lib/bindings/PlannedSession";
import type { SessionDraft } from "../lib/bindings/SessionDraft";
import type { UpcomingDeadline } from "../lib/bindings/UpcomingDeadline";
import { addDays, AOE, civilInZone, isKnownZone, offsetMinutes, userZone, zonedToInstant } from "../lib/calendar/time";

export interface FakeEventOptions {
  events?: Event[];
  deadlines?: Deadline[];
  sessions?: Array<PlannedSession & { event_id: number }>;
  people?: Array<EventPerson & { event_id: number }>;
}

/** An event as the backend would store it, with everything not given left blank. */
export function makeEvent(fields: Partial<Event> & Pick<Event, "id" | "title" | "timing">): Event {
  return {
    uid: `event-${fields.id}@curbside`,
    series_id: null,
    recurrence_id: null,
    kind: "conference",
    organizer_id: null,
    organizer: "",
    location: "",
    online: false,
    url: "",
    notes: "",
    expected_credits: null,
    cost: "",
    status: "considering",
    recurrence: "",
    excluded: [],
    ...fields,
  };
}

/** A key date due at `due_local` in `time_zone`, with its instant worked out. */
export function makeDeadline(fields: Omit<Deadline, "due_at" | "done"> & { done?: boolean }): Deadline {
  return { done: false, ...fields, due_at: instantOf(fields.due_local, fields.time_zone) };
}

const invalid = (message: string) => ({ code: "invalid_input", message });
const notFound = (what: string) => ({ code: "not_found", message: `No such ${what}.` });

function instantOf(civil: string, zone: string): string {
  return zonedToInstant(civil, zone)?.toISOString() ?? civil;
}

function offsetText(zone: string, instant: Date): string {
  const minutes = offsetMinutes(zone, instant.getTime());
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The occurrence of `event` starting at the civil `start` (its first, or one of a weekly series). */
function occurrenceOf(event: Event, shift: number, seriesId: number | null): Occurrence {
  const base = {
    event_id: event.id,
    series_id: seriesId,
    kind: event.kind,
    title: event.title,
    status: event.status,
    location: event.location,
    online: event.online,
    recurring: seriesId !== null,
    expected_credits: event.expected_credits,
  };
  const { timing } = event;
  if (timing.type === "all_day") {
    const first = addDays(timing.first_day, shift);
    const last = addDays(timing.last_day, shift);
    return {
      ...base,
      recurrence_id: event.recurrence_id ?? first,
      all_day: true,
      starts_at: instantOf(`${first}T00:00:00`, ""),
      ends_at: instantOf(`${addDays(last, 1)}T00:00:00`, ""),
      start: first,
      end: last,
      time_zone: "",
      viewer_start: first,
      viewer_end: last,
    };
  }
  const start = `${addDays(timing.start.slice(0, 10), shift)}${timing.start.slice(10)}`;
  const end = `${addDays(timing.end.slice(0, 10), shift)}${timing.end.slice(10)}`;
  const startsAt = zonedToInstant(start, timing.time_zone) ?? new Date(0);
  const endsAt = zonedToInstant(end, timing.time_zone) ?? new Date(0);
  const zoned = (civil: string, at: Date) =>
    timing.time_zone === "" ? civil : `${civil}${offsetText(timing.time_zone, at)}[${timing.time_zone}]`;
  return {
    ...base,
    recurrence_id: event.recurrence_id ?? start,
    all_day: false,
    starts_at: startsAt.toISOString(),
    ends_at: endsAt.toISOString(),
    start: zoned(start, startsAt),
    end: zoned(end, endsAt),
    time_zone: timing.time_zone,
    viewer_start: timing.time_zone === "" ? start : civilInZone(startsAt, userZone()),
    viewer_end: timing.time_zone === "" ? end : civilInZone(endsAt, userZone()),
  };
}

function passes(filter: EventFilter, event: { kind: Event["kind"]; status: EventStatus }): boolean {
  return (
    (filter.statuses.length === 0 || filter.statuses.includes(event.status)) &&
    (filter.kinds.length === 0 || filter.kinds.includes(event.kind))
  );
}

function checkDraft(draft: EventDraft) {
  if (draft.title.trim() === "") throw invalid("Give the event a title.");
  const { timing } = draft;
  if (timing.type === "timed") {
    if (timing.time_zone !== "" && !isKnownZone(timing.time_zone)) throw invalid(`Unknown time zone “${timing.time_zone}”.`);
    if (timing.end <= timing.start) throw invalid("The event ends before it starts.");
  } else if (timing.last_day < timing.first_day) {
    throw invalid("The last day is before the first.");
  }
}

function checkDeadline(draft: DeadlineDraft) {
  if (draft.time_zone !== AOE && !isKnownZone(draft.time_zone)) throw invalid(`Unknown time zone “${draft.time_zone}”.`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(draft.due_local)) throw invalid("Give the due date and time.");
}

/** The events part of the fake; `creditsFor` sums the credit hours recorded for an event. */
export function fakeEventBackend(
  options: FakeEventOptions,
  nameOf: (contactId: number) => string,
  creditsFor: (eventId: number) => number,
  keepForUndo: (putBack: () => void) => number,
) {
  let events = [...(options.events ?? [])];
  let deadlines = [...(options.deadlines ?? [])];
  let sessions = [...(options.sessions ?? [])];
  let people = [...(options.people ?? [])];
  const next = (ids: number[]) => Math.max(0, ...ids) + 1;
  let nextEvent = next(events.map((e) => e.id));
  let nextDeadline = next(deadlines.map((d) => d.id));
  let nextSession = next(sessions.map((s) => s.id));
  const stamp = "2026-02-01T12:00:00Z";

  const find = (id: number) => {
    const found = events.find((event) => event.id === id);
    if (!found) throw notFound("event");
    return found;
  };
  const store = (draft: EventDraft, id: number, extra: Partial<Event> = {}): Event => {
    checkDraft(draft);
    const { uid, ...rest } = draft;
    const stored = makeEvent({ ...rest, id, uid: uid || `made-${id}@curbside`, ...extra });
    events = [...events.filter((event) => event.id !== id), stored];
    return stored;
  };

  function occurrences(from: string, to: string, filter: EventFilter): Occurrence[] {
    const list: Occurrence[] = [];
    for (const event of events) {
      if (event.series_id !== null) {
        list.push(occurrenceOf(event, 0, event.series_id));
      } else if (event.recurrence.startsWith("FREQ=WEEKLY")) {
        const replaced = new Set(events.filter((e) => e.series_id === event.id).map((e) => e.recurrence_id));
        for (let week = 0; week < 110; week++) {
          const occurrence = occurrenceOf(event, week * 7, event.id);
          if (!event.excluded.includes(occurrence.recurrence_id) && !replaced.has(occurrence.recurrence_id)) {
            list.push(occurrence);
          }
        }
      } else {
        list.push(occurrenceOf(event, 0, null));
      }
    }
    const [start, end] = [Date.parse(from), Date.parse(to)];
    return list
      .filter((o) => Date.parse(o.starts_at) < end && Date.parse(o.ends_at) > start && passes(filter, o))
      .sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at));
  }

  const api = {
    eventOccurrences: vi.fn(async (from: string, to: string, filter: EventFilter) => occurrences(from, to, filter)),
    eventDetail: vi.fn(async (id: number): Promise<EventDetail> => ({
      ...find(id),
      deadlines: deadlines.filter((d) => d.event_id === id).sort((a, b) => Date.parse(a.due_at) - Date.parse(b.due_at)),
      sessions: sessions.filter((s) => s.event_id === id).map(({ event_id: _, ...session }) => session),
      people: people.filter((p) => p.event_id === id).map(({ event_id: _, ...person }) => person),
      credits_recorded: creditsFor(id),
    })),
    createEvent: vi.fn(async (draft: EventDraft) => store(draft, nextEvent++)),
    updateEvent: vi.fn(async (id: number, draft: EventDraft) => {
      const existing = find(id);
      return store(draft, id, { series_id: existing.series_id, recurrence_id: existing.recurrence_id });
    }),
    deleteEvent: vi.fn(async (id: number) => {
      find(id);
      const [eventsBefore, deadlinesBefore] = [events, deadlines];
      events = events.filter((event) => event.id !== id && event.series_id !== id);
      deadlines = deadlines.filter((d) => d.event_id !== id);
      return keepForUndo(() => {
        events = eventsBefore;
        deadlines = deadlinesBefore;
      });
    }),
    setEventStatus: vi.fn(async (id: number, status: EventStatus) => {
      const updated = { ...find(id), status };
      events = events.map((event) => (event.id === id ? updated : event));
      return updated;
    }),
    changeOccurrence: vi.fn(async (seriesId: number, recurrenceId: string, draft: EventDraft) => {
      find(seriesId);
      return store({ ...draft, recurrence: "", uid: "" }, nextEvent++, { series_id: seriesId, recurrence_id: recurrenceId });
    }),
    removeOccurrence: vi.fn(async (seriesId: number, recurrenceId: string) => {
      const series = find(seriesId);
      const eventsBefore = events;
      events = events.map((e) => (e.id === seriesId ? { ...series, excluded: [...series.excluded, recurrenceId] } : e));
      return keepForUndo(() => {
        events = eventsBefore;
      });
    }),
    upcomingDeadlines: vi.fn(
      async (includeDone: boolean, filter: EventFilter, until: string | null): Promise<UpcomingDeadline[]> => {
        const now = Date.now();
        const end = until === null ? Infinity : Date.parse(until);
        return deadlines
          .filter((d) => (includeDone || !d.done) && Date.parse(d.due_at) >= now && Date.parse(d.due_at) < end)
        .map((deadline) => ({ deadline, event: find(deadline.event_id) }))
        .filter(({ event }) => passes(filter, event))
        .sort((a, b) => Date.parse(a.deadline.due_at) - Date.parse(b.deadline.due_at))
        .map(({ deadline, event }) => ({
          deadline,
          event_title: event.title,
          event_kind: event.kind,
          event_status: event.status,
        }));
      },
    ),
    addDeadline: vi.fn(async (eventId: number, draft: DeadlineDraft) => {
      find(eventId);
      checkDeadline(draft);
      const added = makeDeadline({ ...draft, id: nextDeadline++, event_id: eventId });
      deadlines = [...deadlines, added];
      return added;
    }),
    updateDeadline: vi.fn(async (id: number, draft: DeadlineDraft) => {
      const existing = deadlines.find((d) => d.id === id);
      if (!existing) throw notFound("key date");
      checkDeadline(draft);
      const updated = makeDeadline({ ...draft, id, event_id: existing.event_id });
      deadlines = deadlines.map((d) => (d.id === id ? updated : d));
      return updated;
    }),
    removeDeadline: vi.fn(async (id: number) => {
      deadlines = deadlines.filter((d) => d.id !== id);
    }),
    addSession: vi.fn(async (eventId: number, draft: SessionDraft) => {
      find(eventId);
      if (draft.title.trim() === "") throw invalid("Give the session a title.");
      const added = { ...draft, id: nextSession++ };
      sessions = [...sessions, { ...added, event_id: eventId }];
      return added;
    }),
    removeSession: vi.fn(async (id: number) => {
      sessions = sessions.filter((s) => s.id !== id);
    }),
    linkPerson: vi.fn(async (eventId: number, contactId: number, role: PersonRole, note: string) => {
      const event = find(eventId);
      // As the core: nobody is met before the event starts (read in UTC here).
      const start = event.timing.type === "timed" ? `${event.timing.start}Z` : `${event.timing.first_day}T00:00:00Z`;
      if (role === "met" && Date.now() < Date.parse(start)) {
        throw invalid(`"${event.title}" has not started yet: nobody can have been met there. Add them to the people to meet instead`);
      }
      const same = (p: EventPerson & { event_id: number }) =>
        p.event_id === eventId && p.contact_id === contactId && p.role === role;
      // As the core: linking again adds the note under the earlier ones.
      const earlier = people.find(same)?.note ?? "";
      const kept = note.trim() === "" || earlier.split("\n").includes(note.trim());
      const notes = kept ? earlier : earlier === "" ? note.trim() : `${earlier}\n${note.trim()}`;
      const person: EventPerson = { contact_id: contactId, display_name: nameOf(contactId), role, note: notes, added_at: stamp };
      people = [...people.filter((p) => !same(p)), { ...person, event_id: eventId }];
      return person;
    }),
    unlinkPerson: vi.fn(async (eventId: number, contactId: number, role: PersonRole) => {
      people = people.filter((p) => !(p.event_id === eventId && p.contact_id === contactId && p.role === role));
    }),
    exportEvents: vi.fn(async (_path: string, ids: number[] | null, filter?: EventFilter | null) => {
      if (ids) return ids.length;
      if (!filter) return events.length;
      return events.filter(
        (event) =>
          (filter.statuses.length === 0 || filter.statuses.includes(event.status)) &&
          (filter.kinds.length === 0 || filter.kinds.includes(event.kind)),
      ).length;
    }),
    pickIcsExportPath: vi.fn(async (name: string) => `/home/doc/${name}`),
  };

  return { api, events: () => events };
}
