import { describe, expect, it } from "vitest";
import * as core from "../bindings/constants";
import type { ReminderKind } from "../bindings/ReminderKind";
import {
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_KINDS,
  formatLeadDays,
  kindLabel,
  leadWords,
  parseLeadDays,
  settingsForm,
  settingsFrom,
  timeText,
  timeValue,
} from "./reminderKinds";

const info = (kind: ReminderKind) => REMINDER_KINDS.find((entry) => entry.kind === kind)!;

describe("lead times", () => {
  it("are read from a list typed with commas, spaces or “and”", () => {
    expect(parseLeadDays("14, 7, 1")).toEqual([14, 7, 1]);
    expect(parseLeadDays(" 14 7 and 1 ")).toEqual([14, 7, 1]);
    expect(parseLeadDays("2")).toEqual([2]);
    expect(parseLeadDays("0")).toEqual([0]);
  });

  it("are refused when anything but whole days was typed", () => {
    expect(parseLeadDays("")).toBeNull();
    expect(parseLeadDays("two")).toBeNull();
    expect(parseLeadDays("1.5")).toBeNull();
    expect(parseLeadDays("-1")).toBeNull();
  });

  it("are shown longest first", () => {
    expect(formatLeadDays([1, 14, 7])).toBe("14, 7, 1");
  });

  it("read in plain words, before or after what they count from", () => {
    expect(leadWords(info("deadline"), [14, 7, 1])).toBe("14, 7 and 1 days before the key date");
    expect(leadWords(info("follow_up"), [2])).toBe("2 days after the meeting or call");
    expect(leadWords(info("event_follow_up"), [1])).toBe("1 day after the event ends");
    expect(leadWords(info("birthday"), [0])).toBe("On the birthday");
    expect(leadWords(info("deadline"), [7, 0])).toBe("7 days before the key date and on the key date");
  });
});

describe("kinds", () => {
  it("have a plain label each, and key dates and CME cycles alone take several lead times", () => {
    expect(kindLabel("cme_shortfall")).toBe("CME cycles ending short");
    expect(kindLabel("custom")).toBe("Your own reminders");
    expect(REMINDER_KINDS).toHaveLength(18);
    expect(REMINDER_KINDS.filter((entry) => entry.many).map((entry) => entry.kind)).toEqual(["deadline", "cme_shortfall"]);
  });

  it("are the core's kinds, in its order, with its labels", () => {
    expect(REMINDER_KINDS.map(({ kind, label, many }) => ({ kind, label, many }))).toEqual(core.REMINDER_KINDS);
  });
});

describe("reset to defaults", () => {
  it("fills in the core's own settings, not a copy", () => {
    expect(DEFAULT_REMINDER_SETTINGS).toBe(core.DEFAULT_REMINDER_SETTINGS);
  });
});

describe("times of day", () => {
  it("show as a time input wants them and are stored with seconds", () => {
    expect(timeText("09:00:00")).toBe("09:00");
    expect(timeValue("18:30")).toBe("18:30:00");
    expect(timeValue("25:00")).toBeNull();
    expect(timeValue("")).toBeNull();
  });
});

describe("the settings form", () => {
  it("gives back the settings it was filled from", () => {
    expect(settingsFrom(settingsForm(DEFAULT_REMINDER_SETTINGS))).toEqual({ settings: DEFAULT_REMINDER_SETTINGS });
  });

  it("turns a kind's own quiet hours on, and off altogether", () => {
    const form = settingsForm(DEFAULT_REMINDER_SETTINGS);
    form.kinds.birthday = { ...form.kinds.birthday, quiet: "own", quietStart: "20:00", quietEnd: "08:30" };
    form.kinds.deadline = { ...form.kinds.deadline, quiet: "none" };

    const result = settingsFrom(form);

    expect(result).toHaveProperty("settings.birthday.quiet_hours", { start: "20:00:00", end: "08:30:00" });
    expect(result).toHaveProperty("settings.deadline.quiet_hours", { start: "00:00:00", end: "00:00:00" });
    expect(result).toHaveProperty("settings.follow_up.quiet_hours", null);
    expect(settingsForm((result as { settings: typeof DEFAULT_REMINDER_SETTINGS }).settings).kinds.deadline.quiet).toBe("none");
  });

  it("names the kind whose lead time cannot be read", () => {
    const form = settingsForm(DEFAULT_REMINDER_SETTINGS);
    form.kinds.follow_up.leads = "soon";

    expect(settingsFrom(form)).toEqual({
      problem: "Follow up after a meeting or call: write the lead time as a number of days, like 2.",
      kind: "follow_up",
      field: "leads",
    });
  });

  it("refuses several lead times for a kind that takes one", () => {
    const form = settingsForm(DEFAULT_REMINDER_SETTINGS);
    form.kinds.birthday.leads = "7, 1";

    expect(settingsFrom(form)).toMatchObject({ kind: "birthday", problem: expect.stringMatching(/^Birthdays: give one lead time/) });
  });

  it("asks for the general quiet hours when one end is missing", () => {
    const form = settingsForm(DEFAULT_REMINDER_SETTINGS);
    form.quietEnd = "";

    expect(settingsFrom(form)).toEqual({ problem: "Choose when the quiet hours begin and end.", kind: null, field: "quietEnd" });
  });
});
