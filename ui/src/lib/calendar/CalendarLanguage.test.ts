import { screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeDeadline, makeEvent } from "../../test/fakeEvents";
import { openCalendar } from "../../test/renderMain";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("the calendar in another language", () => {
  beforeEach(() => {
    addCatalogue("fr", markedCatalogue());
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
  });

  it("writes its toolbar and filters from the chosen language's catalogue", async () => {
    await openCalendar({ events: [] });

    expect(screen.getByTestId("new-event-button")).toHaveTextContent("[fr] New event");
    expect(screen.getByTestId("month-view")).toHaveTextContent("[fr] Month");
    expect(screen.getByTestId("filter-status-registered")).toHaveTextContent("[fr] Registered");
    expect(screen.getByTestId("filter-kind-rounds")).toHaveTextContent("[fr] Grand rounds");
  });

  it("writes an event's page, its status and its key dates' kinds from the chosen language's catalogue", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const congress = makeEvent({ id: 1, title: "ESC Congress", status: "registered", timing: { type: "all_day", first_day: today, last_day: today } });
    const abstracts = makeDeadline({ id: 1, event_id: 1, kind: "abstract", label: "", due_local: `${today}T23:59:00`, time_zone: "UTC" });
    const { user } = await openCalendar({ events: [congress], deadlines: [abstracts] });

    await user.click(await screen.findByText("ESC Congress", { selector: ".title" }));
    const detail = await screen.findByTestId("event-detail");
    expect(within(detail).getByTestId("event-edit")).toHaveTextContent("[fr] Edit");
    expect(within(detail).getByTestId("status-registered")).toHaveTextContent("[fr] Registered");
    expect(within(detail).getByText("[fr] When")).toBeInTheDocument();
    await waitFor(() => expect(within(detail).getByTestId("deadline-row")).toHaveTextContent("[fr] Abstract submission"));
  });

  it("feeds the calendar library its words too: an empty agenda says so in the chosen language", async () => {
    const { user } = await openCalendar({ events: [] });
    await user.click(screen.getByTestId("agenda-view"));
    // The library writes its text with innerText, which jsdom keeps as a plain property.
    await waitFor(() => expect(document.querySelector<HTMLElement>(".ec-no-events")?.innerText).toBe("[fr] No events"));
  });
});
