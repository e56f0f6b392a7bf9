import { describe, expect, it } from "vitest";
import type { Relationship } from "../bindings/Relationship";
import { relationshipLine } from "./relationships";

const AMARA = 5;
const BEN = 7;
const ofYou: Relationship = {
  id: 1,
  contact_id: AMARA,
  other_contact_id: null,
  other_name: null,
  contact_name: "Amara Okafor",
  kind: "mentor",
  label: "",
};
const ofBen: Relationship = { ...ofYou, other_contact_id: BEN, other_name: "Ben Carter" };

describe("relationship lines", () => {
  it("say what the person is to you", () => {
    expect(relationshipLine(ofYou, AMARA)).toBe("Your mentor");
    expect(relationshipLine({ ...ofYou, kind: "referral_partner" }, AMARA)).toBe("Your referral partner");
  });

  it("say what the person is to another contact", () => {
    expect(relationshipLine({ ...ofBen, kind: "collaborator" }, AMARA)).toBe("Collaborator of Ben Carter");
    expect(relationshipLine({ ...ofBen, kind: "co_resident" }, AMARA)).toBe("Co-resident of Ben Carter");
  });

  it("turn a relationship round when the person is its other side", () => {
    // Amara is Ben's mentor, read on Ben's profile.
    expect(relationshipLine({ ...ofBen, kind: "mentor" }, BEN)).toBe("Amara Okafor's mentee");
    expect(relationshipLine({ ...ofBen, kind: "mentee" }, BEN)).toBe("Amara Okafor's mentor");
    expect(relationshipLine({ ...ofBen, kind: "friend" }, BEN)).toBe("Amara Okafor's friend");
  });

  it("add the label, and let it name a relationship of kind other", () => {
    expect(relationshipLine({ ...ofYou, label: "PhD supervisor" }, AMARA)).toBe("Your mentor (PhD supervisor)");
    expect(relationshipLine({ ...ofBen, kind: "other", label: "co-author" }, AMARA)).toBe("Co-author of Ben Carter");
    expect(relationshipLine({ ...ofYou, kind: "other" }, AMARA)).toBe("Connected to you");
    expect(relationshipLine({ ...ofBen, kind: "other", label: "landlord" }, BEN)).toBe("Amara Okafor is their landlord");
    expect(relationshipLine({ ...ofBen, kind: "other" }, BEN)).toBe("Connected to Amara Okafor");
  });
});
