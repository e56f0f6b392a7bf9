import { describe, expect, it } from "vitest";
import { makeCredit } from "../../test/fakeCme";
import { creditDraft, creditForm, emptyCreditForm } from "./creditDraft";
import { cycleDraft, emptyCycleForm } from "./cycleDraft";

describe("the credit form's draft", () => {
  it("reads hours written with a comma, and keeps free topics after the standard ones", () => {
    const draft = creditDraft({
      ...emptyCreditForm("2026-03-01"),
      title: "Ethics grand rounds",
      hours: "0,75",
      topics: ["ethics"],
      otherTopics: "end-of-life care, ethics",
    });
    expect(draft).toMatchObject({ hours: 0.75, topics: ["ethics", "end-of-life care"], type_label: "" });
  });

  it("gives back a stored credit's fields unchanged", () => {
    const credit = makeCredit({ id: 1, title: "MATE Act training", earned_on: "2025-11-02", hours: 8, topics: ["substance_use_disorder", "buprenorphine"] });
    const form = creditForm(credit);
    expect(form).toMatchObject({ topics: ["substance_use_disorder"], otherTopics: "buprenorphine", hours: "8" });
    expect(creditDraft(form)).toMatchObject({ topics: ["substance_use_disorder", "buprenorphine"], hours: 8 });
  });

  it("refuses no hours, too many hours, and an undated credit", () => {
    const form = { ...emptyCreditForm("2026-03-01"), title: "Course" };
    expect(creditDraft({ ...form, hours: "0" })).toMatch(/Hours must be/);
    expect(creditDraft({ ...form, hours: "1001" })).toMatch(/Hours must be/);
    expect(creditDraft({ ...form, hours: "2", earnedOn: "" })).toBe("Give the date the credit was earned.");
  });
});

describe("the cycle form's draft", () => {
  const form = { ...emptyCycleForm(), name: "Board", startsOn: "2026-01-01", endsOn: "2028-12-31", totalHours: "100" };

  it("leaves blank minimum rows out and refuses half-filled ones", () => {
    expect(cycleDraft({ ...form, typeMinimums: [{ key: "", hours: "" }] })).toMatchObject({ type_minimums: [] });
    expect(cycleDraft({ ...form, topicMinimums: [{ key: "opioids", hours: "" }] })).toMatch(/hours of each topic minimum/);
    expect(cycleDraft({ ...form, typeMinimums: [{ key: "", hours: "5" }] })).toMatch(/Choose the credit type/);
  });

  it("refuses a cycle that ends before it starts", () => {
    expect(cycleDraft({ ...form, endsOn: "2025-12-31" })).toBe("The cycle ends before it starts.");
  });
});
