/**
 * What the Today view's tests share: a fixed "now" (noon on Wednesday
 * 4 March wherever the tests run, so day counts stay whole), and the person
 * and follow-up most of them start from.
 */
import { afterEach, beforeEach, vi } from "vitest";
import { makeContact } from "./fakeApi";
import { about, hoursAfter, makeReminder } from "./fakeReminders";

export const NOON = new Date(2026, 2, 4, 12, 0);

/** The instant `hours` after (or before) noon, as the backend writes it. */
export const at = (hours: number) => hoursAfter(NOON, hours);

/** Freezes the clock at noon for each test of the calling file. */
export function atNoon() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOON);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export const okafor = makeContact({
  id: 5,
  display_name: "Dr. Amara Okafor",
  last_interaction_at: "2026-03-01T10:00:00Z",
});

/** Met two days ago: due since this morning. */
export const followUp = makeReminder({
  id: "follow_up:i42:c5",
  kind: "follow_up",
  title: "Dr. Amara Okafor",
  reason: "You met Dr. Amara Okafor on Mon 2 Mar 2026",
  due_at: at(-2),
  subject: about({ contact_id: 5 }),
});

/**
 * `count` stay-in-touch prompts, all overdue (as a large book has them), in
 * the order the engine gives them: the first due longest ago. Ids are
 * `stay_in_touch:c1` … `stay_in_touch:c{count}`, titles "Dr. Contact 1" ….
 */
export function overduePrompts(count: number) {
  return Array.from({ length: count }, (_, i) =>
    makeReminder({
      id: `stay_in_touch:c${i + 1}`,
      kind: "stay_in_touch",
      title: `Dr. Contact ${i + 1}`,
      reason: "Every 3 months",
      due_at: at(-24 - count + i),
      subject: about({ contact_id: 1000 + i }),
    }),
  );
}
