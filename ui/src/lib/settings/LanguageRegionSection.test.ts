import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import ClaimNotice from "../cme/ClaimNotice.svelte";
import { chooseLocale, fmt } from "../locale/current.svelte";
import { LOCALE_KEY } from "../locale/prefs";
import LanguageRegionSection from "./LanguageRegionSection.svelte";

const plain = (text: string | null) => (text ?? "").replace(/[\u2009\u202f\u00a0]/g, " ");

afterEach(() => {
  chooseLocale({ locale: "", time: "system", firstDay: "system" });
  localStorage.clear();
});

function open() {
  render(LanguageRegionSection);
  // Another screen's dates, to see a choice applied everywhere at once.
  render(ClaimNotice, {
    claimable: [{ event_id: 1, title: "ESC Congress", ended_at: "2026-12-10T12:00:00Z", expected_credits: 12.5 }],
    onRecord: vi.fn(),
  });
  return userEvent.setup();
}

describe("Settings → Language and region", () => {
  it("writes dates and numbers in the chosen region at once, on other screens too, and keeps the choice", async () => {
    const user = open();
    expect(screen.getByTestId("claim-notice")).toHaveTextContent("Dec 10, 2026");

    await user.selectOptions(screen.getByTestId("locale-choice"), "de-DE");

    expect(screen.getByTestId("claim-notice")).toHaveTextContent("10.12.2026");
    expect(screen.getByTestId("claim-notice")).toHaveTextContent("12,5 h expected");
    expect(JSON.parse(localStorage.getItem(LOCALE_KEY) ?? "{}")).toMatchObject({ locale: "de-DE" });
  });

  it("switches between 12 and 24 hour clocks", async () => {
    const user = open();
    await user.selectOptions(screen.getByTestId("locale-choice"), "en-GB");
    expect(fmt().time("2026-12-10T15:30:00")).toBe("15:30");

    await user.click(screen.getByTestId("time-h12"));
    expect(plain(fmt().time("2026-12-10T15:30:00"))).toBe("3:30 pm");
    expect(plain(screen.getByTestId("locale-example").textContent)).toContain("3:30 pm");

    await user.click(screen.getByTestId("time-h24"));
    expect(screen.getByTestId("locale-example")).toHaveTextContent("15:30");
    expect(JSON.parse(localStorage.getItem(LOCALE_KEY) ?? "{}")).toMatchObject({ locale: "en-GB", time: "h24" });
  });

  it("starts the week on the chosen day, or the region's, and names the region's", async () => {
    const user = open();
    await user.selectOptions(screen.getByTestId("locale-choice"), "de-DE");
    expect(screen.getByTestId("first-day-system").closest("label")).toHaveTextContent("(Montag)");
    expect(fmt().firstDay).toBe(1);

    await user.click(screen.getByTestId("first-day-sunday"));
    expect(fmt().firstDay).toBe(0);
    expect(screen.getByTestId("locale-example")).toHaveTextContent("So Mo Di Mi Do Fr Sa");

    await user.click(screen.getByTestId("first-day-saturday"));
    expect(fmt().weekdayNames()[0]).toBe("Sa");
  });

  it("shows what was kept when it opens again", () => {
    chooseLocale({ locale: "en-SG", time: "h24", firstDay: "monday" });
    render(LanguageRegionSection);
    expect(screen.getByTestId("locale-choice")).toHaveValue("en-SG");
    expect(screen.getByTestId("time-h24")).toBeChecked();
    expect(screen.getByTestId("first-day-monday")).toBeChecked();
  });
});
