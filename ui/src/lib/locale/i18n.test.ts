import { afterEach, describe, expect, it } from "vitest";
import { chooseLocale } from "./current.svelte";
import { addCatalogue, stringLanguage, t } from "./i18n.svelte";
import { markedCatalogue } from "../../test/markedCatalogue";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("the app's strings", () => {
  it("come from the English catalogue, with values and plurals filled in", () => {
    expect(t("sidebar.today")).toBe("Today");
    expect(t("time.overdueDays", { count: 1, n: "1" })).toBe("overdue · 1 day");
    expect(t("time.overdueDays", { count: 236, n: "236" })).toBe("overdue · 236 days");
    expect(t("time.theirTime", { time: "22:40", name: "Dr. Tanaka" })).toBe("it is 22:40 for Dr. Tanaka");
  });

  it("stay English for a region without a catalogue, with the region's numbers", () => {
    chooseLocale({ locale: "de-DE", time: "system", firstDay: "system" });
    expect(stringLanguage(["de-DE"])).toBe("en");
    expect(t("sidebar.contactCount", { count: 5000, n: "5.000" })).toBe("5.000 contacts");
  });

  it("switch to a language once its catalogue is added and chosen", () => {
    addCatalogue("fr", markedCatalogue());
    expect(t("sidebar.today")).toBe("Today");
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    expect(t("sidebar.today")).toBe("[fr] Today");
    expect(t("time.daysLeft", { count: 2, n: "2" })).toBe("[fr] 2 days left");
    expect(stringLanguage(["fr-CA", "en-US"])).toBe("fr");
  });

  it("are written again when a catalogue is replaced, not served from what was written before", () => {
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    addCatalogue("fr", markedCatalogue());
    expect(t("sidebar.today")).toBe("[fr] Today");
    expect(t("time.overdueDays", { count: 3, n: "3" })).toBe("[fr] overdue · 3 days");
    const revised = markedCatalogue();
    revised.sidebar.today = "Aujourd'hui";
    addCatalogue("fr", revised);
    expect(t("sidebar.today")).toBe("Aujourd'hui");
    expect(t("time.overdueDays", { count: 3, n: "3" })).toBe("[fr] overdue · 3 days");
    expect(t("time.overdueDays", { count: 1, n: "1" })).toBe("[fr] overdue · 1 day");
  });
});
