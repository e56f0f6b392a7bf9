import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeEvent } from "../../test/fakeEvents";
import { openCalendar } from "../../test/renderMain";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Sets a date or datetime-local field the way the browser's picker does. */
function pick(form: HTMLElement, name: string, value: string) {
  const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  fireEvent.input(input, { target: { value } });
}

const field = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;

async function newEventForm(options = {}) {
  const rendered = await openCalendar(options);
  await rendered.user.click(screen.getByTestId("new-event-button"));
  const form = screen.getByTestId("event-form");
  return { ...rendered, form };
}

describe("creating an event", () => {
  it("sends a timed event with the venue's zone and civil times with seconds", async () => {
    const { api, user, form } = await newEventForm();
    expect(field(form, "title")).toHaveFocus();

    await user.type(field(form, "title"), "ESC Congress 2026");
    await user.selectOptions(field(form, "kind"), "conference");
    await user.selectOptions(field(form, "status"), "registered");
    pick(form, "start", "2026-08-28T08:30");
    pick(form, "end", "2026-08-28T18:00");
    await user.clear(field(form, "time_zone"));
    await user.type(field(form, "time_zone"), "europe/berlin");
    await user.type(field(form, "location"), "Messe München");
    await user.type(field(form, "expected_credits"), "24,5");
    await user.click(screen.getByTestId("event-save"));

    expect(api.createEvent).toHaveBeenCalledExactlyOnceWith({
      kind: "conference",
      title: "ESC Congress 2026",
      organizer: "",
      timing: { type: "timed", start: "2026-08-28T08:30:00", end: "2026-08-28T18:00:00", time_zone: "Europe/Berlin" },
      location: "Messe München",
      online: false,
      url: "",
      notes: "",
      expected_credits: 24.5,
      cost: "",
      status: "registered",
      recurrence: "",
      excluded: [],
      uid: "",
    });
    // The new event is shown, and the calendar moved to its month.
    const detail = await screen.findByTestId("event-detail");
    expect(within(detail).getByTestId("event-title")).toHaveTextContent("ESC Congress 2026");
    await waitFor(() => expect(screen.getByTestId("calendar-title")).toHaveTextContent("August 2026"));
  });

  it("sends an all-day event as days, and a floating one without a zone", async () => {
    const { api, user, form } = await newEventForm();

    await user.type(field(form, "title"), "Board review course");
    await user.click(within(form).getByRole("checkbox", { name: "All day" }));
    pick(form, "start", "2026-06-01");
    pick(form, "end", "2026-06-03");
    await user.click(screen.getByTestId("event-save"));

    expect(api.createEvent.mock.calls[0][0].timing).toEqual({ type: "all_day", first_day: "2026-06-01", last_day: "2026-06-03" });

    await user.click(screen.getByTestId("new-event-button"));
    const again = screen.getByTestId("event-form");
    await user.type(field(again, "title"), "Journal club");
    await user.clear(field(again, "time_zone"));
    await user.type(field(again, "time_zone"), "Floating");
    await user.click(screen.getByTestId("event-save"));

    await waitFor(() => expect(api.createEvent).toHaveBeenCalledTimes(2));
    expect(api.createEvent.mock.calls[1][0].timing).toMatchObject({ type: "timed", time_zone: "" });
  });

  it("turns the monthly preset into an RRULE on the start's weekday", async () => {
    const { api, user, form } = await newEventForm();

    await user.type(field(form, "title"), "Cardiology grand rounds");
    pick(form, "start", "2026-03-10T07:30");
    pick(form, "end", "2026-03-10T08:30");
    await user.selectOptions(field(form, "recurrence"), "monthly");
    expect(within(form).getByRole("option", { name: /^Monthly on the second / })).toBeInTheDocument();
    await user.click(screen.getByTestId("event-save"));

    expect(api.createEvent.mock.calls[0][0].recurrence).toBe("FREQ=MONTHLY;BYDAY=2TU");
  });

  it("opens with n, says what is wrong, and sends nothing until it is right", async () => {
    const { api, user } = await openCalendar();

    await user.keyboard("n");
    const form = await screen.findByTestId("event-form");
    await user.type(field(form, "title"), "Webinar");
    pick(form, "start", "2026-03-10T10:00");
    pick(form, "end", "2026-03-10T09:00");
    await user.click(screen.getByTestId("event-save"));

    expect(field(form, "end")).toHaveAccessibleDescription("The event ends before it starts.");
    expect(field(form, "end")).toHaveFocus();
    await user.clear(field(form, "time_zone"));
    await user.type(field(form, "time_zone"), "Mars/Olympus");
    pick(form, "end", "2026-03-10T11:00");
    await user.click(screen.getByTestId("event-save"));

    expect(screen.getByTestId("field-error-event-zone")).toHaveTextContent("“Mars/Olympus” is not a time zone");
    expect(field(form, "end")).not.toHaveAttribute("aria-invalid");
    expect(api.createEvent).not.toHaveBeenCalled();

    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("event-form")).not.toBeInTheDocument();
  });
});

describe("editing a recurring event", () => {
  const rounds = makeEvent({
    id: 7,
    title: "Grand rounds",
    kind: "rounds",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
    timing: { type: "timed", start: "2026-03-03T07:30:00", end: "2026-03-03T08:30:00", time_zone: "UTC" },
  });

  async function openOccurrence(index: number) {
    const rendered = await openCalendar({ events: [rounds] });
    await waitFor(() => expect(screen.getAllByTestId("occurrence").length).toBeGreaterThan(index));
    await rendered.user.click(screen.getAllByTestId("occurrence")[index]);
    await screen.findByTestId("event-detail");
    return rendered;
  }

  it("changes only the occurrence chosen, leaving the series alone", async () => {
    const { api, user } = await openOccurrence(1);

    await user.click(screen.getByTestId("event-edit"));
    await user.click(screen.getByTestId("scope-one"));
    const form = screen.getByTestId("event-form");
    expect(field(form, "start")).toHaveValue("2026-03-10T07:30");
    expect(field(form, "recurrence")).toBeNull();
    await user.clear(field(form, "title"));
    await user.type(field(form, "title"), "Grand rounds: guest speaker");
    await user.click(screen.getByTestId("event-save"));

    expect(api.changeOccurrence).toHaveBeenCalledExactlyOnceWith(
      7,
      "2026-03-10T07:30:00",
      expect.objectContaining({ title: "Grand rounds: guest speaker", recurrence: "" }),
    );
    expect(api.updateEvent).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getAllByTestId("occurrence").map((o) => o.querySelector(".title")?.textContent)).toContain(
        "Grand rounds: guest speaker",
      ),
    );
  });

  it("changes every occurrence when asked, keeping the rule", async () => {
    const { api, user } = await openOccurrence(0);

    await user.click(screen.getByTestId("event-edit"));
    await user.click(screen.getByTestId("scope-all"));
    const form = screen.getByTestId("event-form");
    expect(field(form, "recurrence")).toHaveValue("weekly");
    await user.type(field(form, "location"), "Auditorium");
    await user.click(screen.getByTestId("event-save"));

    expect(api.updateEvent).toHaveBeenCalledExactlyOnceWith(
      7,
      expect.objectContaining({ location: "Auditorium", recurrence: "FREQ=WEEKLY;BYDAY=TU" }),
    );
  });

  it("removes a single occurrence, and Undo brings it back", async () => {
    const { api, user } = await openOccurrence(1);
    const shown = screen.getAllByTestId("occurrence").length;

    await user.click(screen.getByTestId("event-delete"));
    await user.click(screen.getByTestId("scope-one"));

    expect(api.removeOccurrence).toHaveBeenCalledExactlyOnceWith(7, "2026-03-10T07:30:00");
    await waitFor(() => expect(screen.queryByTestId("event-detail")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getAllByTestId("occurrence")).toHaveLength(shown - 1));
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Occurrence removed");

    await user.click(screen.getByTestId("undo-button"));

    expect(api.undoChange).toHaveBeenCalledExactlyOnceWith(await api.removeOccurrence.mock.results[0].value);
    await waitFor(() => expect(screen.getAllByTestId("occurrence")).toHaveLength(shown));
    expect(screen.getByTestId("toast")).toHaveTextContent("Occurrence restored");
  });
});

describe("the event form's errors", () => {
  it("shows every problem at its field at once, focus on the first, and clears each as it is fixed", async () => {
    const { api, user, form } = await newEventForm();
    pick(form, "start", "2026-08-28T18:00");
    pick(form, "end", "2026-08-28T08:30");
    await user.clear(field(form, "time_zone"));
    await user.type(field(form, "time_zone"), "Mars/Olympus");
    await user.type(field(form, "expected_credits"), "lots");

    await user.click(screen.getByTestId("event-save"));

    expect(api.createEvent).not.toHaveBeenCalled();
    expect(field(form, "title")).toHaveFocus();
    expect(field(form, "title")).toHaveAccessibleDescription("Give the event a title.");
    expect(field(form, "end")).toHaveAccessibleDescription("The event ends before it starts.");
    expect(field(form, "time_zone")).toHaveAttribute("aria-invalid", "true");
    expect(field(form, "expected_credits")).toHaveAccessibleDescription(
      "Expected credits must be a number of hours, like 12 or 3.5.",
    );
    expect(screen.getByTestId("event-form-error-summary")).toHaveTextContent("4 fields need your attention");

    await user.type(field(form, "title"), "Board meeting");
    expect(field(form, "title")).not.toHaveAttribute("aria-invalid");
    pick(form, "end", "2026-08-28T19:00");
    await waitFor(() => expect(field(form, "end")).not.toHaveAttribute("aria-invalid"));
    expect(screen.getByTestId("event-form-error-summary")).toHaveTextContent("2 fields need your attention");
  });
});
