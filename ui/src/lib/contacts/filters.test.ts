import { describe, expect, it } from "vitest";
import { filterChips, noFilters, toContactFilter, withoutFilter } from "./filters";

describe("filters", () => {
  it("sends only the filled-in fields, trimmed", () => {
    expect(toContactFilter({ ...noFilters(), tag: " mentor ", city: "Berlin" })).toEqual({
      tag: "mentor",
      city: "Berlin",
    });
    expect(toContactFilter(noFilters())).toEqual({});
  });

  it("turns the last-contact dates into instants at the start of that local day", () => {
    const filter = toContactFilter({ ...noFilters(), contacted_before: "2026-01-31", contacted_after: "2025-06-01" });
    expect(filter.contacted_before).toBe(new Date(2026, 0, 31).toISOString());
    expect(filter.contacted_after).toBe(new Date(2025, 5, 1).toISOString());
  });

  it("shows one chip per active filter, with readable words", () => {
    const chips = filterChips({ ...noFilters(), relationship: "referral_partner", specialty: "Cardiology" }, "en");
    expect(chips).toEqual([
      { key: "specialty", label: "Specialty: Cardiology" },
      { key: "relationship", label: "Relationship: Referral partner" },
    ]);
  });

  it("removes one filter and keeps the others", () => {
    const fields = { ...noFilters(), tag: "mentor", institution: "Mayo" };
    expect(toContactFilter(withoutFilter(fields, "tag"))).toEqual({ institution: "Mayo" });
  });
});
