import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { makeDeadline, makeEvent } from "../../test/fakeEvents";
import { makeMembership } from "../../test/fakeOpportunities";
import { openCalendar } from "../../test/renderMain";

const congress = makeEvent({
  id: 1,
  title: "ESC Congress 2026",
  organizer: "European Society of Cardiology",
  expected_credits: 12,
  timing: { type: "timed", start: "2026-03-20T09:00:00", end: "2026-03-20T18:00:00", time_zone: "Europe/Paris" },
});
const jana = makeContact({ id: 1, display_name: "Jana Müller" });
const omar = makeContact({ id: 2, display_name: "Omar Haddad" });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

async function openCongress(options = {}) {
  const rendered = await openCalendar({ events: [congress], contacts: [jana, omar], ...options });
  await rendered.user.click(await screen.findByTestId("occurrence"));
  const detail = await screen.findByTestId("event-detail");
  return { ...rendered, detail };
}

const input = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe("an event's key dates", () => {
  it("adds an abstract deadline due Anywhere on Earth and lists it with the user's time", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("deadline-add"));
    const form = screen.getByTestId("deadline-form");
    expect(input(form, "time_zone")).toHaveValue("Europe/Paris");
    await user.selectOptions(within(form).getByLabelText("Kind"), "abstract");
    await user.type(input(form, "label"), "Oral presentations");
    fireEvent.input(input(form, "due"), { target: { value: "2026-03-13T23:59" } });
    await user.clear(input(form, "time_zone"));
    await user.type(input(form, "time_zone"), "AoE");
    await user.click(screen.getByTestId("deadline-save"));

    expect(api.addDeadline).toHaveBeenCalledExactlyOnceWith(1, {
      kind: "abstract",
      label: "Oral presentations",
      due_local: "2026-03-13T23:59:00",
      time_zone: "AoE",
      done: false,
    });
    const row = await screen.findByTestId("deadline-row");
    expect(row).toHaveTextContent("Oral presentations");
    expect(row).toHaveTextContent("Anywhere on Earth");
    expect(row).toHaveTextContent("your time");
    expect(row).toHaveTextContent("in 4 days");
    expect(screen.queryByTestId("deadline-form")).not.toBeInTheDocument();
  });

  it("ticks a key date off and removes another", async () => {
    const deadlines = [
      makeDeadline({ id: 5, event_id: 1, kind: "early_bird", label: "", due_local: "2026-03-15T23:59:00", time_zone: "UTC" }),
      makeDeadline({ id: 6, event_id: 1, kind: "hotel_block", label: "", due_local: "2026-03-16T12:00:00", time_zone: "UTC" }),
    ];
    const { api, user } = await openCongress({ deadlines });

    await user.click(screen.getByRole("checkbox", { name: "Dealt with: Early-bird registration" }));
    expect(api.updateDeadline).toHaveBeenCalledWith(5, expect.objectContaining({ done: true, kind: "early_bird" }));
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Dealt with: Early-bird registration" })).toBeChecked());

    await user.click(screen.getByRole("button", { name: "Remove key date Hotel block" }));
    expect(api.removeDeadline).toHaveBeenCalledWith(6);
    await waitFor(() => expect(screen.getAllByTestId("deadline-row")).toHaveLength(1));
  });

  it("refuses a zone it does not know, and sends nothing", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("deadline-add"));
    const form = screen.getByTestId("deadline-form");
    fireEvent.input(input(form, "due"), { target: { value: "2026-03-13T23:59" } });
    await user.clear(input(form, "time_zone"));
    await user.type(input(form, "time_zone"), "Moon");
    await user.click(screen.getByTestId("deadline-save"));

    expect(within(form).getByRole("alert")).toHaveTextContent("“Moon” is not a time zone");
    expect(api.addDeadline).not.toHaveBeenCalled();
  });
});

describe("people at an event", () => {
  it("links a person to meet, found by searching, with the goal", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("person-to-meet-add"));
    const form = screen.getByTestId("person-form");
    expect(within(form).getByLabelText("Contact")).toHaveFocus();
    await user.type(within(form).getByLabelText("Contact"), "jana");
    await user.click(await within(form).findByRole("button", { name: "Jana Müller" }));
    await user.type(within(form).getByLabelText("Goal"), "Ask about the registry");
    await user.click(screen.getByTestId("person-save"));

    expect(api.linkPerson).toHaveBeenCalledExactlyOnceWith(1, 1, "to_meet", "Ask about the registry");
    const row = await screen.findByTestId("person-row");
    expect(row).toHaveAttribute("data-role", "to_meet");
    expect(row).toHaveTextContent("Jana Müller");
    expect(row).toHaveTextContent("Ask about the registry");
  });

  it("says nobody can be met before the event starts, and keeps the form", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("person-met-add"));
    const form = screen.getByTestId("person-form");
    await user.type(within(form).getByLabelText("Contact"), "omar{Enter}");
    await waitFor(() => expect(within(form).getByTestId("person-met-chosen")).toHaveTextContent("Omar Haddad"));
    await user.click(screen.getByTestId("person-save"));

    expect(api.linkPerson).toHaveBeenCalledExactlyOnceWith(1, 2, "met", "");
    expect(await within(form).findByRole("alert")).toHaveTextContent(
      "has not started yet: nobody can have been met there. Add them to the people to meet instead",
    );
    expect(screen.getByTestId("person-form")).toBeInTheDocument();
    expect(screen.queryByTestId("person-row")).not.toBeInTheDocument();
  });

  it("records who was met once the event has started, and unlinks a person", async () => {
    vi.setSystemTime(new Date("2026-03-20T10:00:00Z"));
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("person-met-add"));
    const form = screen.getByTestId("person-form");
    await user.type(within(form).getByLabelText("Contact"), "omar{Enter}");
    await waitFor(() => expect(within(form).getByTestId("person-met-chosen")).toHaveTextContent("Omar Haddad"));
    await user.click(screen.getByTestId("person-save"));

    expect(api.linkPerson).toHaveBeenCalledExactlyOnceWith(1, 2, "met", "");
    const row = await screen.findByTestId("person-row");
    expect(row).toHaveAttribute("data-role", "met");

    await user.click(within(row).getByRole("button", { name: /Remove Omar Haddad/ }));
    expect(api.unlinkPerson).toHaveBeenCalledWith(1, 2, "met");
    await waitFor(() => expect(screen.queryByTestId("person-row")).not.toBeInTheDocument());
  });
});

describe("the event's page", () => {
  it("sets the status with one press", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("status-attending"));

    expect(api.setEventStatus).toHaveBeenCalledExactlyOnceWith(1, "attending");
    await waitFor(() => expect(within(detail).getByTestId("status-attending")).toHaveAttribute("aria-pressed", "true"));
  });

  it("plans a session with its room", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("session-add"));
    const form = screen.getByTestId("session-form");
    await user.type(input(form, "title"), "Late-breaking trials");
    fireEvent.input(input(form, "start"), { target: { value: "2026-03-20T10:00" } });
    await user.type(input(form, "room"), "Hall B3");
    await user.click(screen.getByTestId("session-save"));

    expect(api.addSession).toHaveBeenCalledExactlyOnceWith(1, {
      title: "Late-breaking trials",
      start: "2026-03-20T10:00:00",
      end: null,
      room: "Hall B3",
    });
    expect(await screen.findByTestId("session-row")).toHaveTextContent("Late-breaking trials");
    expect(screen.getByTestId("session-row")).toHaveTextContent("Hall B3");
  });

  it("records the event's credits from a form filled in from the event", async () => {
    const { api, user, detail } = await openCongress();
    expect(within(detail).getByTestId("event-credits")).toHaveTextContent("0 h recorded of 12 h expected");

    await user.click(within(detail).getByTestId("record-credits"));
    const form = await screen.findByTestId("credit-form");
    expect(input(form, "title")).toHaveValue("ESC Congress 2026");
    expect(input(form, "provider")).toHaveValue("European Society of Cardiology");
    expect(input(form, "earned_on")).toHaveValue("2026-03-20");
    expect(input(form, "hours")).toHaveValue(12);
    await user.click(screen.getByTestId("credit-save"));

    expect(api.addCredit).toHaveBeenCalledWith(expect.objectContaining({ event_id: 1, hours: 12, credit_type: "ama_pra_1" }));
    await waitFor(() => expect(within(detail).getByTestId("event-credits")).toHaveTextContent("12 h recorded of 12 h expected"));
  });

  it("exports the event to an .ics file", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("event-export"));

    expect(api.pickIcsExportPath).toHaveBeenCalledWith("ESC-Congress-2026.ics");
    expect(api.exportEvents).toHaveBeenCalledWith("/home/doc/ESC-Congress-2026.ics", [1]);
    expect(await screen.findByTestId("toast")).toHaveTextContent("Exported “ESC Congress 2026”");
  });

  it("deletes the event in one click, and Undo brings it back", async () => {
    const { api, user, detail } = await openCongress();

    await user.click(within(detail).getByTestId("event-delete"));

    expect(api.deleteEvent).toHaveBeenCalledExactlyOnceWith(1);
    await waitFor(() => expect(screen.queryByTestId("occurrence")).not.toBeInTheDocument());
    expect(screen.queryByTestId("event-detail")).not.toBeInTheDocument();
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Deleted “ESC Congress 2026”");

    await user.click(screen.getByTestId("undo-button"));

    expect(api.undoChange).toHaveBeenCalledExactlyOnceWith(await api.deleteEvent.mock.results[0].value);
    expect(await screen.findByTestId("occurrence")).toBeInTheDocument();
    expect(screen.getByTestId("toast")).toHaveTextContent("Restored “ESC Congress 2026”");
  });
});

describe("the societies an event is a meeting of", () => {
  const esc = makeMembership({
    id: 7,
    society: "European Society of Cardiology (ESC)",
    meetings: [{ event_id: 1, title: "ESC Congress 2026", starts_on: "2026-03-20" }],
  });

  it("shows “Meeting of” with the society, which opens Network → Memberships", async () => {
    const { api, user, detail } = await openCongress({ memberships: [esc] });

    const meetingOf = await within(detail).findByTestId("event-meeting-of");
    expect(meetingOf).toHaveTextContent("Meeting of: European Society of Cardiology (ESC)");
    expect(api.eventMemberships).toHaveBeenCalledWith(1);

    await user.click(within(meetingOf).getByRole("button", { name: "European Society of Cardiology (ESC)" }));
    expect(await screen.findByRole("tab", { name: "Memberships" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByTestId("membership")).toHaveTextContent("ESC Congress 2026");
  });

  it("says nothing of societies for an event no society has linked", async () => {
    const { api, detail } = await openCongress({ memberships: [{ ...esc, meetings: [] }] });

    await waitFor(() => expect(api.eventMemberships).toHaveBeenCalledWith(1));
    expect(within(detail).queryByTestId("event-meeting-of")).not.toBeInTheDocument();
  });
});
