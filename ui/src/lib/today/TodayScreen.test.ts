import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { makeCycle } from "../../test/fakeCme";
import { makeDeadline, makeEvent } from "../../test/fakeEvents";
import { about, makeReminder } from "../../test/fakeReminders";
import { lineOf, reminderIds, renderToday } from "../../test/renderMain";
import { at, atNoon, okafor } from "../../test/todayFixtures";
import { clockIn } from "./clock";

atNoon();

const tanaka = makeContact({ id: 6, display_name: "Dr. Kenji Tanaka", last_interaction_at: "2024-12-20T10:00:00Z" });
const esc = makeEvent({ id: 9, title: "ESC Congress 2026", timing: { type: "all_day", first_day: "2026-08-28", last_day: "2026-08-31" } });

const followUp = makeReminder({
  id: "follow_up:i42:c5",
  kind: "follow_up",
  title: "Dr. Amara Okafor",
  reason: "You met Dr. Amara Okafor 5 days ago",
  context: "Good to talk about renal denervation at ESC 2026",
  due_at: at(-72),
  subject: about({ contact_id: 5 }),
});
const stayInTouch = makeReminder({
  id: "stay_in_touch:c6:2026-03-06",
  kind: "stay_in_touch",
  title: "Dr. Kenji Tanaka",
  reason: "Every 3 months: last in touch 14 months ago",
  due_at: at(48),
  contact_time_zone: "Pacific/Chatham",
  subject: about({ contact_id: 6 }),
});
const birthday = makeReminder({
  id: "birthday:c5:2026",
  kind: "birthday",
  title: "Dr. Amara Okafor",
  reason: "Birthday on Saturday",
  due_at: at(72),
  subject: about({ contact_id: 5 }),
});
const abstracts = makeReminder({
  id: "deadline:d1:7d",
  kind: "deadline",
  title: "ESC Congress 2026",
  reason: "Abstract submission closes in 7 days",
  due_at: at(96),
  subject: about({ event_id: 9, deadline_id: 1 }),
});
const shortfall = makeReminder({
  id: "cme_shortfall:y1:90d",
  kind: "cme_shortfall",
  title: "California license",
  reason: "30 h missing, 90 days left",
  due_at: at(100),
  subject: about({ cycle_id: 1 }),
});

/** The reminder ids a section lists, or null when the section is hidden. */
function section(key: string): string[] | null {
  const found = screen.queryByTestId(`today-section-${key}`);
  return found ? reminderIds(found) : null;
}

describe("the Today view's sections", () => {
  it("lists deadlines first, then what is due now, then the week, one line per subject", async () => {
    await renderToday({ contacts: [okafor, tanaka], events: [esc], reminders: [followUp, stayInTouch, birthday, abstracts, shortfall] });

    expect(section("deadlines")).toEqual(["deadline:d1:7d", "cme_shortfall:y1:90d"]);
    expect(section("due")).toEqual(["follow_up:i42:c5"]);
    expect(section("week")).toEqual(["stay_in_touch:c6:2026-03-06"]);
    expect(reminderIds()).toEqual(["deadline:d1:7d", "cme_shortfall:y1:90d", "follow_up:i42:c5", "stay_in_touch:c6:2026-03-06"]);
    // Dr. Okafor's birthday shares her line, which names both reasons.
    const okaforLine = lineOf("follow_up:i42:c5");
    expect(within(okaforLine).getByTestId("reminder-why")).toHaveTextContent(
      "Follow up: You met Dr. Amara Okafor 5 days ago · Birthday: Birthday on Saturday",
    );
  });

  it("gives each line one main action suited to its kind", async () => {
    await renderToday({ contacts: [okafor, tanaka], events: [esc], reminders: [followUp, stayInTouch, abstracts, shortfall] });

    const main = (id: string) => lineOf(id).querySelector(":scope > .main-action");
    expect(main("follow_up:i42:c5")).toHaveTextContent("Draft follow-up");
    expect(main("stay_in_touch:c6:2026-03-06")).toHaveTextContent("Draft a note");
    expect(main("deadline:d1:7d")).toHaveTextContent("Open event");
    expect(main("cme_shortfall:y1:90d")).toHaveTextContent("Log credits");
    for (const id of reminderIds()) expect(within(lineOf(id)).getAllByRole("button")).toHaveLength(3);
  });

  it("marks an overdue line with how long ago it was due, and quotes its note", async () => {
    await renderToday({ contacts: [okafor], reminders: [followUp] });

    const line = lineOf("follow_up:i42:c5");
    expect(within(line).getByTestId("reminder-overdue")).toHaveTextContent("overdue · 3 days");
    expect(line).toHaveTextContent("You met Dr. Amara Okafor 5 days ago");
    expect(within(line).getByTestId("reminder-context")).toHaveTextContent("“Good to talk about renal denervation at ESC 2026”");
  });

  it("says when a later line is due and how far off it is", async () => {
    await renderToday({ contacts: [tanaka], reminders: [stayInTouch] });

    const line = lineOf("stay_in_touch:c6:2026-03-06");
    expect(within(line).getByTestId("reminder-due")).toHaveTextContent(/^Fri /);
    expect(line).toHaveTextContent("Every 3 months: last in touch 14 months ago");
    expect(line).toHaveTextContent("in 2 days");
    expect(within(line).queryByTestId("reminder-overdue")).not.toBeInTheDocument();
  });

  it("shows the time where a person in another zone is", async () => {
    await renderToday({ contacts: [tanaka], reminders: [stayInTouch] });

    expect(within(lineOf("stay_in_touch:c6:2026-03-06")).getByTestId("their-time")).toHaveTextContent(
      `it is ${clockIn(new Date(), "Pacific/Chatham")} for Dr. Kenji Tanaka`,
    );
  });

  it("gives the time by the person's name on a reminder of the user's own about them", async () => {
    const paper = makeReminder({
      id: "custom:7:2026-03-05T09:00",
      kind: "custom",
      title: "Send the SPYRAL paper",
      reason: "Send the SPYRAL paper",
      due_at: at(24),
      contact_time_zone: "Pacific/Chatham",
      contact_name: "Dr. Kenji Tanaka",
      subject: about({ contact_id: 6, custom_id: 7 }),
    });
    await renderToday({ contacts: [tanaka], reminders: [paper] });

    const line = lineOf("custom:7:2026-03-05T09:00");
    expect(within(line).getByTestId("their-time")).toHaveTextContent(
      `it is ${clockIn(new Date(), "Pacific/Chatham")} for Dr. Kenji Tanaka`,
    );
    expect(within(line).getByTestId("reminder-draft")).toHaveAccessibleName("Draft a message to Dr. Kenji Tanaka: Send the SPYRAL paper");
  });

  it("offers a draft only for a line about a person", async () => {
    await renderToday({ contacts: [okafor], events: [esc], reminders: [followUp, abstracts] });

    expect(within(lineOf("follow_up:i42:c5")).getByTestId("reminder-draft")).toBeInTheDocument();
    expect(within(lineOf("deadline:d1:7d")).queryByTestId("reminder-draft")).not.toBeInTheDocument();
    expect(within(lineOf("deadline:d1:7d")).getByTestId("reminder-open")).toHaveTextContent("Open event");
  });

  it("adds the key dates of the next month that have no reminder, in their own zone", async () => {
    const inTenDays = makeDeadline({ id: 2, event_id: 9, kind: "early_bird", label: "", due_local: "2026-03-14T23:59:00", time_zone: "AoE" });
    const inTwoMonths = makeDeadline({ id: 3, event_id: 9, kind: "registration", label: "", due_local: "2026-05-10T23:59:00", time_zone: "AoE" });
    const reminded = makeDeadline({ id: 1, event_id: 9, kind: "abstract", label: "", due_local: "2026-03-15T23:59:00", time_zone: "AoE" });
    await renderToday({ events: [esc], deadlines: [inTenDays, inTwoMonths, reminded], reminders: [abstracts] });

    const deadlines = screen.getByTestId("today-section-deadlines");
    expect(reminderIds(deadlines)).toEqual(["deadline:d1:7d"]);
    const keyDates = within(deadlines).getAllByTestId("today-key-date");
    expect(keyDates).toHaveLength(1);
    expect(keyDates[0]).toHaveTextContent("ESC Congress 2026");
    expect(keyDates[0]).toHaveTextContent("Key date: Early-bird registration");
    expect(keyDates[0]).toHaveTextContent("Anywhere on Earth");
    expect(keyDates[0]).toHaveTextContent("in 11 days");
    // Nothing to snooze or dismiss on a key date without a reminder: its one action opens the event.
    expect(within(keyDates[0]).getAllByRole("button").map((b) => b.dataset.testid)).toEqual(["reminder-title", "reminder-open"]);
  });

  it("adds the CME cycles still short of hours, with what is missing and the days left", async () => {
    const license = makeCycle({ id: 2, name: "Texas license", starts_on: "2025-01-01", ends_on: "2026-12-31", total_hours: 48 });
    await renderToday({ cycles: [license] });

    const cycle = within(screen.getByTestId("today-section-deadlines")).getByTestId("today-cycle");
    expect(cycle).toHaveTextContent("Texas license");
    expect(cycle).toHaveTextContent("CME cycle: still missing 48 h in total");
    expect(cycle).toHaveTextContent("302 days left");
  });

  it("lists who has gone longest without contact, longest first", async () => {
    await renderToday({ contacts: [okafor, tanaka] });

    const people = within(screen.getByTestId("today-section-out-of-touch")).getAllByTestId("out-of-touch");
    expect(people.map((p) => p.dataset.contactId)).toEqual(["6", "5"]);
    expect(people[0]).toHaveTextContent("last contact 14 months ago");
  });

  it("says nothing is due when nothing is, and still lists who to be in touch with", async () => {
    await renderToday({ contacts: [tanaka] });

    expect(screen.getByTestId("today-empty")).toHaveTextContent("Nothing due.");
    expect(screen.queryByTestId("reminder-line")).not.toBeInTheDocument();
    expect(screen.getByTestId("today-section-out-of-touch")).toHaveTextContent("Dr. Kenji Tanaka");
    for (const key of ["deadlines", "due", "week"]) expect(section(key)).toBeNull();
  });

  it("on an empty book says how to start instead of that all is in hand", async () => {
    const { api, user } = await renderToday({ contacts: [] });

    const start = await screen.findByTestId("today-start");
    expect(start).toHaveTextContent("Your book is empty.");
    expect(screen.queryByTestId("today-empty")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("today-import"));
    expect(api.pickImportFiles).toHaveBeenCalledOnce();

    await user.click(screen.getByTestId("today-new-contact"));
    expect(await screen.findByTestId("contact-form")).toBeInTheDocument();
  });

  it("shows the backend's message when reminders cannot be loaded, and the rest of the view", async () => {
    const rendered = await renderToday({ contacts: [tanaka] });
    rendered.api.dueReminders.mockRejectedValueOnce({ code: "storage", message: "The database file cannot be read." });

    await rendered.user.click(screen.getByTestId("nav-contacts"));
    await rendered.user.click(screen.getByTestId("nav-today"));

    expect(await screen.findByRole("alert")).toHaveTextContent("The database file cannot be read.");
    expect(screen.getByTestId("today-section-out-of-touch")).toBeInTheDocument();
  });
});

describe("opening what a line is about", () => {
  it("opens a person's profile from their name", async () => {
    const { user } = await renderToday({ contacts: [okafor], reminders: [followUp] });

    await user.click(within(lineOf("follow_up:i42:c5")).getByRole("button", { name: "Open Dr. Amara Okafor's profile" }));

    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Dr. Amara Okafor");
    expect(screen.getByTestId("nav-contacts")).toHaveAttribute("aria-current", "page");
  });

  it("opens an event beside the list, from a reminder or a key date", async () => {
    const early = makeDeadline({ id: 2, event_id: 9, kind: "early_bird", label: "", due_local: "2026-03-14T23:59:00", time_zone: "AoE" });
    const { user } = await renderToday({ events: [esc], deadlines: [early], reminders: [abstracts] });

    await user.click(within(screen.getByTestId("today-key-date")).getByTestId("reminder-open"));
    expect(await screen.findByTestId("event-title")).toHaveTextContent("ESC Congress 2026");
    expect(screen.getByTestId("today-screen")).toBeInTheDocument();

    await user.click(screen.getByTestId("today-event-close"));
    await waitFor(() => expect(screen.queryByTestId("event-detail")).not.toBeInTheDocument());

    await user.click(within(lineOf("deadline:d1:7d")).getByRole("button", { name: "Open the event ESC Congress 2026" }));
    expect(await screen.findByTestId("event-title")).toHaveTextContent("ESC Congress 2026");
  });

  it("opens the CME screen from a cycle", async () => {
    const license = makeCycle({ id: 2, name: "Texas license", starts_on: "2025-01-01", ends_on: "2026-12-31", total_hours: 48 });
    const { user } = await renderToday({ cycles: [license] });

    await user.click(within(screen.getByTestId("today-cycle")).getByRole("button", { name: "Log credits: Texas license" }));

    expect(await screen.findByTestId("cme-screen")).toBeInTheDocument();
  });

  it("opens a profile, or a draft, from the longest-without-contact list", async () => {
    const { user } = await renderToday({ contacts: [tanaka] });

    await user.click(screen.getByTestId("out-of-touch-draft"));
    expect(await screen.findByTestId("draft-dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");

    await user.click(screen.getByTestId("out-of-touch-open"));
    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Dr. Kenji Tanaka");
  });
});
