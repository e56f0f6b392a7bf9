import { describe, expect, it } from "vitest";
import { makeCycle } from "../../test/fakeCme";
import { makeDeadline } from "../../test/fakeEvents";
import { makeReminder } from "../../test/fakeReminders";
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import { arrange, dueNowCount, isEmpty, SECTION_KEYS, sectionOf, type TodayLine } from "./sections";
import { personName, targetLabel, targetOf } from "./targets";

const NOW = new Date("2026-03-04T13:30:00Z");
const PAST = "2026-03-01T08:00:00Z";
const SOON = "2026-03-06T08:00:00Z";

const subject = { contact_id: null, event_id: null, deadline_id: null, cycle_id: null, milestone_id: null, custom_id: null, source_id: null };

function reminder(kind: ReminderKind, due_at: string, extra: Partial<Reminder> = {}): Reminder {
  return makeReminder({ id: `${kind}:${due_at}`, kind, title: kind, reason: "because", due_at, ...extra });
}

function keyDate(id: number, due_at: string, done = false): UpcomingDeadline {
  const deadline = { ...makeDeadline({ id, event_id: 9, kind: "abstract", label: "", due_local: "2026-03-20T23:59:00", time_zone: "AoE" }), due_at, done };
  return { deadline, event_title: "ESC Congress", event_kind: "conference", event_status: "considering" };
}

function progress(id: number, fields: Partial<CycleProgress> = {}): CycleProgress {
  const cycle = makeCycle({ id, name: `Cycle ${id}`, starts_on: "2025-01-01", ends_on: "2026-12-31", total_hours: 50 });
  const total = { key: "total", label: "Total", required: 50, earned: 20, missing: 30 };
  const missing = [{ requirement: "total" as const, key: "total", label: "Total", hours: 30 }];
  return { cycle, total, by_type: [], by_topic: [], days_left: 300, complete: false, missing, credits: [], ...fields };
}

/** The main reminder's id of each line in a group, or the key of a line without one. */
function ids(lines: TodayLine[]): string[] {
  return lines.map((line) => line.main?.id ?? line.key);
}

describe("placing reminders", () => {
  it("puts hard deadlines in 'Deadlines' whether due yet or not, the rest in 'Due now' or 'Next 7 days'", () => {
    for (const kind of ["deadline", "cme_shortfall", "letter_request", "opportunity", "membership_renewal"] as const) {
      expect(sectionOf(reminder(kind, PAST), NOW)).toBe("deadlines");
      expect(sectionOf(reminder(kind, SOON), NOW)).toBe("deadlines");
    }
    for (const kind of ["birthday", "follow_up", "stay_in_touch", "claim_credits", "custom"] as const) {
      expect(sectionOf(reminder(kind, PAST), NOW)).toBe("due");
      expect(sectionOf(reminder(kind, SOON), NOW)).toBe("week");
    }
  });

  it("places each reminder exactly once", () => {
    const lines = [
      reminder("follow_up", PAST),
      reminder("birthday", SOON),
      reminder("stay_in_touch", SOON),
      reminder("custom", "2026-03-04T13:30:00Z"),
    ];
    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(sections.due.map((l) => l.main?.kind)).toEqual(["follow_up", "custom"]);
    expect(sections.week.map((l) => l.main?.kind)).toEqual(["birthday", "stay_in_touch"]);
    expect(dueNowCount(lines, NOW)).toBe(2);
  });
});

describe("the order: deadlines first by date, then what is due by urgency", () => {
  it("puts an abstract deadline in five days above a nudge 236 days overdue", () => {
    const nudge = reminder("stay_in_touch", "2025-07-11T08:00:00Z", { id: "stay_in_touch:c5:2025-07-11", subject: { ...subject, contact_id: 5 } });
    const abstract = reminder("deadline", SOON, { id: "deadline:d1:7d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const sections = arrange({ reminders: [nudge, abstract], keyDates: [], cycles: [] }, NOW);

    expect(SECTION_KEYS.flatMap((key) => ids(sections[key]))).toEqual(["deadline:d1:7d", "stay_in_touch:c5:2025-07-11"]);
  });

  it("orders deadlines by the date the obligation falls due, not by when its reminder does", () => {
    // Reminded first, but its key date is later.
    const late = reminder("deadline", "2026-03-05T08:00:00Z", { id: "deadline:d1:14d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const early = reminder("deadline", "2026-03-06T08:00:00Z", { id: "deadline:d2:7d", subject: { ...subject, deadline_id: 2, event_id: 9 } });
    const cycle = progress(3, { days_left: 20 });
    cycle.cycle.ends_on = "2026-03-24";
    const sections = arrange(
      {
        reminders: [late, early],
        keyDates: [keyDate(1, "2026-03-19T11:59:00Z"), keyDate(2, "2026-03-13T11:59:00Z"), keyDate(4, "2026-03-30T11:59:00Z")],
        cycles: [cycle],
      },
      NOW,
    );

    expect(ids(sections.deadlines)).toEqual(["deadline:d2:7d", "deadline:d1:14d", "cycle 3", "deadline 4"]);
    expect(sections.deadlines[0]?.dueAt).toBe("2026-03-13T11:59:00Z");
  });

  it("ranks fresh nudges (longest waiting first) above long-overdue ones (most recent first)", () => {
    const at = (day: string, contact: number, kind: ReminderKind = "stay_in_touch") =>
      reminder(kind, `${day}T08:00:00Z`, { id: `${kind}:c${contact}`, subject: { ...subject, contact_id: contact } });
    const sections = arrange(
      {
        reminders: [
          at("2025-07-11", 1),
          at("2026-01-10", 2),
          at("2026-02-25", 3, "follow_up"),
          at("2026-03-03", 4, "birthday"),
          at("2026-03-04", 5, "follow_up"),
        ],
        keyDates: [],
        cycles: [],
      },
      NOW,
    );

    expect(ids(sections.due)).toEqual(["follow_up:c3", "birthday:c4", "follow_up:c5", "stay_in_touch:c2", "stay_in_touch:c1"]);
  });
});

describe("one line per subject", () => {
  const amara = { ...subject, contact_id: 5 };

  it("shows a key date reminded at 14 and at 7 days once, the reminder that falls due first", () => {
    const sooner = reminder("deadline", "2026-03-05T08:00:00Z", { id: "deadline:d1:7d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const later = reminder("deadline", "2026-03-10T08:00:00Z", { id: "deadline:d1:1d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const other = reminder("deadline", "2026-03-10T08:00:00Z", { id: "deadline:d2:7d", subject: { ...subject, deadline_id: 2, event_id: 9 } });

    const sections = arrange({ reminders: [sooner, later, other], keyDates: [], cycles: [] }, NOW);

    expect(ids(sections.deadlines)).toEqual(["deadline:d1:7d", "deadline:d2:7d"]);
    expect(sections.deadlines[0]?.also.map((r) => r.id)).toEqual(["deadline:d1:1d"]);
  });

  it("makes a person's stay-in-touch, follow-up and birthday one line naming all three, led by the most urgent", () => {
    const lines = [
      reminder("stay_in_touch", "2026-02-01T08:00:00Z", { id: "stay_in_touch:c5:2026-02-01", subject: amara }),
      reminder("follow_up", PAST, { id: "follow_up:i7:c5", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c6:2026", subject: { ...subject, contact_id: 6 } }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(ids(sections.due)).toEqual(["follow_up:i7:c5", "birthday:c6:2026"]);
    expect(sections.due[0]?.also.map((r) => r.id)).toEqual(["birthday:c5:2026", "stay_in_touch:c5:2026-02-01"]);
    expect(dueNowCount(lines, NOW)).toBe(2);
  });

  it("makes a person's birthday next week and their follow-up due now one line, in 'Due now'", () => {
    const lines = [
      reminder("event_follow_up", "2026-03-05T08:00:00Z", { id: "event_follow_up:e3:c5:2026-03-02", subject: { ...amara, event_id: 3 } }),
      reminder("event_follow_up", "2026-03-06T08:00:00Z", { id: "event_follow_up:e3:c5:2026-03-03", subject: { ...amara, event_id: 3 } }),
      reminder("birthday", "2026-03-06T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
      reminder("follow_up", PAST, { id: "follow_up:i7:c5", subject: amara }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(ids(sections.due)).toEqual(["follow_up:i7:c5"]);
    expect(sections.due[0]?.also).toHaveLength(3);
    expect(sections.week).toEqual([]);
  });

  it("leads with the reminder opened from a notification", () => {
    const lines = [
      reminder("stay_in_touch", "2026-03-03T08:00:00Z", { id: "stay_in_touch:c5:2026-03-03", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW, "birthday:c5:2026");

    expect(ids(sections.due)).toEqual(["birthday:c5:2026"]);
    expect(sections.due[0]?.also.map((r) => r.id)).toEqual(["stay_in_touch:c5:2026-03-03"]);
  });
});

describe("key dates and cycles without a reminder", () => {
  it("adds the key dates ahead that no reminder speaks for, and leaves out those dealt with", () => {
    const reminded = reminder("deadline", SOON, { subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const sections = arrange(
      {
        reminders: [reminded],
        keyDates: [keyDate(1, "2026-03-21T11:59:00Z"), keyDate(2, "2026-03-25T11:59:00Z"), keyDate(3, "2026-03-26T11:59:00Z", true)],
        cycles: [],
      },
      NOW,
    );

    expect(sections.deadlines.map((line) => line.main ?? line.keyDate?.deadline.id)).toEqual([reminded, 2]);
  });

  it("adds cycles still short of hours, unless a shortfall reminder covers them or they are over", () => {
    const covered = reminder("cme_shortfall", SOON, { subject: { ...subject, cycle_id: 1 } });
    const sections = arrange(
      {
        reminders: [covered],
        keyDates: [],
        cycles: [progress(1), progress(2), progress(3, { complete: true }), progress(4, { days_left: -3 })],
      },
      NOW,
    );

    expect(sections.deadlines.map((line) => line.main ?? line.cycle?.cycle.id)).toEqual([covered, 2]);
  });

  it("is empty only when there is no line at all", () => {
    expect(isEmpty(arrange({ reminders: [], keyDates: [], cycles: [] }, NOW))).toBe(true);
    expect(isEmpty(arrange({ reminders: [], keyDates: [], cycles: [progress(2)] }, NOW))).toBe(false);
  });
});

describe("what a line opens", () => {
  it("opens the person first, then CME for CME reminders, then the event or the cycle", () => {
    expect(targetOf(reminder("event_follow_up", SOON, { subject: { ...subject, contact_id: 5, event_id: 3 } }))).toEqual({
      kind: "contact",
      id: 5,
    });
    expect(targetOf(reminder("claim_credits", SOON, { subject: { ...subject, event_id: 4 } }))).toEqual({ kind: "cme" });
    expect(targetOf(reminder("deadline", SOON, { subject: { ...subject, event_id: 9, deadline_id: 1 } }))).toEqual({
      kind: "event",
      id: 9,
    });
    expect(targetOf(reminder("custom", SOON, { subject: { ...subject, custom_id: 2 } }))).toBeNull();
  });

  it("names the link with the line's visible title, for a person or for a reminder of the user's own", () => {
    const person = reminder("birthday", SOON, { title: "Dr. Amara Okafor", subject: { ...subject, contact_id: 5 } });
    const own = reminder("custom", SOON, { title: "Send the paper", subject: { ...subject, contact_id: 5, custom_id: 2 } });

    expect(targetLabel(targetOf(person)!, person)).toBe("Open Dr. Amara Okafor's profile");
    expect(targetLabel(targetOf(own)!, own)).toBe("Send the paper: open the person's profile");
    const named = { ...own, contact_name: "Dr. Kenji Tanaka" };
    expect(targetLabel(targetOf(named)!, named)).toBe("Send the paper: open Dr. Kenji Tanaka's profile");
    expect(personName(named)).toBe("Dr. Kenji Tanaka");
  });
});
