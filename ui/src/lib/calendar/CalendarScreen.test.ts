import { screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeDeadline, makeEvent } from "../../test/fakeEvents";
import { openCalendar } from "../../test/renderMain";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import { chooseLocale } from "../locale/current.svelte";
import { civilInZone, formatTime, userZone, zonedToInstant } from "./time";

/** A venue zone that is surely not the test machine's, so both clocks show. */
const VENUE = userZone() === "Asia/Tokyo" ? "America/Chicago" : "Asia/Tokyo";

const congress = makeEvent({
  id: 1,
  title: "ESC Congress 2026",
  status: "registered",
  timing: { type: "all_day", first_day: "2026-03-20", last_day: "2026-03-23" },
});
const rounds = makeEvent({
  id: 2,
  title: "Cardiology grand rounds",
  kind: "rounds",
  timing: { type: "timed", start: "2026-03-12T09:00:00", end: "2026-03-12T10:00:00", time_zone: VENUE },
});
const webinar = makeEvent({
  id: 3,
  title: "Heart failure webinar",
  kind: "webinar",
  timing: { type: "timed", start: "2026-04-08T18:00:00", end: "2026-04-08T19:00:00", time_zone: "" },
});
const events = [congress, rounds, webinar];

const titles = () => screen.queryAllByTestId("occurrence").map((o) => o.querySelector(".title")?.textContent);
/** A year after the tests' "now": where the deadlines list stops unless asked for later key dates. */
const A_YEAR_ON = "2027-03-10T12:00:00.000Z";
/** The range asked for last: local midnights, as instants. */
const lastRange = (api: { eventOccurrences: { mock: { calls: unknown[][] } } }) => {
  const calls = api.eventOccurrences.mock.calls;
  return calls[calls.length - 1].slice(0, 3);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
  chooseLocale({ locale: "", time: "system", firstDay: "system" });
});

/** The month grid's weekday headers, left to right. */
const weekdayHeads = () =>
  [...document.querySelectorAll(".ec-col-head [aria-label]")].slice(0, 7).map((head) => head.getAttribute("aria-label"));

describe("the calendar", () => {
  it("shows this month's occurrences and asks for exactly the weeks on screen", async () => {
    chooseLocale({ locale: "en-GB", time: "system", firstDay: "system" });
    const { api } = await openCalendar({ events });

    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));
    expect(titles()).toContain("ESC Congress 2026");
    expect(titles()).not.toContain("Heart failure webinar");
    expect(screen.getByTestId("calendar-title")).toHaveTextContent("March 2026");
    expect(screen.getByTestId("month-view")).toHaveAttribute("aria-pressed", "true");
    // Monday 23 February to Monday 6 April: six weeks, Monday first.
    expect(lastRange(api)).toEqual([
      new Date(2026, 1, 23).toISOString(),
      new Date(2026, 3, 6).toISOString(),
      { statuses: [], kinds: [] },
    ]);
    expect(weekdayHeads()[0]).toBe("Monday");
  });

  it("starts the weeks on Sunday where the region does, or when the user chooses it", async () => {
    chooseLocale({ locale: "en-GB", time: "system", firstDay: "sunday" });
    const { api } = await openCalendar({ events });

    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));
    // Sunday 1 March to Sunday 5 April: five weeks, Sunday first.
    expect(lastRange(api).slice(0, 2)).toEqual([new Date(2026, 2, 1).toISOString(), new Date(2026, 3, 5).toISOString()]);
    expect(weekdayHeads()).toEqual(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);
  });

  it("asks for the next month's weeks when the user moves on, and comes back with Today", async () => {
    chooseLocale({ locale: "de-DE", time: "system", firstDay: "system" });
    const { api, user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));

    await user.click(screen.getByTestId("calendar-next"));

    await waitFor(() => expect(screen.getByTestId("calendar-title")).toHaveTextContent("April 2026"));
    // Monday first, as in Germany.
    await waitFor(() => expect(lastRange(api)[0]).toBe(new Date(2026, 2, 30).toISOString()));
    expect(lastRange(api)[1]).toBe(new Date(2026, 4, 4).toISOString());
    await waitFor(() => expect(titles()).toContain("Heart failure webinar"));

    await user.click(screen.getByTestId("calendar-today"));
    // The title in the region's language.
    await waitFor(() => expect(screen.getByTestId("calendar-title")).toHaveTextContent("März 2026"));
  });

  it("lists the agenda with the venue's clock and the user's when they differ", async () => {
    const { user } = await openCalendar({ events });

    await user.click(screen.getByTestId("agenda-view"));

    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));
    const item = screen.getAllByTestId("occurrence").find((o) => o.textContent?.includes("grand rounds"));
    const start = zonedToInstant("2026-03-12T09:00:00", VENUE)!;
    const end = zonedToInstant("2026-03-12T10:00:00", VENUE)!;
    expect(item).toHaveTextContent(`${formatTime("2026-03-12T09:00:00")}–${formatTime("2026-03-12T10:00:00")} ${VENUE} ·`);
    expect(item).toHaveTextContent(
      `${formatTime(civilInZone(start, userZone()))}–${formatTime(civilInZone(end, userZone()))} your time`,
    );
    const allDay = screen.getAllByTestId("occurrence").find((o) => o.textContent?.includes("ESC"));
    expect(allDay).toHaveTextContent("All day");
  });

  it("shows only the statuses and kinds picked, and everything again after Show all", async () => {
    const { api, user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));

    await user.click(screen.getByTestId("filter-status-registered"));

    await waitFor(() => expect(titles()).not.toContain("Cardiology grand rounds"));
    expect(titles()).toContain("ESC Congress 2026");
    expect(lastRange(api)[2]).toEqual({ statuses: ["registered"], kinds: [] });
    expect(screen.getByTestId("filter-status-registered")).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByTestId("filter-status-registered"));
    await user.click(screen.getByTestId("filter-kind-rounds"));
    await waitFor(() => expect(titles()).toEqual(["Cardiology grand rounds"]));
    expect(api.upcomingDeadlines).toHaveBeenLastCalledWith(false, { statuses: [], kinds: ["rounds"] }, A_YEAR_ON);

    await user.click(screen.getByTestId("event-filters-clear"));
    await waitFor(() => expect(titles()).toContain("ESC Congress 2026"));
  });

  it("exports every event, or only those the filters keep, to the file the user picks", async () => {
    const { api, user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));

    await user.click(screen.getByTestId("export-ics-button"));
    await waitFor(() => expect(api.exportEvents).toHaveBeenCalledWith("/home/doc/Curbside calendar.ics", null, null));
    expect(await screen.findByText("Exported 3 events to /home/doc/Curbside calendar.ics")).toBeInTheDocument();

    await user.click(screen.getByTestId("filter-status-registered"));
    await user.click(screen.getByTestId("export-ics-button"));
    await waitFor(() =>
      expect(api.exportEvents).toHaveBeenLastCalledWith("/home/doc/Curbside events.ics", null, {
        statuses: ["registered"],
        kinds: [],
      }),
    );
    expect(await screen.findByText("Exported 1 event to /home/doc/Curbside events.ics")).toBeInTheDocument();
  });

  it("opens an occurrence's event in the detail pane with both clocks", async () => {
    const { user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));

    await user.click(screen.getAllByTestId("occurrence").find((o) => o.textContent?.includes("grand rounds"))!);

    const detail = await screen.findByTestId("event-detail");
    expect(within(detail).getByTestId("event-title")).toHaveTextContent("Cardiology grand rounds");
    expect(within(detail).getByTestId("event-when")).toHaveTextContent(VENUE);
    expect(within(detail).getByTestId("event-when")).toHaveTextContent("your time");
  });

  it("draws the month without table roles it has no rows for, its events as named buttons", async () => {
    const { user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));
    const grid = screen.getByTestId("calendar-screen");
    const tableRoles = () => grid.querySelectorAll('[role="table"], [role="row"], [role="cell"], [role="columnheader"]').length;

    expect(tableRoles()).toBe(0);
    const event = screen.getAllByTestId("occurrence").find((o) => o.textContent?.includes("grand rounds"))!;
    expect(event.closest('[role="button"]')).toHaveTextContent("Cardiology grand rounds");
    // Still none after the calendar draws another month.
    await user.click(screen.getByTestId("calendar-next"));
    await waitFor(() => expect(titles()).toContain("Heart failure webinar"));
    expect(tableRoles()).toBe(0);
  });

  it("gives the month the whole width until an event is chosen, and again once it is closed", async () => {
    const { user } = await openCalendar({ events });
    await waitFor(() => expect(titles()).toContain("Cardiology grand rounds"));
    const pane = () => screen.getByRole("region", { name: "Event", hidden: true }).parentElement!;
    expect(screen.getByTestId("calendar-screen")).not.toHaveClass("with-pane");
    expect(pane()).not.toBeVisible();

    await user.click(screen.getAllByTestId("occurrence").find((o) => o.textContent?.includes("grand rounds"))!);
    await screen.findByTestId("event-detail");
    expect(screen.getByTestId("calendar-screen")).toHaveClass("with-pane");
    expect(pane()).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Close the event" }));
    await waitFor(() => expect(screen.queryByTestId("event-detail")).not.toBeInTheDocument());
    expect(screen.getByTestId("calendar-screen")).not.toHaveClass("with-pane");
    expect(pane()).not.toBeVisible();

    // A new event opens the pane for its form.
    await user.click(screen.getByTestId("new-event-button"));
    expect(await screen.findByTestId("event-form")).toBeVisible();
    expect(screen.getByTestId("calendar-screen")).toHaveClass("with-pane");
  });
});

describe("the deadlines list", () => {
  const deadlines = [
    makeDeadline({ id: 1, event_id: 1, kind: "early_bird", label: "", due_local: "2026-05-15T23:59:00", time_zone: "Europe/Paris" }),
    makeDeadline({ id: 2, event_id: 1, kind: "abstract", label: "Abstracts", due_local: "2026-03-13T23:59:00", time_zone: "AoE" }),
    makeDeadline({ id: 3, event_id: 2, kind: "registration", label: "", due_local: "2026-04-01T12:00:00", time_zone: "UTC" }),
    makeDeadline({ id: 4, event_id: 1, kind: "hotel_block", label: "", due_local: "2026-03-01T12:00:00", time_zone: "UTC" }),
  ];

  it("lists the key dates ahead soonest first, AoE in words, with how far off each is", async () => {
    const { api, user } = await openCalendar({ events, deadlines });
    // However the backend orders them, the list shows the soonest first.
    const ahead = (await api.upcomingDeadlines(false, { statuses: [], kinds: [] }, null)) as UpcomingDeadline[];
    api.upcomingDeadlines.mockResolvedValue([...ahead].reverse());

    await user.click(screen.getByTestId("deadlines-view"));

    await waitFor(() => expect(screen.getAllByTestId("upcoming-deadline")).toHaveLength(3));
    const rows = screen.getAllByTestId("upcoming-deadline");
    expect(rows.map((row) => row.querySelector(".name")?.textContent)).toEqual([
      "Abstracts",
      "Registration",
      "Early-bird registration",
    ]);
    expect(rows[0]).toHaveTextContent("Anywhere on Earth");
    expect(rows[0]).toHaveTextContent("in 4 days");
    expect(rows[0]).toHaveTextContent("your time");
    expect(rows[0]).toHaveTextContent("ESC Congress 2026");
  });

  it("lists the next 12 months, and the later key dates only when asked", async () => {
    const nextYear = makeDeadline({
      id: 5,
      event_id: 1,
      kind: "abstract",
      label: "Abstracts for 2027",
      due_local: "2027-04-01T23:59:00",
      time_zone: "AoE",
    });
    const { api, user } = await openCalendar({ events, deadlines: [...deadlines, nextYear] });
    await user.click(screen.getByTestId("deadlines-view"));

    await waitFor(() => expect(screen.getAllByTestId("upcoming-deadline")).toHaveLength(3));
    expect(api.upcomingDeadlines).toHaveBeenLastCalledWith(false, { statuses: [], kinds: [] }, A_YEAR_ON);
    expect(screen.getByTestId("deadlines-span")).toHaveTextContent("Key dates in the next 12 months");
    expect(screen.queryByText("Abstracts for 2027")).not.toBeInTheDocument();
    const later = screen.getByTestId("deadlines-show-later");
    expect(later).toHaveAttribute("aria-pressed", "false");

    await user.click(later);

    await waitFor(() => expect(screen.getAllByTestId("upcoming-deadline")).toHaveLength(4));
    expect(api.upcomingDeadlines).toHaveBeenLastCalledWith(false, { statuses: [], kinds: [] }, null);
    expect(screen.getAllByTestId("upcoming-deadline")[3]).toHaveTextContent("Abstracts for 2027");
    expect(later).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("deadlines-span")).toHaveTextContent("Every key date ahead");

    await user.click(later);

    await waitFor(() => expect(screen.getAllByTestId("upcoming-deadline")).toHaveLength(3));
    expect(api.upcomingDeadlines).toHaveBeenLastCalledWith(false, { statuses: [], kinds: [] }, A_YEAR_ON);
    expect(screen.getByTestId("deadlines-span")).toHaveTextContent("Key dates in the next 12 months");
  });

  it("says when nothing falls due in the next 12 months", async () => {
    const later = makeDeadline({ id: 5, event_id: 1, kind: "registration", label: "", due_local: "2027-06-01T12:00:00", time_zone: "UTC" });
    const { user } = await openCalendar({ events, deadlines: [later] });
    await user.click(screen.getByTestId("deadlines-view"));

    expect(await screen.findByText(/^No key dates in the next 12 months\./)).toBeInTheDocument();

    await user.click(screen.getByTestId("deadlines-show-later"));

    await waitFor(() => expect(screen.getAllByTestId("upcoming-deadline")).toHaveLength(1));
  });

  it("opens a key date's event", async () => {
    const { user } = await openCalendar({ events, deadlines });
    await user.click(screen.getByTestId("deadlines-view"));

    await user.click((await screen.findAllByTestId("upcoming-deadline"))[1]);

    expect(within(await screen.findByTestId("event-detail")).getByTestId("event-title")).toHaveTextContent(
      "Cardiology grand rounds",
    );
  });
});
