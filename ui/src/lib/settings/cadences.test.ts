import { describe, expect, it } from "vitest";
import type { CadenceRule } from "../bindings/CadenceRule";
import type { Relationship } from "../bindings/Relationship";
import { cadenceDays, cadenceWords, choiceOf, inheritedCadence, ownCadence, targetWords } from "./cadences";

const rules: CadenceRule[] = [
  { target: { contact: 1 }, every: { days: 14 } },
  { target: { relationship: "mentor" }, every: { days: 90 } },
  { target: { relationship: "collaborator" }, every: { days: 60 } },
  { target: { tag: "ESC 2026" }, every: { days: 30 } },
  { target: { tag: "registry" }, every: { days: 180 } },
];

const yourMentor = (contact: number): Relationship => ({
  id: 1,
  contact_id: contact,
  other_contact_id: null,
  other_name: null,
  contact_name: "Amara Okafor",
  kind: "mentor",
  label: "",
});

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

  it("find a contact's own cadence", () => {
    expect(ownCadence(rules, 1)).toBe(14);
    expect(ownCadence(rules, 2)).toBeNull();
  });

  it("inherit from a relationship to you before any tag", () => {
    expect(inheritedCadence(rules, 2, ["ESC 2026"], [yourMentor(2)])).toEqual({ days: 90, from: "your mentors" });
  });

  it("inherit the shortest of the tags when no relationship carries one", () => {
    expect(inheritedCadence(rules, 2, ["registry", "ESC 2026"], [])).toEqual({ days: 30, from: "the tag “ESC 2026”" });
  });

  it("ignore relationships with other contacts and relationships of someone else", () => {
    const withBen = { ...yourMentor(2), other_contact_id: 5, other_name: "Ben Carter" };
    expect(inheritedCadence(rules, 2, [], [withBen])).toBeNull();
    expect(inheritedCadence(rules, 2, [], [yourMentor(3)])).toBeNull();
  });
});
