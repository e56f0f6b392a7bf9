import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { makeDeadline, makeEvent } from "../../test/fakeEvents";
import { about, makeReminder } from "../../test/fakeReminders";
import { actOnLine, lineOf, reminderIds, renderToday } from "../../test/renderMain";
import { at, atNoon, NOON, overduePrompts } from "../../test/todayFixtures";

atNoon();

const prompts = overduePrompts(120);
/** The ids of the prompts from the `from`-th to the `to`-th (counting from 1). */
const idsOf = (from: number, to: number) => prompts.slice(from - 1, to).map((reminder) => reminder.id);

const due = () => screen.getByTestId("today-section-due");
const dueIds = () => reminderIds(due());
const hiddenCount = () => within(due()).queryByTestId("today-hidden-count");
const showMore = () => within(due()).getByTestId("today-show-more");
const showAll = () => within(due()).queryByTestId("today-show-all");
const headingCount = () => within(due()).getByTestId("today-section-count");

describe("a long Today section", () => {
  it("shows its first 50 lines in order and says how many more there are; the heading counts all", async () => {
    await renderToday({ reminders: prompts });

    expect(dueIds()).toEqual(idsOf(1, 50));
    expect(hiddenCount()).toHaveTextContent("… 70 more not shown");
    expect(showMore()).toHaveTextContent("Show 50 more");
    expect(showAll()).toHaveTextContent("Show all");
    expect(headingCount()).toHaveTextContent("120");
    expect(headingCount()).toHaveAccessibleName("120 lines");
  });

  it("shows 50 more, then the last 20, on asking, and keeps counting 120 in the heading", async () => {
    const { user } = await renderToday({ reminders: prompts });

    await user.click(showMore());

    expect(dueIds()).toEqual(idsOf(1, 100));
    expect(hiddenCount()).toHaveTextContent("… 20 more not shown");
    expect(showMore()).toHaveTextContent("Show 20 more");
    expect(showAll()).not.toBeInTheDocument();
    expect(headingCount()).toHaveTextContent("120");

    await user.click(showMore());

    expect(dueIds()).toEqual(idsOf(1, 120));
    expect(hiddenCount()).not.toBeInTheDocument();
    expect(within(due()).queryByTestId("today-show-more")).not.toBeInTheDocument();
    expect(headingCount()).toHaveTextContent("120");
  });

  it("shows all 120 lines with 'Show all'", async () => {
    const { user } = await renderToday({ reminders: prompts });

    await user.click(showAll()!);

    expect(dueIds()).toEqual(idsOf(1, 120));
    expect(hiddenCount()).not.toBeInTheDocument();
    expect(headingCount()).toHaveTextContent("120");
  });

  it("offers nothing more when every line is shown", async () => {
    await renderToday({ reminders: overduePrompts(50) });

    expect(dueIds()).toHaveLength(50);
    expect(hiddenCount()).not.toBeInTheDocument();
    expect(within(due()).queryByRole("button", { name: /^Show/ })).not.toBeInTheDocument();
  });

  it("counts the key dates towards the limit after the section's reminders", async () => {
    const esc = makeEvent({ id: 9, title: "ESC Congress 2026", timing: { type: "all_day", first_day: "2026-08-28", last_day: "2026-08-31" } });
    const keyDates = [1, 2, 3].map((id) =>
      makeDeadline({ id, event_id: 9, kind: "registration", label: `Step ${id}`, due_local: `2026-03-1${id}T23:59:00`, time_zone: "AoE" }),
    );
    const closing = Array.from({ length: 49 }, (_, i) =>
      makeReminder({
        id: `deadline:d${100 + i}:1d`,
        kind: "deadline",
        title: "ESC Congress 2026",
        reason: "Closes tomorrow",
        due_at: at(24 + i),
        subject: about({ event_id: 9, deadline_id: 100 + i }),
      }),
    );
    const { user } = await renderToday({ events: [esc], deadlines: keyDates, reminders: closing });

    const deadlines = screen.getByTestId("today-section-deadlines");
    expect(reminderIds(deadlines)).toHaveLength(49);
    expect(within(deadlines).getAllByTestId("today-key-date")).toHaveLength(1);
    expect(within(deadlines).getByTestId("today-hidden-count")).toHaveTextContent("… 2 more not shown");
    expect(within(deadlines).getByTestId("today-section-count")).toHaveTextContent("52");

    await user.click(within(deadlines).getByTestId("today-show-more"));

    expect(within(deadlines).getAllByTestId("today-key-date")).toHaveLength(3);
    expect(within(deadlines).queryByTestId("today-hidden-count")).not.toBeInTheDocument();
  });
});

describe("a reminder brought forward beyond the lines shown", () => {
  it("grows its section to show it, then focuses it", async () => {
    const { backend, user } = await renderToday({ reminders: prompts });
    await user.click(screen.getByTestId("nav-calendar"));

    backend.reminders.shell.openReminder("stay_in_touch:c90");

    await screen.findByTestId("today-screen");
    await waitFor(() => expect(lineOf("stay_in_touch:c90")).toHaveFocus());
    expect(lineOf("stay_in_touch:c90")).toHaveClass("highlighted");
    expect(dueIds()).toEqual(idsOf(1, 100));
    expect(hiddenCount()).toHaveTextContent("… 20 more not shown");
  });

  it("does so on the Today screen already open too", async () => {
    const { backend } = await renderToday({ reminders: prompts });

    backend.reminders.shell.openReminder("stay_in_touch:c117");

    await waitFor(() => expect(lineOf("stay_in_touch:c117")).toHaveFocus());
    expect(dueIds()).toEqual(idsOf(1, 120));
  });
});

describe("acting on a line of a long section", () => {
  it("lets the first hidden line move up when a shown one is marked done", async () => {
    const { user } = await renderToday({ reminders: prompts });

    await actOnLine(user, "stay_in_touch:c1", "reminder-done");

    expect(dueIds()).toEqual(idsOf(2, 51));
    await waitFor(() => expect(headingCount()).toHaveTextContent("119"));
    expect(hiddenCount()).toHaveTextContent("… 69 more not shown");
    expect(dueIds()).toEqual(idsOf(2, 51));
  });
});

describe("how many lines a section shows", () => {
  it("stays as asked through the minute's reload and when the window comes back into focus", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(NOON);
    const { api, user } = await renderToday({ reminders: prompts });
    await user.click(showMore());

    vi.setSystemTime(new Date(NOON.getTime() + 60_000));
    vi.advanceTimersByTime(60_000);
    await waitFor(() => expect(api.dueReminders).toHaveBeenCalledTimes(2));
    await fireEvent.focus(window);
    await waitFor(() => expect(api.dueReminders).toHaveBeenCalledTimes(3));

    expect(dueIds()).toEqual(idsOf(1, 100));
    expect(hiddenCount()).toHaveTextContent("… 20 more not shown");
  });

  it("starts again at 50 when Today is left and opened again", async () => {
    const { user } = await renderToday({ reminders: prompts });
    await user.click(showAll()!);
    expect(dueIds()).toHaveLength(120);

    await user.click(screen.getByTestId("nav-contacts"));
    await user.click(screen.getByTestId("nav-today"));

    await waitFor(() => expect(dueIds()).toEqual(idsOf(1, 50)));
    expect(hiddenCount()).toHaveTextContent("… 70 more not shown");
  });
});

describe("paging with the keyboard", () => {
  it("reaches 'Show 50 more' with Tab after the last line; Enter shows them and focus goes to the first, where D acts", async () => {
    const { api, user } = await renderToday({ reminders: prompts });

    lineOf("stay_in_touch:c50").focus();
    await user.tab();
    expect(within(lineOf("stay_in_touch:c50")).getByTestId("reminder-menu")).toHaveFocus();
    await user.tab();
    expect(showMore()).toHaveFocus();
    await user.tab();
    expect(showAll()).toHaveFocus();

    await user.tab({ shift: true });
    await user.keyboard("{Enter}");

    expect(dueIds()).toEqual(idsOf(1, 100));
    await waitFor(() => expect(lineOf("stay_in_touch:c51")).toHaveFocus());
    await user.keyboard("d");
    expect(api.reminderDone).toHaveBeenCalledExactlyOnceWith("stay_in_touch:c51");
  });
});
