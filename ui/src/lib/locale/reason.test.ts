import { afterEach, describe, expect, it } from "vitest";
import { chooseLocale } from "./current.svelte";
import { reasonText } from "./reason";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

const keyDate = {
  reason: "ESC 2027: abstracts due Thu 10 Dec 23:59 AoE",
  reason_parts: [
    { type: "text" as const, text: "ESC 2027: abstracts due " },
    { type: "due_at" as const, at: "2026-12-10T23:59:00", zone: "AoE" },
  ],
};

const followUp = {
  reason: "You met Dr. Amara Okafor on Mon 2 Mar 2026",
  reason_parts: [
    { type: "text" as const, text: "You met Dr. Amara Okafor on " },
    { type: "day" as const, day: "2026-03-02" },
  ],
};

describe("a reminder's reason", () => {
  it("writes a key date's deadline in the region's order and clock, with its zone", () => {
    expect(reasonText(keyDate, "de-DE")).toBe("ESC 2027: abstracts due Do., 10. Dez., 23:59 AoE");
    expect(plain(reasonText(keyDate, "en-US"))).toBe("ESC 2027: abstracts due Thu, Dec 10, 11:59 PM AoE");
  });

  it("follows the 24 hour clock when chosen, whatever the region", () => {
    chooseLocale({ locale: "en-US", time: "h24", firstDay: "system" });
    expect(reasonText(keyDate)).toBe("ESC 2027: abstracts due Thu, Dec 10, 23:59 AoE");
  });

  it("writes a day with its weekday in the region's language", () => {
    expect(reasonText(followUp, "de-DE")).toBe("You met Dr. Amara Okafor on Mo., 2. März 2026");
    expect(reasonText(followUp, "en-GB")).toBe("You met Dr. Amara Okafor on Mon, 2 Mar 2026");
  });

  it("shows the reason as it came when it has no parts", () => {
    expect(reasonText({ reason: "Call back", reason_parts: [] }, "de-DE")).toBe("Call back");
  });
});
