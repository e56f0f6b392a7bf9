import { describe, expect, it } from "vitest";
import { MILESTONE_KINDS as CORE_KINDS } from "../bindings/constants";
import type { Milestone } from "../bindings/Milestone";
import { formatDay } from "../calendar/time";
import { MILESTONE_KINDS, milestoneLabel, milestoneLine } from "./milestones";

const promotion: Milestone = {
  id: 1,
  contact_id: 1,
  kind: "promotion",
  on: "2026-03-03",
  note: "Associate professor",
  source: "user",
  recorded_at: "2026-03-03T10:00:00Z",
};

describe("milestones", () => {
  it("offer every kind the backend knows, each with a readable label", () => {
    expect(MILESTONE_KINDS.map((entry) => entry.kind).sort()).toEqual([...CORE_KINDS].sort());
    expect(milestoneLabel("match_day")).toBe("Match Day");
    expect(milestoneLabel("practice_opening")).toBe("Opened a practice");
  });

  it("read an unknown kind as words rather than a code", () => {
    expect(milestoneLabel("first_marathon")).toBe("First marathon");
    expect(milestoneLabel("constructor")).toBe("Constructor");
  });

  it("read as kind, date and note, saying when an import found them", () => {
    expect(milestoneLine(promotion)).toBe(`Promotion · ${formatDay("2026-03-03")} · Associate professor`);
    expect(milestoneLine({ ...promotion, kind: "new_job", note: "", source: "import" })).toBe(
      `New job · ${formatDay("2026-03-03")} · from import`,
    );
  });
});
