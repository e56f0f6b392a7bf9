import { render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { fakeApi, UNLOCKED } from "../../test/fakeApi";
import { lineOf, renderToday } from "../../test/renderMain";
import { atNoon, followUp, okafor } from "../../test/todayFixtures";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";
import MainView from "./MainView.svelte";

atNoon();

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

addCatalogue("fr", markedCatalogue());

describe("the window in another language", () => {
  it("shows Today's start, the sidebar's tools and the sample notice from the chosen language's catalogue", async () => {
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    const api = fakeApi();
    api.sampleCounts.mockResolvedValue({ contacts: 12, events: 2 });
    render(MainView, { props: { api, session: UNLOCKED } });

    const start = await screen.findByTestId("today-start");
    expect(start).toHaveTextContent("[fr] Your book is empty.");
    expect(within(start).getByTestId("today-sample")).toHaveTextContent("[fr] Try sample data");
    expect(screen.getByTestId("new-reminder")).toHaveTextContent("[fr] New reminder…");
    expect(screen.getByTestId("import-button")).toHaveTextContent("[fr] Import…");
    await waitFor(() => expect(screen.getByTestId("sample-notice")).toHaveTextContent("[fr] Sample data"));
    expect(screen.getByTestId("sample-remove")).toHaveTextContent("[fr] Remove sample data");
  });

  it("names a Today line's kind, its main action and its menu in the chosen language", async () => {
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    const { user } = await renderToday({ contacts: [okafor], reminders: [followUp] });

    const line = lineOf(followUp.id);
    expect(within(line).getByTestId("reminder-why")).toHaveTextContent("[fr] Follow up");
    expect(within(line).getByTestId("reminder-draft")).toHaveTextContent("[fr] Draft follow-up");

    await user.click(within(line).getByTestId("reminder-menu"));
    expect(within(line).getByTestId("snooze-week")).toHaveTextContent("[fr] Snooze a week");
    expect(within(line).getByTestId("reminder-dismiss")).toHaveTextContent("[fr] Dismiss");
  });

  it("lists the shortcuts in the chosen language, and in English again once English is chosen", async () => {
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    const { backend } = await renderToday({ contacts: [okafor], reminders: [followUp] });

    backend.choose("shortcuts");
    const list = await screen.findByTestId("shortcuts");
    expect(within(list).getByRole("heading", { name: "[fr] Keyboard shortcuts" })).toBeInTheDocument();
    expect(list).toHaveTextContent("[fr] Find a contact");

    chooseLocale({ locale: "en-GB", time: "system", firstDay: "system" });
    await waitFor(() => expect(within(list).getByRole("heading", { name: "Keyboard shortcuts" })).toBeInTheDocument());
    expect(list).not.toHaveTextContent("[fr]");
    expect(within(lineOf(followUp.id)).getByTestId("reminder-draft")).toHaveTextContent(/^Draft follow-up$/);
  });
});
