/**
 * The mentorship half of the fake backend: mentors and mentees with goals,
 * meetings and action items, and letter requests, kept in memory the way
 * the core keeps them (next meeting a cadence after the last one, the day
 * a letter was submitted).
 */
import { vi } from "vitest";
import type { ActionItem } from "../lib/bindings/ActionItem";
import type { Goal } from "../lib/bindings/Goal";
import type { GoalDraft } from "../lib/bindings/GoalDraft";
import type { LetterDraft } from "../lib/bindings/LetterDraft";
import type { LetterRequest } from "../lib/bindings/LetterRequest";
import type { LetterStatus } from "../lib/bindings/LetterStatus";
import type { Meeting } from "../lib/bindings/Meeting";
import type { MeetingDraft } from "../lib/bindings/MeetingDraft";
import type { Mentorship } from "../lib/bindings/Mentorship";
import type { MentorshipDraft } from "../lib/bindings/MentorshipDraft";
import type { Outcome } from "../lib/bindings/Outcome";
import { addDays, today } from "../lib/calendar/time";

export interface FakeMentorshipOptions {
  mentorships?: Mentorship[];
  letters?: LetterRequest[];
}

const STATUS_ORDER: LetterStatus[] = ["to_ask", "asked", "agreed", "submitted", "thanked"];
const notFound = (what: string, id: number) => ({ code: "not_found", message: `there is no ${what} with id ${id}` });
const invalid = (message: string) => ({ code: "invalid_input", message });

export function makeMentorship(fields: Partial<Mentorship> & Pick<Mentorship, "id" | "contact_id" | "contact_name" | "role">): Mentorship {
  return { every_weeks: null, started_on: "2026-01-01", notes: "", next_meeting_on: null, goals: [], meetings: [], ...fields };
}

export function fakeMentorshipBackend(options: FakeMentorshipOptions, nameOf: (id: number) => string) {
  let mentorships: Mentorship[] = structuredClone(options.mentorships ?? []);
  let letters: LetterRequest[] = structuredClone(options.letters ?? []);
  let nextId = 500;

  const find = (id: number) => {
    const found = mentorships.find((m) => m.id === id);
    if (!found) throw notFound("mentorship", id);
    return found;
  };
  const refresh = (m: Mentorship) => {
    const last = m.meetings.map((meeting) => meeting.held_on).sort().pop() ?? m.started_on;
    m.next_meeting_on = m.every_weeks === null ? null : addDays(last, m.every_weeks * 7);
    m.goals.sort((a, b) => Number(a.done) - Number(b.done) || (a.target_on ?? "9999").localeCompare(b.target_on ?? "9999"));
    m.meetings.sort((a, b) => b.held_on.localeCompare(a.held_on));
    return structuredClone(m);
  };
  const allGoals = () => mentorships.flatMap((m) => m.goals);
  const allActions = () => mentorships.flatMap((m) => m.meetings.flatMap((meeting) => meeting.actions));
  const letter = (id: number) => {
    const found = letters.find((l) => l.id === id);
    if (!found) throw notFound("letter request", id);
    return found;
  };
  const submittedOn = (status: LetterStatus, known: string | null) =>
    STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf("submitted") ? (known ?? today()) : null;

  return {
    mentorships: vi.fn(async () => mentorships.map(refresh)),
    mentorshipsOf: vi.fn(async (contact: number) => mentorships.filter((m) => m.contact_id === contact).map(refresh)),
    addMentorship: vi.fn(async (draft: MentorshipDraft) => {
      if (mentorships.some((m) => m.contact_id === draft.contact_id && m.role === draft.role)) {
        throw invalid(`${nameOf(draft.contact_id)} is already your ${draft.role}`);
      }
      const made = makeMentorship({
        id: nextId++,
        contact_id: draft.contact_id,
        contact_name: nameOf(draft.contact_id),
        role: draft.role,
        every_weeks: draft.every_weeks,
        started_on: draft.started_on ?? today(),
        notes: draft.notes,
      });
      mentorships.push(made);
      return refresh(made);
    }),
    updateMentorship: vi.fn(async (id: number, draft: MentorshipDraft) => {
      const m = find(id);
      Object.assign(m, { every_weeks: draft.every_weeks, notes: draft.notes, started_on: draft.started_on ?? m.started_on });
      return refresh(m);
    }),
    deleteMentorship: vi.fn(async (id: number) => {
      find(id);
      mentorships = mentorships.filter((m) => m.id !== id);
    }),
    addGoal: vi.fn(async (mentorship: number, draft: GoalDraft) => {
      if (draft.text.trim() === "") throw invalid("Say what the goal is");
      const goal: Goal = { id: nextId++, mentorship_id: mentorship, text: draft.text.trim(), target_on: draft.target_on, done: draft.done };
      find(mentorship).goals.push(goal);
      return { ...goal };
    }),
    updateGoal: vi.fn(async (id: number, draft: GoalDraft) => {
      const goal = allGoals().find((g) => g.id === id);
      if (!goal) throw notFound("goal", id);
      Object.assign(goal, { text: draft.text, target_on: draft.target_on, done: draft.done });
      return { ...goal };
    }),
    deleteGoal: vi.fn(async (id: number) => {
      for (const m of mentorships) m.goals = m.goals.filter((g) => g.id !== id);
    }),
    logMeeting: vi.fn(async (mentorship: number, draft: MeetingDraft) => {
      if (draft.held_on > today()) throw invalid(`The meeting's date (${draft.held_on}) is after today: log a meeting once it was held`);
      const actions: ActionItem[] = draft.actions
        .map((text) => text.trim())
        .filter((text) => text !== "")
        .map((text) => ({ id: nextId++, text, done: false }));
      const meeting: Meeting = { id: nextId++, mentorship_id: mentorship, held_on: draft.held_on, notes: draft.notes, actions };
      find(mentorship).meetings.push(meeting);
      return structuredClone(meeting);
    }),
    deleteMeeting: vi.fn(async (id: number) => {
      for (const m of mentorships) m.meetings = m.meetings.filter((meeting) => meeting.id !== id);
    }),
    setActionDone: vi.fn(async (id: number, done: boolean) => {
      const action = allActions().find((a) => a.id === id);
      if (!action) throw notFound("action item", id);
      action.done = done;
      return { ...action };
    }),
    letterRequests: vi.fn(async () => [...letters].sort((a, b) => a.deadline.localeCompare(b.deadline)).map((l) => ({ ...l }))),
    letterRequestsOf: vi.fn(async (contact: number) => letters.filter((l) => l.contact_id === contact).map((l) => ({ ...l }))),
    addLetterRequest: vi.fn(async (draft: LetterDraft) => {
      if (draft.program_name.trim() === "") throw invalid('Name the program (for example "Cardiology fellowship, Mass General")');
      const made: LetterRequest = {
        ...draft,
        id: nextId++,
        contact_name: nameOf(draft.contact_id),
        submitted_on: submittedOn(draft.status, null),
      };
      letters.push(made);
      return { ...made };
    }),
    updateLetterRequest: vi.fn(async (id: number, draft: LetterDraft) => {
      const found = letter(id);
      Object.assign(found, draft, { contact_name: nameOf(draft.contact_id), submitted_on: submittedOn(draft.status, found.submitted_on) });
      return { ...found };
    }),
    setLetterStatus: vi.fn(async (id: number, status: LetterStatus) => {
      const found = letter(id);
      found.submitted_on = submittedOn(status, found.submitted_on);
      found.status = status;
      return { ...found };
    }),
    setLetterOutcome: vi.fn(async (id: number, outcome: Outcome) => {
      const found = letter(id);
      found.outcome = outcome;
      return { ...found };
    }),
    deleteLetterRequest: vi.fn(async (id: number) => {
      letter(id);
      letters = letters.filter((l) => l.id !== id);
    }),
  };
}
