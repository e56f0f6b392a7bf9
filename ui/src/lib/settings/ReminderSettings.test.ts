import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, type FakeOptions } from "../../test/fakeApi";
import { defaultReminderSettings } from "../../test/fakeSettings";
import SettingsScreen from "./SettingsScreen.svelte";

async function openSettings(options: FakeOptions = {}) {
  const api = fakeApi(options);
  const user = userEvent.setup();
  render(SettingsScreen, { props: { api } });
  await user.click(await screen.findByRole("tab", { name: "Reminders" }));
  await screen.findByRole("form", { name: "Reminder settings" });
  return { api, user };
}

const kind = (label: string) => screen.getByRole("group", { name: label });

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe("reminder settings", () => {
  it("show every kind in plain words with Curbside's defaults", async () => {
    await openSettings();

    const deadlines = kind("Key dates");
    expect(within(deadlines).getByLabelText("Days (one or more)")).toHaveValue("14, 7, 1");
    expect(within(deadlines).getByLabelText("Days (one or more)")).toHaveAccessibleDescription("14, 7 and 1 days before the key date");
    expect(within(deadlines).getByLabelText("At")).toHaveValue("09:00");
    expect(within(kind("Follow up after a meeting or call")).getByLabelText("Days")).toHaveAccessibleDescription(
      "2 days after the meeting or call",
    );
    expect(within(kind("CME cycles ending short")).getByLabelText("Days (one or more)")).toHaveValue("90, 30, 7");
    expect(within(kind("Birthdays")).getByRole("checkbox", { name: "Birthdays" })).toBeChecked();
    expect(screen.getByLabelText("From")).toHaveValue("22:00");
    expect(screen.getByLabelText("until")).toHaveValue("07:00");
    for (const label of ["Stay in touch", "Follow up after an event", "Milestones", "Work anniversaries", "Credits to claim", "Your own reminders"]) {
      expect(kind(label)).toBeInTheDocument();
    }
  });

  it("save each edit as it is made, as one object tidied the way the backend stores them", async () => {
    const { api, user } = await openSettings();

    const followUp = kind("Follow up after a meeting or call");
    await retype(user, within(followUp).getByLabelText("Days"), "3");
    await retype(user, within(followUp).getByLabelText("At"), "18:30");
    await user.click(within(kind("Work anniversaries")).getByRole("checkbox", { name: "Work anniversaries" }));
    const deadlines = kind("Key dates");
    await retype(user, within(deadlines).getByLabelText("Days (one or more)"), "1 and 30, 7");
    await user.selectOptions(within(deadlines).getByLabelText("Quiet hours"), "own");
    await retype(user, within(deadlines).getByLabelText("Quiet from"), "20:00");
    await retype(user, within(deadlines).getByLabelText("until"), "06:00");
    await user.selectOptions(within(kind("Birthdays")).getByLabelText("Quiet hours"), "none");

    const expected = defaultReminderSettings();
    expected.follow_up = { ...expected.follow_up, lead_days: [3], time_of_day: "18:30:00" };
    expected.work_anniversary.enabled = false;
    // Saved when its field was left, the days came back tidied, and later saves send them so.
    expected.deadline = { ...expected.deadline, lead_days: [30, 7, 1], quiet_hours: { start: "20:00:00", end: "06:00:00" } };
    expected.birthday.quiet_hours = { start: "00:00:00", end: "00:00:00" };
    await waitFor(() => expect(api.saveReminderSettings).toHaveBeenLastCalledWith(expected));
    await waitFor(() => expect(within(kind("Key dates")).getByLabelText("Days (one or more)")).toHaveValue("30, 7, 1"));
    expect(screen.getByTestId("reminder-settings-section")).toHaveTextContent("Saved");
  });

  it("show the backend's refusal when a field is left and keep what was typed", async () => {
    const { api, user } = await openSettings();

    const cme = within(kind("CME cycles ending short")).getByLabelText("Days (one or more)");
    await retype(user, cme, "400, 30");
    await user.tab();

    await waitFor(() => expect(api.saveReminderSettings).toHaveBeenCalledOnce());
    expect(await screen.findByTestId("reminder-settings-error")).toHaveTextContent(
      "CME cycles ending short: a lead time is at most 365 days",
    );
    expect(cme).toHaveValue("400, 30");
  });

  it("say which kind cannot be read before asking the backend", async () => {
    const { api, user } = await openSettings();

    const birthdays = within(kind("Birthdays")).getByLabelText("Days");
    await retype(user, birthdays, "a week");
    expect(birthdays).toHaveAccessibleDescription("Whole days, like 2 (0 for on the day)");
    await user.tab();

    expect(await screen.findByTestId("field-error-kind-birthday-leads")).toHaveTextContent("Birthdays: write the lead time as a number of days");
    expect(birthdays).toHaveAttribute("aria-invalid", "true");
    expect(birthdays).toHaveAccessibleDescription(/Birthdays: write the lead time as a number of days/);
    await waitFor(() => expect(birthdays).toHaveFocus());
    expect(screen.getByTestId("reminder-settings-error-summary")).toHaveTextContent("One field needs your attention");
    expect(api.saveReminderSettings).not.toHaveBeenCalled();
  });

  it("put back Curbside's defaults on reset, saved at once", async () => {
    const stored = defaultReminderSettings();
    stored.deadline.lead_days = [3];
    stored.follow_up.enabled = false;
    const { api, user } = await openSettings({ reminderSettings: stored });
    expect(within(kind("Key dates")).getByLabelText("Days (one or more)")).toHaveValue("3");

    await user.click(screen.getByTestId("reminder-settings-reset"));
    expect(within(kind("Key dates")).getByLabelText("Days (one or more)")).toHaveValue("14, 7, 1");
    expect(within(kind("Follow up after a meeting or call")).getByRole("checkbox")).toBeChecked();

    await waitFor(() => expect(api.saveReminderSettings).toHaveBeenCalledExactlyOnceWith(defaultReminderSettings()));
    expect(await screen.findByTestId("reminder-settings-notice")).toHaveTextContent("Saved");
  });
});
