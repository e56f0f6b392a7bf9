import { describe, expect, it } from "vitest";
import { scrollToReveal, visibleRange } from "./virtualRange";

const metrics = { scrollTop: 0, viewportHeight: 500, rowHeight: 50, count: 10_000, overscan: 3 };

describe("visibleRange", () => {
  it("renders the rows on screen plus the overscan below at the top of the list", () => {
    expect(visibleRange(metrics)).toEqual({ start: 0, end: 13 });
  });

  it("adds the overscan on both sides in the middle of the list", () => {
    // Rows 100..109 are on screen.
    expect(visibleRange({ ...metrics, scrollTop: 5000 })).toEqual({ start: 97, end: 113 });
  });

  it("counts a partly visible row at either edge", () => {
    // 5025 shows the bottom half of row 100 and the top half of row 110.
    expect(visibleRange({ ...metrics, scrollTop: 5025, overscan: 0 })).toEqual({ start: 100, end: 111 });
  });

  it("stops at the end of the list", () => {
    expect(visibleRange({ ...metrics, scrollTop: 50 * 10_000 - 500 })).toEqual({ start: 9987, end: 10_000 });
    expect(visibleRange({ ...metrics, scrollTop: 10_000_000 })).toEqual({ start: 9996, end: 10_000 });
  });

  it("renders everything for a list shorter than the view, and nothing for an empty one", () => {
    expect(visibleRange({ ...metrics, count: 4 })).toEqual({ start: 0, end: 4 });
    expect(visibleRange({ ...metrics, count: 0 })).toEqual({ start: 0, end: 0 });
  });

  it("treats an overscrolled (negative) position as the top", () => {
    expect(visibleRange({ ...metrics, scrollTop: -80, overscan: 0 })).toEqual({ start: 0, end: 10 });
  });
});

describe("scrollToReveal", () => {
  it("keeps the position when the row is already in view", () => {
    expect(scrollToReveal(12, 500, 500, 50)).toBe(500);
  });

  it("scrolls up to a row above the view, putting it at the top", () => {
    expect(scrollToReveal(3, 500, 500, 50)).toBe(150);
  });

  it("scrolls down to a row below the view, putting it at the bottom", () => {
    expect(scrollToReveal(30, 500, 500, 50)).toBe(1050);
  });
});
