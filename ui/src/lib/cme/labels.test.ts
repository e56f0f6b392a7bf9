import { describe, expect, it } from "vitest";
import { CREDIT_TYPES, TOPICS, creditTypeLabel, topicLabel } from "./labels";

describe("CME labels", () => {
  it("name the special topics as the core and its renewal reports do", () => {
    expect(topicLabel("substance_use_disorder")).toBe("Substance-use disorder (MATE Act)");
    expect(topicLabel("opioids")).toBe("Opioids / controlled substances");
    expect(topicLabel("Wound care")).toBe("Wound care");
    expect(TOPICS.map((topic) => topic.value)).toEqual(["opioids", "ethics", "pain", "implicit_bias", "substance_use_disorder"]);
  });

  it("name credit types by their short names, and an other type by its own label", () => {
    expect(creditTypeLabel("ama_pra_1")).toBe("AMA PRA Category 1");
    expect(creditTypeLabel("aoa_2b")).toBe("AOA Category 2-B");
    expect(creditTypeLabel("other", "Wound care workshop")).toBe("Wound care workshop");
    expect(CREDIT_TYPES).toHaveLength(7);
  });
});
