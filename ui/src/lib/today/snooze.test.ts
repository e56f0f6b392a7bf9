import { describe, expect, it } from "vitest";
import { firstSnoozeDay, snoozeUntil } from "./snooze";

// Wednesday 4 March 2026, 14:30 in Berlin.
const NOW = new Date("2026-03-04T13:30:00Z");

function until(choice: Parameters<typeof snoozeUntil>[0], now = NOW, zone = "Europe/Berlin"): string {
  const end = snoozeUntil(choice, now, zone);
  if (!end.ok) throw new Error(end.message);
  return end.until.toISOString();
}

describe("snoozing until 09:00 of a day on the user's clock", () => {
  it("brings a reminder back tomorrow at 09:00 for one day, and a week later at 09:00 for one week", () => {
    expect(until({ kind: "day" })).toBe("2026-03-05T08:00:00.000Z");
    expect(until({ kind: "week" })).toBe("2026-03-11T08:00:00.000Z");
  });

  it("brings it back at 09:00 of a date the user picks", () => {
    expect(until({ kind: "date", day: "2026-04-20" })).toBe("2026-04-20T07:00:00.000Z");
  });

  it("means 09:00 after the clocks change, not 24-hour steps", () => {
    const saturday = new Date("2026-03-28T20:00:00Z");
    expect(until({ kind: "day" }, saturday)).toBe("2026-03-29T07:00:00.000Z");
  });

  it("reads the day where the user is now: at 17:00 in Berlin it is already Thursday in Tokyo", () => {
    const evening = new Date("2026-03-04T16:00:00Z");
    expect(until({ kind: "day" }, evening, "Asia/Tokyo")).toBe("2026-03-06T00:00:00.000Z");
    expect(firstSnoozeDay(evening, "Asia/Tokyo")).toBe("2026-03-06");
    expect(firstSnoozeDay(evening, "Europe/Berlin")).toBe("2026-03-05");
  });

  it("refuses a day already past, and a date that cannot be read, with a reason", () => {
    const past = snoozeUntil({ kind: "date", day: "2026-03-04" }, NOW, "Europe/Berlin");
    expect(past).toEqual({ ok: false, message: expect.stringMatching(/after today/) });
    const blank = snoozeUntil({ kind: "date", day: "" }, NOW, "Europe/Berlin");
    expect(blank).toEqual({ ok: false, message: expect.stringMatching(/Pick the day/) });
  });

  it("allows today when 09:00 has not come yet", () => {
    const early = new Date("2026-03-04T05:00:00Z");
    expect(until({ kind: "date", day: "2026-03-04" }, early)).toBe("2026-03-04T08:00:00.000Z");
  });
});
