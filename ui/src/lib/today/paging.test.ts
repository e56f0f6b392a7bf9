import { describe, expect, it } from "vitest";
import { hiddenText, limitToReveal, PAGE_SIZE, pageOf, showMoreText, shownOf } from "./paging";

describe("how much of a section is shown", () => {
  it("shows a page of 50 lines at first", () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageOf(5718, PAGE_SIZE)).toEqual({ shown: 50, hidden: 5668, more: 50, nextLimit: 100, offerAll: true });
  });

  it("shows every line of a short section, with nothing more to offer", () => {
    expect(pageOf(12, PAGE_SIZE)).toEqual({ shown: 12, hidden: 0, more: 0, nextLimit: 62, offerAll: false });
    expect(pageOf(0, PAGE_SIZE).shown).toBe(0);
  });

  it("offers only what is left, and no 'Show all', once a page or less is hidden", () => {
    expect(pageOf(120, 100)).toMatchObject({ shown: 100, hidden: 20, more: 20, offerAll: false });
    expect(pageOf(100, 50)).toMatchObject({ hidden: 50, more: 50, offerAll: false });
    expect(pageOf(101, 50)).toMatchObject({ hidden: 51, more: 50, offerAll: true });
  });

  it("shows everything once 'Show all' lifted the limit", () => {
    expect(pageOf(5718, Number.POSITIVE_INFINITY)).toMatchObject({ shown: 5718, hidden: 0 });
  });

  it("treats a nonsense limit as showing nothing rather than failing", () => {
    expect(pageOf(10, -3)).toMatchObject({ shown: 0, hidden: 10 });
    expect(pageOf(10, Number.NaN)).toMatchObject({ shown: 0, hidden: 10 });
    expect(pageOf(10, 2.7).shown).toBe(2);
  });
});

describe("which lines of a section are shown", () => {
  const reminders = ["r1", "r2", "r3"];
  const keyDates = ["k1", "k2"];

  it("takes the reminders first, then the read-only lines, up to the limit", () => {
    expect(shownOf(reminders, 4)).toEqual(["r1", "r2", "r3"]);
    expect(shownOf(keyDates, 4, reminders.length)).toEqual(["k1"]);
  });

  it("leaves the read-only lines out while the reminders fill the limit", () => {
    expect(shownOf(reminders, 2)).toEqual(["r1", "r2"]);
    expect(shownOf(keyDates, 2, reminders.length)).toEqual([]);
    expect(shownOf(keyDates, 3, reminders.length)).toEqual([]);
  });

  it("shows all of them when there is no limit", () => {
    expect(shownOf(keyDates, Number.POSITIVE_INFINITY, reminders.length)).toEqual(["k1", "k2"]);
  });
});

describe("bringing a line into view", () => {
  it("keeps the limit when the line is already shown", () => {
    expect(limitToReveal(0, 50)).toBe(50);
    expect(limitToReveal(49, 50)).toBe(50);
    expect(limitToReveal(130, 150)).toBe(150);
  });

  it("grows by whole pages until the line is shown", () => {
    expect(limitToReveal(50, 50)).toBe(100);
    expect(limitToReveal(89, 50)).toBe(100);
    expect(limitToReveal(5000, 100)).toBe(5050);
  });

  it("never shrinks a limit 'Show all' lifted", () => {
    expect(limitToReveal(5000, Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("what the section says about the rest", () => {
  it("counts the hidden lines in the user's locale", () => {
    expect(hiddenText(5668, "en-US")).toBe("… 5,668 more not shown");
    expect(hiddenText(5668, "de-DE")).toBe("… 5.668 more not shown");
    expect(hiddenText(70, "en-US")).toBe("… 70 more not shown");
  });

  it("says how many 'Show more' adds", () => {
    expect(showMoreText(50, "en-US")).toBe("Show 50 more");
    expect(showMoreText(20, "en-US")).toBe("Show 20 more");
  });
});
