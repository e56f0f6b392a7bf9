import { describe, expect, it } from "vitest";
import { Formatter } from "./Formatter";
import { firstDayFromRegion, resolvePrefs, storedPrefs, systemFirstDay, type LocalePrefs } from "./prefs";

const DEADLINE = "2026-12-10T23:59:00";
const MORNING = "2026-12-09T09:00:00";

function formatter(locale: string, time: LocalePrefs["time"] = "system", firstDay: LocalePrefs["firstDay"] = "system") {
  return new Formatter(resolvePrefs({ locale, time, firstDay }));
}

// Intl may write a narrow no-break space before AM/PM: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("the formatter", () => {
  it("writes a day in each region's order", () => {
    expect(formatter("en-US").date(DEADLINE)).toBe("Dec 10, 2026");
    expect(formatter("en-GB").date(DEADLINE)).toBe("10 Dec 2026");
    expect(formatter("de-DE").date(DEADLINE)).toBe("10.12.2026");
    expect(formatter("en-SG").date(DEADLINE)).toBe("10 Dec 2026");
  });

  it("writes the weekday and the day in the region's language and order", () => {
    expect(formatter("en-US").weekdayDate(DEADLINE)).toBe("Thu, Dec 10, 2026");
    expect(formatter("en-GB").weekdayDate(DEADLINE)).toBe("Thu, 10 Dec 2026");
    expect(formatter("de-DE").weekdayDate(DEADLINE)).toBe("Do., 10. Dez. 2026");
    expect(formatter("de-DE").weekdayDate(DEADLINE, { year: false })).toBe("Do., 10. Dez.");
  });

  it("writes times on the region's clock unless 12 or 24 hours is chosen", () => {
    expect(plain(formatter("en-US").time(MORNING))).toBe("9:00 AM");
    expect(formatter("en-GB").time(MORNING)).toBe("09:00");
    expect(formatter("de-DE").time(DEADLINE)).toBe("23:59");
    expect(plain(formatter("en-SG").time(DEADLINE))).toMatch(/^11:59 pm$/i);
    expect(formatter("en-US", "h24").time(DEADLINE)).toBe("23:59");
    expect(plain(formatter("de-DE", "h12").time(DEADLINE))).toMatch(/^11:59 PM$/i);
    expect(plain(formatter("en-GB", "h12").time(MORNING))).toMatch(/^9:00 am$/i);
  });

  it("writes a due time with its zone's label, never mixing languages", () => {
    expect(formatter("de-DE").dateTime(DEADLINE, "AoE")).toBe("Do., 10. Dez. 2026, 23:59 AoE");
    expect(plain(formatter("en-US").dateTime(DEADLINE, "AoE"))).toBe("Thu, Dec 10, 2026, 11:59 PM AoE");
    expect(formatter("en-GB", "h24").dateTime(DEADLINE, undefined, { year: false })).toBe("Thu 10 Dec, 23:59");
  });

  it("writes an instant on the clock of the zone given", () => {
    const instant = new Date("2026-12-10T08:00:00Z");
    expect(formatter("de-DE").time(instant, "Asia/Singapore")).toBe("16:00");
    expect(plain(formatter("en-US").time(instant, "America/New_York"))).toBe("3:00 AM");
  });

  it("writes ranges of days and of times", () => {
    expect(plain(formatter("en-GB").dateRange("2026-12-10", "2026-12-12"))).toBe("Thu, 10 Dec – Sat, 12 Dec 2026");
    expect(formatter("de-DE").dateRange("2026-12-10", "2026-12-10")).toBe("Do., 10. Dez. 2026");
    expect(plain(formatter("de-DE").timeRange("2026-12-10T09:00", "2026-12-10T10:30"))).toBe("09:00–10:30 Uhr");
  });

  it("writes relative phrases in the region's language", () => {
    expect(formatter("en-US").relative(5, "day")).toBe("in 5 days");
    expect(formatter("en-US").relative(-236, "day")).toBe("236 days ago");
    expect(formatter("de-DE").relative(5, "day")).toBe("in 5 Tagen");
    expect(formatter("en-GB").relative(1, "day")).toBe("tomorrow");
    const now = new Date("2026-12-10T08:00:00Z");
    expect(formatter("en-GB").fromNow(new Date("2026-12-10T11:00:00Z"), now)).toBe("in 3 hours");
  });

  it("writes numbers and credit hours with the region's separators", () => {
    expect(formatter("en-US").number(5000)).toBe("5,000");
    expect(formatter("de-DE").number(5000)).toBe("5.000");
    expect(formatter("de-DE").hours(12.5)).toBe("12,5");
    expect(formatter("en-SG").hours(1.256)).toBe("1.26");
  });

  it("starts the week on the region's day unless one is chosen", () => {
    expect(formatter("en-US").firstDay).toBe(0);
    expect(formatter("en-SG").firstDay).toBe(0);
    expect(formatter("de-DE").firstDay).toBe(1);
    expect(formatter("en-GB").firstDay).toBe(1);
    expect(formatter("de-DE", "system", "sunday").weekdayNames()[0]).toBe("So");
    expect(formatter("en-US", "system", "monday").weekdayNames()).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(formatter("en-GB", "system", "saturday").weekdayNames()[0]).toBe("Sat");
    expect(formatter("en-GB", "system", "saturday").firstDay).toBe(6);
  });

  it("knows the first weekday from the region where Intl has no week info", () => {
    expect(firstDayFromRegion("en-US")).toBe(0);
    expect(firstDayFromRegion("en-SG")).toBe(0);
    expect(firstDayFromRegion("de-DE")).toBe(1);
    expect(firstDayFromRegion("ar-AE")).toBe(6);
    expect(firstDayFromRegion("de")).toBe(1);
    expect(systemFirstDay("en-US")).toBe(0);
  });

  it("follows the system's languages when no locale is chosen", () => {
    expect(resolvePrefs({ locale: "", time: "system", firstDay: "system" }, ["de-DE", "en-US"]).locale).toBe("de-DE");
    expect(resolvePrefs({ locale: "en-SG", time: "h24", firstDay: "system" }, ["de-DE"])).toEqual({
      locale: "en-SG",
      hour12: false,
      firstDay: 0,
    });
  });

  it("reads back what was kept, and the system's for anything unreadable", () => {
    const kept = (text: string) => storedPrefs({ getItem: () => text });
    expect(kept('{"locale":"de-DE","time":"h12","firstDay":"sunday"}')).toEqual({ locale: "de-DE", time: "h12", firstDay: "sunday" });
    expect(kept('{"locale":"not a locale!","time":"h13"}')).toEqual({ locale: "", time: "system", firstDay: "system" });
    expect(kept("{")).toEqual({ locale: "", time: "system", firstDay: "system" });
  });
});
