import { describe, expect, it } from "vitest";
import { makeCycle } from "../../test/fakeCme";
import { makeDeadline } from "../../test/fakeEvents";
import { makeReminder } from "../../test/fakeReminders";
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import { arrange, dueNowCount, isEmpty, sectionOf } from "./sections";
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

describe("placing reminders", () => {
  it("puts whatever is due now in 'Due now', whatever its kind", () => {
    for (const kind of ["birthday", "deadline", "cme_shortfall", "follow_up"] as const) {
      expect(sectionOf(reminder(kind, PAST), NOW)).toBe("due");
    }
  });

  it("puts what comes later by kind: follow-ups and custom in the week, congratulations, deadlines, CME", () => {
    const later = (kind: ReminderKind) => sectionOf(reminder(kind, SOON), NOW);
    expect(["follow_up", "stay_in_touch", "event_follow_up", "custom"].map((k) => later(k as ReminderKind))).toEqual([
      "week",
      "week",
      "week",
      "week",
    ]);
    expect(["milestone", "birthday", "work_anniversary"].map((k) => later(k as ReminderKind))).toEqual([
      "congratulate",
      "congratulate",
      "congratulate",
    ]);
    expect(later("deadline")).toBe("deadlines");
    expect(later("cme_shortfall")).toBe("cme");
    expect(later("claim_credits")).toBe("cme");
  });

  it("places each reminder exactly once, keeping the order given", () => {
    const lines = [
      reminder("follow_up", PAST),
      reminder("birthday", SOON),
      reminder("stay_in_touch", SOON),
      reminder("custom", "2026-03-04T13:30:00Z"),
    ];
    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(sections.due.map((r) => r.kind)).toEqual(["follow_up", "custom"]);
    expect(sections.week.map((r) => r.kind)).toEqual(["stay_in_touch"]);
    expect(sections.congratulate.map((r) => r.kind)).toEqual(["birthday"]);
    expect(dueNowCount(lines, NOW)).toBe(2);
  });
});

describe("one line per subject in a section", () => {
  const amara = { ...subject, contact_id: 5 };

  it("shows a key date reminded at 7 and at 1 day once, the reminder that falls due first", () => {
    const sooner = reminder("deadline", "2026-03-05T08:00:00Z", { id: "deadline:d1:7d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const later = reminder("deadline", "2026-03-10T08:00:00Z", { id: "deadline:d1:1d", subject: { ...subject, deadline_id: 1, event_id: 9 } });
    const other = reminder("deadline", "2026-03-10T08:00:00Z", { id: "deadline:d2:7d", subject: { ...subject, deadline_id: 2, event_id: 9 } });

    const sections = arrange({ reminders: [sooner, later, other], keyDates: [], cycles: [] }, NOW);

    expect(sections.deadlines.map((r) => r.id)).toEqual(["deadline:d1:7d", "deadline:d2:7d"]);
  });

  it("shows a person with a stay-in-touch prompt, a follow-up and a birthday due once in 'Due now', the most overdue", () => {
    const lines = [
      reminder("stay_in_touch", "2026-02-01T08:00:00Z", { id: "stay_in_touch:c5:2026-02-01", subject: amara }),
      reminder("follow_up", PAST, { id: "follow_up:i7:c5", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c6:2026", subject: { ...subject, contact_id: 6 } }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(sections.due.map((r) => r.id)).toEqual(["stay_in_touch:c5:2026-02-01", "birthday:c6:2026"]);
    expect(dueNowCount(lines, NOW)).toBe(2);
  });

  it("shows the occurrences of a series met at once per person, and a person again in another section", () => {
    const lines = [
      reminder("event_follow_up", "2026-03-05T08:00:00Z", { id: "event_follow_up:e3:c5:2026-03-02", subject: { ...amara, event_id: 3 } }),
      reminder("event_follow_up", "2026-03-06T08:00:00Z", { id: "event_follow_up:e3:c5:2026-03-03", subject: { ...amara, event_id: 3 } }),
      reminder("birthday", "2026-03-06T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW);

    expect(sections.week.map((r) => r.id)).toEqual(["event_follow_up:e3:c5:2026-03-02"]);
    expect(sections.congratulate.map((r) => r.id)).toEqual(["birthday:c5:2026"]);
  });

  it("shows the reminder opened from a notification in its subject's place", () => {
    const lines = [
      reminder("stay_in_touch", "2026-02-01T08:00:00Z", { id: "stay_in_touch:c5:2026-02-01", subject: amara }),
      reminder("birthday", "2026-03-04T08:00:00Z", { id: "birthday:c5:2026", subject: amara }),
    ];

    const sections = arrange({ reminders: lines, keyDates: [], cycles: [] }, NOW, "birthday:c5:2026");

    expect(sections.due.map((r) => r.id)).toEqual(["birthday:c5:2026"]);
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

    expect(sections.deadlines).toEqual([reminded]);
    expect(sections.keyDates.map((d) => d.deadline.id)).toEqual([2]);
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

    expect(sections.cme).toEqual([covered]);
    expect(sections.cycles.map((c) => c.cycle.id)).toEqual([2]);
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
