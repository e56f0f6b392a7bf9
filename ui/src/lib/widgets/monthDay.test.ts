import { describe, expect, it } from "vitest";
import { invalidPart, monthDayParts, monthDayProblem, monthDayText, monthNames, noMonthDay } from "./monthDay";

describe("a day of the year with an optional year", () => {
  it("reads and writes what the core stores", () => {
    expect(monthDayParts("1980-03-29")).toEqual({ year: "1980", month: "3", day: "29" });
    expect(monthDayParts("--02-29")).toEqual({ year: "", month: "2", day: "29" });
    expect(monthDayParts("")).toEqual(noMonthDay());
    expect(monthDayParts(null)).toEqual(noMonthDay());
    expect(monthDayText({ year: "1980", month: "3", day: "29" })).toBe("1980-03-29");
    expect(monthDayText({ year: "", month: "12", day: "1" })).toBe("--12-01");
    expect(monthDayText(noMonthDay())).toBe("");
  });

  it("allows 29 February without a year or in a leap year, and refuses impossible days", () => {
    expect(monthDayProblem({ year: "", month: "2", day: "29" }, "en-US")).toBeNull();
    expect(monthDayProblem({ year: "2024", month: "2", day: "29" }, "en-US")).toBeNull();
    expect(monthDayProblem({ year: "2023", month: "2", day: "29" }, "en-US")).toBe(
      "2023 is not a leap year: February has 28 days",
    );
    expect(monthDayProblem({ year: "", month: "2", day: "30" }, "en-US")).toBe("February has only 29 days");
    expect(monthDayProblem({ year: "", month: "6", day: "31" }, "en-US")).toBe("June has only 30 days");
    expect(invalidPart({ year: "", month: "6", day: "31" })).toBe("day");
  });

  it("asks for what is missing and for a four-digit year", () => {
    expect(monthDayProblem({ year: "", month: "", day: "3" })).toBe("Choose the month");
    expect(monthDayProblem({ year: "1980", month: "3", day: "" })).toBe("Choose the day");
    expect(monthDayProblem({ year: "80", month: "3", day: "1" })).toBe("Write the year with four digits, or leave it empty");
    expect(invalidPart({ year: "80", month: "3", day: "1" })).toBe("year");
    expect(monthDayProblem(noMonthDay())).toBeNull();
  });

  it("names the months in the user's language", () => {
    expect(monthNames("en-US")[0]).toBe("January");
    expect(monthNames("de-DE")[2]).toBe("März");
    expect(monthNames("fr-FR")[7]).toBe("août");
  });
});
