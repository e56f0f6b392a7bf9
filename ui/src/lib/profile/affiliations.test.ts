import { describe, expect, it } from "vitest";
import { affiliationDraftFrom, affiliationLine, emptyAffiliationForm } from "./affiliations";

describe("affiliations", () => {
  it("read as kind, place, years and role", () => {
    const organization = { id: 1, name: "Charité", kind: "hospital" as const, city: "Berlin", country: "Germany" };
    const line = { id: 1, organization, kind: "residency" as const, role: "Chief resident", starts_on: "2015-07-01", ends_on: "2020-06-30" };

    expect(affiliationLine(line)).toBe("Residency · Charité, Berlin · 2015–2020 · Chief resident");
    expect(affiliationLine({ ...line, ends_on: null, role: "" })).toBe("Residency · Charité, Berlin · 2015–now");
    expect(affiliationLine({ ...line, starts_on: null, role: "" })).toBe("Residency · Charité, Berlin · until 2020");
    expect(affiliationLine({ ...line, kind: "medical_school", starts_on: null, ends_on: null })).toBe(
      "Medical school · Charité, Berlin · Chief resident",
    );
  });

  it("send a trimmed draft with blank dates as none", () => {
    const form = { ...emptyAffiliationForm(), organization: "  Johns Hopkins ", kind: "fellowship" as const, starts_on: "2021-07-01" };

    expect(affiliationDraftFrom(form)).toEqual({
      draft: { organization: "Johns Hopkins", kind: "fellowship", role: "", starts_on: "2021-07-01", ends_on: null },
    });
  });

  it("ask for the organisation when it is blank", () => {
    expect(affiliationDraftFrom({ ...emptyAffiliationForm(), organization: "  " })).toHaveProperty("problem");
  });
});
