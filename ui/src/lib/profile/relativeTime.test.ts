import { describe, expect, it } from "vitest";
import { longSince, shortSince } from "./relativeTime";

const now = new Date("2026-03-29T12:00:00Z");

describe("shortSince", () => {
  it("shows days, months and years compactly", () => {
    expect(shortSince("2026-03-29T08:00:00Z", now)).toBe("today");
    expect(shortSince("2026-03-26T11:00:00Z", now)).toBe("3 d");
    expect(shortSince("2025-10-20T12:00:00Z", now)).toBe("5 mo");
    expect(shortSince("2023-03-01T12:00:00Z", now)).toBe("3 y");
  });

  it("shows a dash for never, or for an unreadable time", () => {
    expect(shortSince(null, now)).toBe("—");
    expect(shortSince("not a time", now)).toBe("—");
  });
});

describe("longSince", () => {
  it("says it in words", () => {
    expect(longSince("2026-03-26T11:00:00Z", now, "en")).toBe("3 days ago");
    expect(longSince("2026-03-28T11:00:00Z", now, "en")).toBe("yesterday");
    expect(longSince("2025-10-20T12:00:00Z", now, "en")).toBe("5 months ago");
    expect(longSince(null, now, "en")).toBe("never");
  });
});
