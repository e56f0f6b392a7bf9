import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { fakeBackend, UNLOCKED } from "../../test/fakeApi";
import { about, makeReminder } from "../../test/fakeReminders";
import { lineOf, reminderIds, renderToday } from "../../test/renderMain";
import { at, atNoon, followUp, NOON, okafor } from "../../test/todayFixtures";
import MainView from "../app/MainView.svelte";

atNoon();
const inAnHour = makeReminder({
  id: "custom:3:2026-03-04T13:00",
  kind: "custom",
  title: "Call the registry office",
  reason: "Your reminder",
  due_at: at(1),
  subject: about({ custom_id: 3 }),
});
const birthday = makeReminder({
  id: "birthday:c5:2026",
  kind: "birthday",
  title: "Dr. Amara Okafor",
  reason: "Birthday tomorrow",
  due_at: at(21),
  subject: about({ contact_id: 5 }),
});

const badge = () => screen.queryByTestId("today-badge");

describe("Today as the app's home", () => {
  it("is where the main window opens, with the sidebar counting what is due now", async () => {
    await renderToday({ contacts: [okafor], reminders: [followUp, inAnHour, birthday] });

    expect(screen.getByTestId("today-screen")).toBeInTheDocument();
    expect(screen.getByTestId("nav-today")).toHaveAttribute("aria-current", "page");
    expect(badge()).toHaveTextContent("1");
    expect(badge()).toHaveAccessibleName("1 due now");
  });

  it("shows no badge when nothing is due now", async () => {
    await renderToday({ reminders: [birthday] });

    expect(reminderIds()).toEqual(["birthday:c5:2026"]);
    expect(badge()).not.toBeInTheDocument();
  });

  it("moves a line into 'Due now' when its time comes, and counts it on every screen", async () => {
    // The minute's tick is faked too, so the test can move the clock on.
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(NOON);
    const { user } = await renderToday({ contacts: [okafor], reminders: [followUp, inAnHour] });
    expect(reminderIds(screen.getByTestId("today-section-week"))).toEqual(["custom:3:2026-03-04T13:00"]);
    await user.click(screen.getByTestId("nav-calendar"));

    vi.setSystemTime(new Date(NOON.getTime() + 60 * 60_000));
    vi.advanceTimersByTime(60_000);

    await waitFor(() => expect(badge()).toHaveTextContent("2"));
    await user.click(screen.getByTestId("nav-today"));
    await waitFor(() =>
      expect(reminderIds(screen.getByTestId("today-section-due"))).toEqual(["follow_up:i42:c5", "custom:3:2026-03-04T13:00"]),
    );
  });

  it("asks again when the window comes back into focus", async () => {
    const { api, backend } = await renderToday({ contacts: [okafor] });
    backend.reminders.addDue(followUp);

    await fireEvent.focus(window);

    await waitFor(() => expect(reminderIds()).toEqual(["follow_up:i42:c5"]));
    expect(api.dueReminders).toHaveBeenCalledWith(7);
  });

  it("opens the form for a new reminder with n", async () => {
    const { user } = await renderToday();

    await user.keyboard("n");

    expect(screen.getByTestId("custom-reminder-form")).toBeInTheDocument();
  });
});

describe("what the shell says about reminders", () => {
  it("loads the lines again when a notification's action changed them", async () => {
    const { backend } = await renderToday({ contacts: [okafor] });
    expect(screen.getByTestId("today-empty")).toBeInTheDocument();

    backend.reminders.addDue(followUp);
    backend.reminders.shell.remindersChanged();

    await waitFor(() => expect(reminderIds()).toEqual(["follow_up:i42:c5"]));
    expect(badge()).toHaveTextContent("1");
  });

  it("goes to Today from any screen when the tray's Today is chosen", async () => {
    const { backend, user } = await renderToday({ contacts: [okafor] });
    await user.click(screen.getByTestId("nav-contacts"));
    await screen.findByTestId("contact-list");

    backend.reminders.shell.openToday();

    expect(await screen.findByTestId("today-screen")).toBeInTheDocument();
    expect(screen.getByTestId("nav-today")).toHaveAttribute("aria-current", "page");
  });

  it("brings forward the reminder a notification was opened for", async () => {
    const { backend, user } = await renderToday({ contacts: [okafor], reminders: [followUp, inAnHour, birthday] });
    await user.click(screen.getByTestId("nav-calendar"));

    backend.reminders.shell.openReminder("birthday:c5:2026");

    await screen.findByTestId("today-screen");
    await waitFor(() => expect(lineOf("birthday:c5:2026")).toHaveFocus());
    expect(lineOf("birthday:c5:2026")).toHaveClass("highlighted");
    expect(lineOf("custom:3:2026-03-04T13:00")).not.toHaveClass("highlighted");
    // Dr. Okafor's follow-up shares her line, now led by the birthday.
    expect(reminderIds()).not.toContain("follow_up:i42:c5");
    expect(within(lineOf("birthday:c5:2026")).getByTestId("reminder-why")).toHaveTextContent("Follow up:");
  });

  it("moves focus there once, not again at every reload", async () => {
    const { api, backend } = await renderToday({ contacts: [okafor], reminders: [followUp, birthday] });
    backend.reminders.shell.openReminder("birthday:c5:2026");
    await waitFor(() => expect(lineOf("birthday:c5:2026")).toHaveFocus());

    screen.getByTestId("new-reminder").focus();
    backend.reminders.shell.remindersChanged();
    await waitFor(() => expect(api.dueReminders).toHaveBeenCalledTimes(3));

    expect(screen.getByTestId("new-reminder")).toHaveFocus();
  });

  it("stops listening when the main window goes", async () => {
    const backend = fakeBackend({});
    const { unmount } = render(MainView, { props: { api: backend.api, session: UNLOCKED } });
    await waitFor(() => expect(backend.reminders.shell.listeners()).toBe(1));

    unmount();

    expect(backend.reminders.shell.listeners()).toBe(0);
  });
});

describe("the sidebar", () => {
  it("offers Today first and Settings last, and shows the settings", async () => {
    const { user } = await renderToday();

    const entries = within(screen.getByRole("navigation", { name: "Sections" })).getAllByRole("button");
    expect(entries[0]).toHaveAttribute("data-testid", "nav-today");
    expect(entries.at(-1)).toHaveAttribute("data-testid", "nav-settings");

    await user.click(screen.getByTestId("nav-settings"));

    expect(await screen.findByTestId("settings-screen")).toBeInTheDocument();
    expect(screen.getByTestId("nav-settings")).toHaveAttribute("aria-current", "page");
  });
});
