import { describe, expect, it } from "vitest";
import type { CadenceRule } from "../bindings/CadenceRule";
import { cadenceDays, cadenceWords, choiceOf, inheritedCadence, targetWords } from "./cadences";

describe("cadences", () => {
  it("read in the units a person would say", () => {
    expect(cadenceWords(14)).toBe("every 2 weeks");
    expect(cadenceWords(7)).toBe("every week");
    expect(cadenceWords(30)).toBe("every month");
    expect(cadenceWords(90)).toBe("every 3 months");
    expect(cadenceWords(365)).toBe("every year");
    expect(cadenceWords(730)).toBe("every 2 years");
    expect(cadenceWords(10)).toBe("every 10 days");
    expect(cadenceWords(1)).toBe("every day");
  });

  it("count a month as 30 days, as the command line does", () => {
    expect(cadenceDays("3", "months")).toBe(90);
    expect(cadenceDays("2", "weeks")).toBe(14);
    expect(cadenceDays(" 10 ", "days")).toBe(10);
  });

  it("refuse nothing, zero, fractions and more than ten years", () => {
    expect(cadenceDays("", "days")).toHaveProperty("problem");
    expect(cadenceDays("0", "weeks")).toHaveProperty("problem");
    expect(cadenceDays("1.5", "months")).toHaveProperty("problem");
    expect(cadenceDays("200", "months")).toEqual({ problem: "A cadence is at most 10 years." });
  });

  it("match the profile's menu, anything else being custom", () => {
    expect(choiceOf(null)).toBe("none");
    expect(choiceOf(90)).toBe("90");
    expect(choiceOf(45)).toBe("custom");
  });

  it("say who they are for", () => {
    expect(targetWords({ relationship: "referral_partner" })).toBe("Your referral partners");
    expect(targetWords({ tag: "ESC 2026" })).toBe("Tagged “ESC 2026”");
  });

  it("say where an inherited cadence comes from, and nothing for a contact's own", () => {
    const rule = (target: CadenceRule["target"], days: number): CadenceRule => ({ target, every: { days } });
    expect(inheritedCadence(rule({ relationship: "mentor" }, 90))).toEqual({ days: 90, from: "your mentors" });
    expect(inheritedCadence(rule({ tag: "ESC 2026" }, 30))).toEqual({ days: 30, from: "the tag “ESC 2026”" });
    expect(inheritedCadence(rule({ contact: 1 }, 14))).toBeNull();
    expect(inheritedCadence(null)).toBeNull();
  });
});
