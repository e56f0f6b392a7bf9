import { describe, expect, it } from "vitest";
import { makeEvent } from "../../test/fakeEvents";
import { eventDraft, eventForm, floating, newEventForm, readZone, switchAllDay } from "./eventDraft";

const base = newEventForm("Europe/Berlin", new Date(2026, 2, 10, 8, 15));

describe("the event form's draft", () => {
  it("starts a new event at the next full hour in the user's zone", () => {
    expect(base).toMatchObject({ start: "2026-03-10T09:00", end: "2026-03-10T10:00", timeZone: "Europe/Berlin", preset: "none" });
  });

  it("keeps an edited event's UID and removed occurrences, and leaves them out for one occurrence", () => {
    const stored = makeEvent({
      id: 3,
      title: "Grand rounds",
      uid: "abc@hospital",
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      excluded: ["2026-03-17T07:30:00"],
      timing: { type: "timed", start: "2026-03-03T07:30:00", end: "2026-03-03T08:30:00", time_zone: "" },
    });
    const form = eventForm(stored);
    expect(form).toMatchObject({ timeZone: floating(), preset: "weekly", start: "2026-03-03T07:30" });

    expect(eventDraft(form, stored)).toMatchObject({
      uid: "abc@hospital",
      excluded: ["2026-03-17T07:30:00"],
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      timing: { type: "timed", start: "2026-03-03T07:30:00", end: "2026-03-03T08:30:00", time_zone: "" },
    });
    expect(eventDraft(form, stored, true)).toMatchObject({ uid: "", excluded: [], recurrence: "" });
  });

  it("keeps a custom rule as written, without an RRULE: prefix", () => {
    const draft = eventDraft({ ...base, title: "Board meeting", preset: "custom", customRule: "RRULE:FREQ=MONTHLY;BYDAY=1MO" }, null);
    expect(draft).toMatchObject({ recurrence: "FREQ=MONTHLY;BYDAY=1MO" });
    expect(eventDraft({ ...base, title: "Board meeting", preset: "custom", customRule: " " }, null)).toMatch(/Write the rule/);
  });

  it("moves between times and days when All day is switched", () => {
    expect(switchAllDay(base, true)).toEqual({ start: "2026-03-10", end: "2026-03-10" });
    expect(switchAllDay({ ...base, start: "2026-03-10", end: "2026-03-12" }, false)).toEqual({
      start: "2026-03-10T09:00",
      end: "2026-03-12T17:00",
    });
  });

  it("explains each mistake instead of sending it", () => {
    expect(eventDraft({ ...base, title: " " }, null)).toBe("Give the event a title.");
    expect(eventDraft({ ...base, title: "X", start: "" }, null)).toBe("Give the start.");
    expect(eventDraft({ ...base, title: "X", expectedCredits: "lots" }, null)).toMatch(/Expected credits/);
    expect(eventDraft({ ...base, title: "X", allDay: true, start: "2026-03-10", end: "2026-03-09" }, null)).toBe(
      "The last day is before the first.",
    );
  });

  it("reads zone names whatever their case, and Floating as no zone", () => {
    expect(readZone("america/new_york")).toBe("America/New_York");
    expect(readZone("floating")).toBe("");
    expect(readZone("Narnia/Cair_Paravel")).toBeNull();
  });
});
