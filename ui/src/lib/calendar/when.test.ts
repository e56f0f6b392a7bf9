import { describe, expect, it } from "vitest";
import { dueText, timesText, whenLines, whenOfTiming } from "./when";
import { formatDayTime, formatTime } from "./time";

describe("when an event happens", () => {
  it("shows 09:00 in Berlin on the last Sunday of March as 03:00 in Chicago, and of October as 02:00", () => {
    const march = whenOfTiming(
      { type: "timed", start: "2026-03-29T09:00:00", end: "2026-03-29T10:00:00", time_zone: "Europe/Berlin" },
      "America/Chicago",
    );
    expect(march).toMatchObject({ viewerStart: "2026-03-29T02:00:00", viewerEnd: "2026-03-29T03:00:00" });
    expect(timesText(march)).toBe(
      `${formatTime("2026-03-29T09:00:00")}–${formatTime("2026-03-29T10:00:00")} Europe/Berlin · ` +
        `${formatTime("2026-03-29T02:00:00")}–${formatTime("2026-03-29T03:00:00")} your time`,
    );
    const october = whenOfTiming(
      { type: "timed", start: "2026-10-25T09:00:00", end: "2026-10-25T10:00:00", time_zone: "Europe/Berlin" },
      "America/Chicago",
    );
    expect(october).toMatchObject({ viewerStart: "2026-10-25T03:00:00" });
  });

  it("says nothing of the user's clock when it reads the same, or for a floating time", () => {
    const same = whenOfTiming(
      { type: "timed", start: "2026-05-04T09:00:00", end: "2026-05-04T10:00:00", time_zone: "Europe/Paris" },
      "Europe/Berlin",
    );
    expect(whenLines(same).viewer).toBeNull();
    const floating = whenOfTiming({ type: "timed", start: "2026-05-04T09:00:00", end: "2026-05-04T10:00:00", time_zone: "" }, "Asia/Tokyo");
    expect(timesText(floating)).toBe(`${formatTime("2026-05-04T09:00:00")}–${formatTime("2026-05-04T10:00:00")}`);
  });

  it("reads an all-day event as its days", () => {
    const when = whenOfTiming({ type: "all_day", first_day: "2026-08-28", last_day: "2026-08-31" });
    expect(timesText(when)).toBe("All day");
    expect(whenLines(when).venue).toMatch(/–/);
  });
});

describe("when a key date is due", () => {
  it("shows an AoE deadline in words and on the user's clock, with how far off it is", () => {
    const due = dueText(
      { due_local: "2026-03-13T23:59:00", time_zone: "AoE", due_at: "2026-03-14T11:59:00Z" },
      new Date("2026-03-10T12:00:00Z"),
      "Europe/London",
    );
    expect(due.local).toBe(`${formatDayTime("2026-03-13T23:59:00")} Anywhere on Earth`);
    expect(due.viewer).toBe(`${formatDayTime("2026-03-14T11:59:00")} your time`);
    expect(due.relative).toBe("in 4 days");
  });
});
