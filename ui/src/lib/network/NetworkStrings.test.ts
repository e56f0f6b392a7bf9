import { cleanup, render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, makeContact } from "../../test/fakeApi";
import { makeMentorship } from "../../test/fakeMentorship";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";
import NetworkScreen from "./NetworkScreen.svelte";

afterEach(() => {
  cleanup();
  chooseLocale({ locale: "", time: "system", firstDay: "system" });
});

describe("the Network screen's words", () => {
  it("come from the catalogue of the language chosen, plurals included", async () => {
    addCatalogue("fr", markedCatalogue());
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    const ana = makeContact({ id: 2, display_name: "Ana Berg" });
    const api = fakeApi({
      contacts: [ana],
      mentorships: [makeMentorship({ id: 10, contact_id: 2, contact_name: "Ana Berg", role: "mentor", every_weeks: 4 })],
    });
    render(NetworkScreen, { api, say: vi.fn(), onOpenContact: vi.fn(), tab: "mentorship" });

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("[fr] Network");
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("[fr] Mentorship");
    expect(screen.getByTestId("network-search")).toHaveAttribute("placeholder", expect.stringMatching(/^\[fr\] Search referrals/));
    const mentors = await screen.findByRole("region", { name: "[fr] Your mentors" });
    expect(within(mentors).getByTestId("mentorship-cadence")).toHaveTextContent(/^\[fr\] Meet every 4 weeks/);
    expect(within(mentors).getByRole("button", { name: "[fr] Delete the mentorship with Ana Berg" })).toHaveTextContent("[fr] Delete");
  });
});
