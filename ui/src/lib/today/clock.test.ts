import { describe, expect, it } from "vitest";
import { calendarDaysBetween, clockIn, dueText, lastContactText, overdueText, theirTimeText, untilText } from "./clock";

// Wednesday 4 March 2026, 14:30 in Berlin (UTC+1).
const NOW = new Date("2026-03-04T13:30:00Z");
const BERLIN = "Europe/Berlin";

describe("when a reminder is due, on the user's clock", () => {
  it("says today, tomorrow or yesterday with the time", () => {
    expect(dueText("2026-03-04T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("today 09:00");
    expect(dueText("2026-03-05T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("tomorrow 09:00");
    expect(dueText("2026-03-03T17:00:00Z", NOW, BERLIN, "en-GB")).toBe("yesterday 18:00");
  });

  it("names the weekday within a week, and the date beyond", () => {
    expect(dueText("2026-03-06T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("Fri 09:00");
    expect(dueText("2026-02-27T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("Fri 09:00");
    expect(dueText("2026-03-12T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("12 Mar 09:00");
    expect(dueText("2027-01-12T08:00:00Z", NOW, BERLIN, "en-GB")).toBe("12 Jan 2027 09:00");
  });

  it("reads the day where the user is: late evening in New York is tomorrow in Berlin", () => {
    const lateInNewYork = "2026-03-05T02:00:00Z";
    expect(dueText(lateInNewYork, NOW, "America/New_York", "en-GB")).toBe("today 21:00");
    expect(dueText(lateInNewYork, NOW, BERLIN, "en-GB")).toBe("tomorrow 03:00");
  });

  it("keeps 09:00 on the day Berlin moves its clocks forward", () => {
    const sunday = new Date("2026-03-29T05:00:00Z");
    expect(dueText("2026-03-29T07:00:00Z", sunday, BERLIN, "en-GB")).toBe("today 09:00");
    expect(calendarDaysBetween(new Date("2026-03-28T23:30:00Z"), sunday, BERLIN)).toBe(0);
  });

  it("counts how far off a reminder still is, and says nothing once it is due", () => {
    expect(untilText("2026-03-06T13:30:00Z", NOW, "en")).toBe("in 2 days");
    expect(untilText("2026-03-04T16:30:00Z", NOW, "en")).toBe("in 3 hours");
    expect(untilText("2026-03-04T13:00:00Z", NOW, "en")).toBeNull();
  });
});

describe("overdue", () => {
  it("marks a reminder due on an earlier day with how many days ago", () => {
    expect(overdueText("2026-03-01T08:00:00Z", NOW, BERLIN)).toBe("overdue · 3 days");
    expect(overdueText("2026-03-03T20:00:00Z", NOW, BERLIN)).toBe("overdue · 1 day");
  });

  it("does not call a reminder due earlier today overdue", () => {
    expect(overdueText("2026-03-04T08:00:00Z", NOW, BERLIN)).toBeNull();
    expect(overdueText("2026-03-05T08:00:00Z", NOW, BERLIN)).toBeNull();
  });
});

describe("the time where a contact is", () => {
  it("says what the clock reads for someone in Tokyo", () => {
    const late = new Date("2026-03-04T13:40:00Z");
    expect(clockIn(late, "Asia/Tokyo", "en-GB")).toBe("22:40");
    expect(theirTimeText({ name: "Dr. Tanaka", zone: "Asia/Tokyo" }, late, BERLIN, "en-GB")).toBe(
      "it is 22:40 for Dr. Tanaka",
    );
  });

  it("says 'where they are' for a reminder whose title is not the person's name", () => {
    const late = new Date("2026-03-04T13:40:00Z");
    expect(theirTimeText({ name: null, zone: "Asia/Tokyo" }, late, BERLIN, "en-GB")).toBe("it is 22:40 where they are");
  });

  it("says nothing when their clock reads as the user's, or their zone is unknown", () => {
    expect(theirTimeText({ name: "Dr. Dubois", zone: "Europe/Paris" }, NOW, BERLIN)).toBeNull();
    expect(theirTimeText({ name: "Dr. Weber", zone: BERLIN }, NOW, BERLIN)).toBeNull();
    expect(theirTimeText({ name: "Dr. Nobody", zone: "Mars/Olympus_Mons" }, NOW, BERLIN)).toBeNull();
    expect(theirTimeText({ name: "Dr. Okafor", zone: null }, NOW, BERLIN)).toBeNull();
  });

  it("follows the summer time of either side: London and Berlin differ by an hour all year", () => {
    const summer = new Date("2026-07-01T12:00:00Z");
    expect(theirTimeText({ name: "Dr. Patel", zone: "Europe/London" }, summer, BERLIN, "en-GB")).toBe(
      "it is 13:00 for Dr. Patel",
    );
  });
});

describe("last contact", () => {
  it("counts days, then months up to two years, then years", () => {
    expect(lastContactText("2026-03-04T08:00:00Z", NOW, "en")).toBe("last contact today");
    expect(lastContactText("2026-03-01T13:00:00Z", NOW, "en")).toBe("last contact 3 days ago");
    expect(lastContactText("2024-12-20T10:00:00Z", NOW, "en")).toBe("last contact 14 months ago");
    expect(lastContactText("2022-12-01T10:00:00Z", NOW, "en")).toBe("last contact 3 years ago");
  });

  it("says so when there was never any contact", () => {
    expect(lastContactText(null, NOW)).toBe("no contact yet");
  });
});
