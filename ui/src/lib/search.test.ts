import { describe, expect, it } from "vitest";
import { makeContact } from "../test/fakeApi";
import { contactMatches } from "./search";

const jana = makeContact({
  id: 1,
  display_name: "Jana Müller",
  specialty: "Cardiology",
  institution: "Charité Berlin",
  tags: ["mentor"],
});

describe("contactMatches", () => {
  it("ignores case and accents", () => {
    expect(contactMatches(jana, "MULLER")).toBe(true);
    expect(contactMatches(jana, "charite")).toBe(true);
  });

  it("needs every word to match somewhere in name, specialty, institution or tags", () => {
    expect(contactMatches(jana, "cardio mentor")).toBe(true);
    expect(contactMatches(jana, "cardio surgeon")).toBe(false);
  });

  it("matches everything for a blank query", () => {
    expect(contactMatches(jana, "   ")).toBe(true);
  });
});
