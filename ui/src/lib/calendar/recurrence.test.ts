import { describe, expect, it } from "vitest";
import { describeRule, presetOf, ruleFor } from "./recurrence";

describe("recurrence presets", () => {
  it("writes weekly and yearly rules on the start's weekday", () => {
    expect(ruleFor("weekly", "2026-03-10T07:30:00")).toBe("FREQ=WEEKLY;BYDAY=TU");
    expect(ruleFor("yearly", "2026-08-28")).toBe("FREQ=YEARLY");
    expect(ruleFor("none", "2026-08-28")).toBe("");
  });

  it("writes a monthly rule on the nth weekday, or the last one at the end of the month", () => {
    expect(ruleFor("monthly", "2026-03-10T07:30:00")).toBe("FREQ=MONTHLY;BYDAY=2TU");
    expect(ruleFor("monthly", "2026-03-31T07:30:00")).toBe("FREQ=MONTHLY;BYDAY=-1TU");
  });

  it("recognises a preset's rule and keeps any other as custom", () => {
    expect(presetOf("FREQ=MONTHLY;BYDAY=2TU", "2026-03-10T07:30:00")).toBe("monthly");
    expect(presetOf("", "2026-03-10")).toBe("none");
    expect(presetOf("FREQ=YEARLY;BYMONTH=8", "2026-08-28")).toBe("custom");
  });

  it("describes a rule in words", () => {
    expect(describeRule("FREQ=WEEKLY;BYDAY=TU", "2026-03-10")).toMatch(/^Weekly on /);
    expect(describeRule("FREQ=DAILY;COUNT=3", "2026-03-10")).toBe("Repeats: FREQ=DAILY;COUNT=3");
  });
});
