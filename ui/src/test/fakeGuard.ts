/**
 * The patient-data guard and the weekly review in the fake backend: a scan
 * that knows the two findings the tests write ("DOB 02/04/1961", "MRN
 * 4432211"-style record numbers), and a review week given by the test or an
 * empty one.
 */
import { vi } from "vitest";
import type { Finding } from "../lib/bindings/Finding";
import type { WeekReview } from "../lib/bindings/WeekReview";

export interface FakeGuardOptions {
  /** The review of any week asked for (its days are set from the day asked). */
  week?: Partial<WeekReview>;
}

const RULES: [RegExp, string][] = [
  [/\bDOB\s*\d{1,2}\/\d{1,2}\/\d{4}/gi, "a date of birth"],
  [/\bMRN\s*\d{4,12}/gi, "a medical record number"],
];

/** What the fake finds in `text`, in UTF-16 offsets as the core gives them. */
export function fakeScan(text: string): Finding[] {
  return RULES.flatMap(([rule, what]) =>
    [...text.matchAll(rule)].map((m) => ({ what, found: m[0], start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start);
}

export function emptyWeek(first: string, last: string): WeekReview {
  return {
    first_day: first,
    last_day: last,
    interactions: 0,
    people: 0,
    by_kind: [],
    follow_ups_done: 0,
    follow_ups_dismissed: 0,
    follow_ups_open: [],
    referrals_sent: 0,
    referrals_received: 0,
    new_contacts: [],
    cme_hours: 0,
    coming_events: [],
    coming_key_dates: [],
    coming_reminders: [],
  };
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function fakeGuardBackend(options: FakeGuardOptions) {
  return {
    api: {
      patientDataScan: vi.fn(async (texts: string[]) => texts.map(fakeScan)),
      reviewWeek: vi.fn(async (day: string, firstWeekday: string) => {
        const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
        const firstNumber = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(firstWeekday);
        const back = (weekday - firstNumber + 7) % 7;
        const first = addDays(day, -back);
        return { ...emptyWeek(first, addDays(first, 6)), ...options.week, first_day: first, last_day: addDays(first, 6) };
      }),
    },
  };
}
