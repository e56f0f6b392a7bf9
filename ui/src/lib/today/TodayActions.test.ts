import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { about, makeReminder } from "../../test/fakeReminders";
import { actOnLine, lineOf, reminderIds, renderToday } from "../../test/renderMain";
import { at, atNoon, followUp, okafor } from "../../test/todayFixtures";
import { userZone, zonedToInstant } from "../calendar/time";

atNoon();
const paper = makeReminder({
  id: "custom:3:2026-03-04T09:00",
  kind: "custom",
  title: "Send the registry paper",
  reason: "Your reminder",
  due_at: at(-3),
  subject: about({ custom_id: 3 }),
});
const later = makeReminder({
  id: "stay_in_touch:c5:2026-03-07",
  kind: "stay_in_touch",
  title: "Dr. Amara Okafor",
  reason: "Every 3 months",
  due_at: at(60),
  subject: about({ contact_id: 5 }),
});

const options = { contacts: [okafor], reminders: [followUp, paper, later] };
const badge = () => screen.queryByTestId("today-badge");

/** 09:00 on the day `days` after today, on the user's clock. */
function nineOClock(days: number): string {
  const day = new Date(2026, 2, 4 + days);
  const civil = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}T09:00:00`;
  return zonedToInstant(civil, userZone())!.toISOString();
}

describe("acting on a reminder in one click", () => {
  it("marks it done: the backend hears it, the line goes and the badge counts one less", async () => {
    const { api, user } = await renderToday(options);
    expect(badge()).toHaveTextContent("2");

    await actOnLine(user, "follow_up:i42:c5", "reminder-done");

    expect(api.reminderDone).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5");
    await waitFor(() => expect(reminderIds()).toEqual(["custom:3:2026-03-04T09:00", "stay_in_touch:c5:2026-03-07"]));
    expect(badge()).toHaveTextContent("1");
  });

  it("dismisses it", async () => {
    const { api, user } = await renderToday(options);

    await actOnLine(user, "custom:3:2026-03-04T09:00", "reminder-dismiss");

    expect(api.dismissReminder).toHaveBeenCalledExactlyOnceWith("custom:3:2026-03-04T09:00");
    await waitFor(() => expect(reminderIds()).not.toContain("custom:3:2026-03-04T09:00"));
  });

  it("snoozes it until 09:00 tomorrow, or a week on", async () => {
    const { api, user } = await renderToday(options);

    await actOnLine(user, "follow_up:i42:c5", "snooze-day");

    expect(api.snoozeReminder).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5", nineOClock(1));
    await waitFor(() => expect(reminderIds()).not.toContain("follow_up:i42:c5"));

    await actOnLine(user, "custom:3:2026-03-04T09:00", "snooze-week");
    expect(api.snoozeReminder).toHaveBeenLastCalledWith("custom:3:2026-03-04T09:00", nineOClock(7));
  });

  it("snoozes it until 09:00 of a date picked, and refuses a day already past", async () => {
    const { api, user } = await renderToday(options);

    await actOnLine(user, "follow_up:i42:c5", "snooze-pick-date");
    const field = screen.getByTestId("snooze-date");
    await fireEvent.input(field, { target: { value: "2026-03-03" } });
    await user.click(screen.getByTestId("snooze-date-confirm"));

    expect(within(screen.getByTestId("line-menu")).getByRole("alert")).toHaveTextContent("Pick a day after today");
    expect(api.snoozeReminder).not.toHaveBeenCalled();

    await fireEvent.input(field, { target: { value: "2026-03-20" } });
    await user.click(screen.getByTestId("snooze-date-confirm"));

    expect(api.snoozeReminder).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5", nineOClock(16));
  });

  it("hides the line at once, before the backend answers", async () => {
    const { api, user } = await renderToday(options);
    // The backend answers (and records the reminder done) only when the test says so.
    const record = api.reminderDone.getMockImplementation() as (id: string) => Promise<void>;
    let answer: () => void = () => {};
    api.reminderDone.mockImplementationOnce((id: string) => new Promise<void>((resolve) => (answer = () => resolve(record(id)))));

    await actOnLine(user, "follow_up:i42:c5", "reminder-done");

    expect(reminderIds()).not.toContain("follow_up:i42:c5");
    expect(badge()).toHaveTextContent("1");
    answer();
    // Once the backend agrees, the view asks for everything again; the line stays gone.
    await waitFor(() => expect(api.dueReminders).toHaveBeenCalledTimes(2));
    expect(reminderIds()).not.toContain("follow_up:i42:c5");
  });

  it("brings the line back with the backend's message when the call fails", async () => {
    const { api, user } = await renderToday(options);
    api.reminderDone.mockRejectedValueOnce({ code: "storage", message: "The database is busy." });

    await actOnLine(user, "follow_up:i42:c5", "reminder-done");

    expect(await screen.findByRole("alert")).toHaveTextContent("The database is busy.");
    expect(reminderIds()).toContain("follow_up:i42:c5");
    expect(badge()).toHaveTextContent("2");
  });

  it("acts on the focused line with D, S and X", async () => {
    const { api, user } = await renderToday(options);

    lineOf("follow_up:i42:c5").focus();
    await user.keyboard("d");
    expect(api.reminderDone).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5");

    lineOf("custom:3:2026-03-04T09:00").focus();
    await user.keyboard("s");
    expect(screen.getByTestId("line-menu")).toBeInTheDocument();
    expect(screen.getByTestId("snooze-day")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("line-menu")).not.toBeInTheDocument();

    lineOf("custom:3:2026-03-04T09:00").focus();
    await user.keyboard("x");
    expect(api.dismissReminder).toHaveBeenCalledExactlyOnceWith("custom:3:2026-03-04T09:00");
  });
});

describe("taking an action back", () => {
  it("offers Undo after done; Undo brings the line back and the backend takes it back", async () => {
    const { api, user } = await renderToday(options);

    await actOnLine(user, "follow_up:i42:c5", "reminder-done");
    await waitFor(() => expect(reminderIds()).not.toContain("follow_up:i42:c5"));
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Done: Dr. Amara Okafor");

    await user.click(screen.getByTestId("undo-button"));

    expect(api.undoReminder).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5");
    await waitFor(() => expect(reminderIds()).toContain("follow_up:i42:c5"));
    expect(badge()).toHaveTextContent("2");
    expect(await screen.findByTestId("toast")).toHaveTextContent("Back on Today: Dr. Amara Okafor");
  });

  it("takes a dismissal or a snooze back with Ctrl+Z, once", async () => {
    const { api, user } = await renderToday(options);

    await actOnLine(user, "custom:3:2026-03-04T09:00", "reminder-dismiss");
    await waitFor(() => expect(reminderIds()).not.toContain("custom:3:2026-03-04T09:00"));
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Dismissed: Send the registry paper");
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(reminderIds()).toContain("custom:3:2026-03-04T09:00"));

    await actOnLine(user, "follow_up:i42:c5", "snooze-week");
    await waitFor(() => expect(reminderIds()).not.toContain("follow_up:i42:c5"));
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Snoozed until");
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(reminderIds()).toContain("follow_up:i42:c5"));
    await user.keyboard("{Control>}z{/Control}");
    expect(api.undoReminder.mock.calls).toEqual([["custom:3:2026-03-04T09:00"], ["follow_up:i42:c5"]]);
  });
});

describe("a line's menu", () => {
  it("is one button that opens a menu, moved through with the arrow keys; Escape gives focus back", async () => {
    const { api, user } = await renderToday(options);
    const trigger = within(lineOf("follow_up:i42:c5")).getByTestId("reminder-menu");
    expect(trigger).toHaveAttribute("aria-haspopup", "menu");
    expect(trigger).toHaveAttribute("aria-expanded", "false");

    trigger.focus();
    await user.keyboard("{ArrowDown}");
    const menu = screen.getByRole("menu");
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    const items = within(menu).getAllByRole("menuitem").map((item) => item.textContent?.replace(/[DSX]$/, ""));
    expect(items).toEqual(["Done", "Snooze a day", "Snooze a week", "Snooze until a date…", "Dismiss", "Open profile"]);
    expect(within(menu).getAllByRole("menuitem")[0]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(within(menu).getByText("Open profile")).toHaveFocus();
    await user.keyboard("{Home}{ArrowDown}");
    expect(screen.getByTestId("snooze-day")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.keyboard("{Enter}");
    await user.keyboard("{End}{ArrowUp}{Enter}");
    expect(api.dismissReminder).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5");
  });
});

describe("moving through the list with the keyboard", () => {
  it("is one Tab stop and its menu; Up and Down move from line to line, Enter runs the main action", async () => {
    const { api, user } = await renderToday(options);
    const lines = () => screen.getAllByTestId("reminder-line");
    // One line takes Tab, the first; the others wait for the arrow keys.
    // Dr. Okafor's follow-up and stay-in-touch share one line.
    expect(lines().map((line) => line.tabIndex)).toEqual([0, -1]);

    screen.getByTestId("new-reminder").focus();
    await user.tab();
    expect(lineOf("custom:3:2026-03-04T09:00")).toHaveFocus();
    await user.tab();
    expect(within(lineOf("custom:3:2026-03-04T09:00")).getByTestId("reminder-menu")).toHaveFocus();
    await user.tab({ shift: true });

    await user.keyboard("{ArrowDown}");
    expect(lineOf("follow_up:i42:c5")).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowUp}{ArrowDown}");
    expect(lineOf("follow_up:i42:c5")).toHaveFocus();
    expect(lines().map((line) => line.tabIndex)).toEqual([-1, 0]);

    // A reminder of the user's own with nobody to write to: Enter marks it done.
    await user.keyboard("{ArrowUp}{Enter}");
    expect(api.reminderDone).toHaveBeenCalledExactlyOnceWith("custom:3:2026-03-04T09:00");
    // The focus stays in the list, on the line that took its place.
    await waitFor(() => expect(lineOf("follow_up:i42:c5")).toHaveFocus());

    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("draft-dialog")).toBeInTheDocument();
    expect(api.composeMessage).toHaveBeenCalledWith(5, null, "follow_up:i42:c5");
  });
});

describe("drafting a message from a reminder", () => {
  it("opens the draft for that person and reminder; once sent, the reminder is done", async () => {
    const { api, user } = await renderToday(options);

    await user.click(within(lineOf("follow_up:i42:c5")).getByTestId("reminder-draft"));
    expect(await screen.findByTestId("draft-dialog")).toBeInTheDocument();
    expect(api.composeMessage).toHaveBeenCalledWith(5, null, "follow_up:i42:c5");

    await user.click(await screen.findByTestId("draft-sent"));

    await waitFor(() => expect(screen.queryByTestId("draft-dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(reminderIds()).not.toContain("follow_up:i42:c5"));
    expect(api.messageSent).toHaveBeenCalledWith(expect.objectContaining({ reminder_id: "follow_up:i42:c5" }));
    expect(api.reminderDone).not.toHaveBeenCalled();
  });
});

describe("a reminder of the user's own", () => {
  it("is written in the dialog, saved with its repeat rule, and listed", async () => {
    const { api, user } = await renderToday({ contacts: [okafor] });

    await user.click(screen.getByTestId("new-reminder"));
    const form = screen.getByTestId("custom-reminder-form");
    expect(within(form).getByLabelText("What")).toHaveFocus();
    await user.type(within(form).getByLabelText("What"), "Call about the registry");
    await user.type(within(form).getByLabelText("Note"), "Ask about the 2027 cohort");
    await user.selectOptions(within(form).getByLabelText("Repeat"), "weekly");
    await user.click(screen.getByTestId("custom-reminder-save"));

    expect(api.addCustomReminder).toHaveBeenCalledExactlyOnceWith({
      title: "Call about the registry",
      note: "Ask about the 2027 cohort",
      contact_id: null,
      event_id: null,
      at: "2026-03-05T09:00:00",
      time_zone: "",
      recurrence: "FREQ=WEEKLY",
    });
    await waitFor(() => expect(screen.queryByTestId("custom-reminder-form")).not.toBeInTheDocument());
    const week = await screen.findByTestId("today-section-week");
    expect(week).toHaveTextContent("Call about the registry");
    expect(week).toHaveTextContent("“Ask about the 2027 cohort”");
  });

  it("can be about a person, found by name, and then offers a draft to them", async () => {
    const { api, user } = await renderToday({ contacts: [okafor] });

    await user.click(screen.getByTestId("new-reminder"));
    const form = screen.getByTestId("custom-reminder-form");
    await user.type(within(form).getByLabelText("What"), "Send the renal denervation paper");
    await user.type(within(form).getByLabelText("About (optional)"), "okafor{Enter}");
    await waitFor(() => expect(within(form).getByTestId("custom-contact-chosen")).toHaveTextContent("Dr. Amara Okafor"));
    await user.click(screen.getByTestId("custom-reminder-save"));

    expect(api.addCustomReminder).toHaveBeenCalledWith(expect.objectContaining({ contact_id: 5 }));
    const line = await screen.findByText("Send the renal denervation paper");
    expect(within(line.closest("li")!).getByTestId("reminder-draft")).toBeInTheDocument();
  });

  it("keeps what was typed and says why when it cannot be saved", async () => {
    const { api, user } = await renderToday();
    api.addCustomReminder.mockRejectedValueOnce({ code: "invalid_input", message: "The repeat rule is too long" });

    await user.keyboard("n");
    await user.type(screen.getByLabelText("What"), "Renew the license");
    await user.click(screen.getByTestId("custom-reminder-save"));

    expect(await screen.findByTestId("custom-reminder-error")).toHaveTextContent("The repeat rule is too long");
    expect(screen.getByLabelText("What")).toHaveValue("Renew the license");
  });

  it("asks for a title before saving", async () => {
    const { api, user } = await renderToday();

    await user.click(screen.getByTestId("new-reminder"));
    await user.click(screen.getByTestId("custom-reminder-save"));

    expect(screen.getByTestId("custom-reminder-error")).toHaveTextContent("Say what to be reminded of.");
    expect(screen.getByLabelText("What")).toHaveFocus();
    expect(api.addCustomReminder).not.toHaveBeenCalled();
  });
});
