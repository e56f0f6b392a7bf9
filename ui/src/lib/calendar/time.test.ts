import { describe, expect, it } from "vitest";
import { AOE_CHOICE, addDays, civilInZone, fromLocalInput, offsetMinutes, relativeTo, zonedToInstant, zoneLabel } from "./time";

describe("zoned times", () => {
  it("reads 09:00 in Berlin on the last Sundays of March and October with the right offset", () => {
    expect(zonedToInstant("2026-03-29T09:00:00", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedToInstant("2026-10-25T09:00:00", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("reads a time skipped by the spring change with the offset before it, and a repeated one as the earlier", () => {
    expect(zonedToInstant("2026-03-29T02:30:00", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedToInstant("2026-10-25T02:30:00", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("reads Anywhere on Earth as twelve hours behind UTC", () => {
    expect(zonedToInstant("2026-03-01T23:59:00", "AoE")?.toISOString()).toBe("2026-03-02T11:59:00.000Z");
    expect(offsetMinutes("AoE", Date.now())).toBe(-720);
    expect(zoneLabel("AoE")).toBe("Anywhere on Earth");
  });

  it("offers Anywhere on Earth in the zone picker with its offset", () => {
    expect(AOE_CHOICE).toBe("Anywhere on Earth (UTC−12)");
  });

  it("shows an instant on another zone's clock", () => {
    const instant = new Date("2026-03-29T07:00:00Z");
    expect(civilInZone(instant, "America/Chicago")).toBe("2026-03-29T02:00:00");
    expect(civilInZone(instant, "Asia/Kolkata")).toBe("2026-03-29T12:30:00");
  });
});

describe("form values", () => {
  it("adds the seconds the backend expects to a datetime-local value", () => {
    expect(fromLocalInput("2026-09-01T08:30")).toBe("2026-09-01T08:30:00");
    expect(fromLocalInput("")).toBe("");
    expect(fromLocalInput("2026-09-01")).toBe("");
  });

  it("counts days across month ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("relative times", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("says how far away a due date is", () => {
    expect(relativeTo(new Date("2026-03-13T12:00:00Z"), now, "en")).toBe("in 3 days");
    expect(relativeTo(new Date("2026-03-11T12:00:00Z"), now, "en")).toBe("tomorrow");
    expect(relativeTo(new Date("2026-03-10T17:00:00Z"), now, "en")).toBe("in 5 hours");
    expect(relativeTo(new Date("2026-03-08T12:00:00Z"), now, "en")).toBe("2 days ago");
  });
});
