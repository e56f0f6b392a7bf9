import { cleanup, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, type FakeOptions } from "../../test/fakeApi";
import SettingsScreen from "./SettingsScreen.svelte";

/** Settings, showing part `part` (by its name in the list). */
async function openSettings(options: FakeOptions = {}, part = "Message templates") {
  const api = fakeApi(options);
  const user = userEvent.setup();
  render(SettingsScreen, { props: { api } });
  await user.click(screen.getByRole("tab", { name: part }));
  if (part === "Message templates") await screen.findByTestId("template-follow_up");
  return { api, user };
}

describe("the list of parts", () => {
  it("shows one part at a time, chosen from the list", async () => {
    const { user } = await openSettings({}, "Stay in touch");
    expect(screen.getByRole("tab", { name: "Stay in touch" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("cadences-section")).toBeInTheDocument();
    expect(screen.queryByTestId("templates-section")).not.toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Security" }));

    expect(await screen.findByTestId("security-section")).toBeInTheDocument();
    expect(screen.queryByTestId("cadences-section")).not.toBeInTheDocument();
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Security");
  });

  it("moves along the list with the arrow keys, Home and End", async () => {
    const { user } = await openSettings({}, "You");
    const names = screen.getAllByRole("tab").map((tab) => tab.textContent?.trim());
    expect(names).toEqual([
      "You",
      "Reminders",
      "Notifications & startup",
      "Appearance",
      "Language and region",
      "Message templates",
      "Stay in touch",
      "Sync",
      "Backups",
      "Security",
    ]);

    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("tab", { name: "Reminders" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Reminders" })).toHaveAttribute("tabindex", "0");
    expect(await screen.findByRole("form", { name: "Reminder settings" })).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Security" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("tab", { name: "You" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("tab", { name: "Security" })).toHaveFocus();
  });

  it("comes back to the part last shown", async () => {
    const first = await openSettings({}, "Backups");
    await first.user.click(screen.getByRole("tab", { name: "Appearance" }));
    await screen.findByTestId("appearance-section");
    cleanup();

    render(SettingsScreen, { props: { api: fakeApi() } });

    expect(screen.getByRole("tab", { name: "Appearance" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("appearance-section")).toBeInTheDocument();
  });
});

describe("starting at login", () => {
  it("shows whether Curbside starts at login and turns it on", async () => {
    const { api, user } = await openSettings({ autostart: false }, "Notifications & startup");
    const box = screen.getByRole("checkbox", { name: "Start Curbside when I log in" });
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
    expect(screen.getByTestId("startup-section")).toHaveTextContent("Closing the window keeps Curbside running in the tray");

    await user.click(box);

    expect(api.setAutostart).toHaveBeenCalledExactlyOnceWith(true);
    expect(box).toBeChecked();
  });

  it("goes back and says why when the system refuses", async () => {
    const { api, user } = await openSettings({ autostart: true }, "Notifications & startup");
    api.setAutostart.mockRejectedValueOnce({ code: "internal", message: "The login item could not be removed." });
    const box = screen.getByRole("checkbox", { name: "Start Curbside when I log in" });
    await waitFor(() => expect(box).toBeChecked());

    await user.click(box);

    expect(await screen.findByTestId("autostart-error")).toHaveTextContent("The login item could not be removed.");
    expect(box).toBeChecked();
  });
});

describe("message templates", () => {
  it("lists the placeholders with what fills them", async () => {
    await openSettings();
    const section = screen.getByTestId("templates-section");

    for (const name of ["{first_name}", "{salutation}", "{topic}", "{event}", "{milestone}", "{my_name}", "{my_first_name}"]) {
      expect(within(section).getByText(name)).toBeInTheDocument();
    }
    expect(section).toHaveTextContent("“Dr. Okafor” for a doctor, “Prof. Okafor” for a professor, otherwise their first name");
  });

  it("saves an edited template and marks it as the user's own", async () => {
    const { api, user } = await openSettings();

    await user.click(screen.getByTestId("template-congratulations"));
    const body = screen.getByTestId<HTMLTextAreaElement>("template-body");
    expect(body.value).toMatch(/^Dear \{salutation\},\n\nCongratulations on your \{milestone\}!/);
    await user.clear(body);
    await user.type(body, "Dear {{first_name},{Enter}{Enter}Wonderful news about {{milestone}!");
    expect(screen.getByTestId("template-congratulations")).toHaveTextContent("unsaved");
    await user.click(screen.getByTestId("template-save"));

    expect(api.saveMessageTemplate).toHaveBeenCalledExactlyOnceWith(
      "congratulations",
      "Congratulations!",
      "Dear {first_name},\n\nWonderful news about {milestone}!",
    );
    await waitFor(() => expect(screen.getByTestId("template-congratulations")).toHaveTextContent("edited"));
    expect(screen.getByTestId("template-save")).toBeDisabled();
  });

  it("shows the backend's refusal at the field it names, and an emptied subject before asking", async () => {
    const { api, user } = await openSettings();
    api.saveMessageTemplate.mockRejectedValueOnce({ code: "invalid_input", message: "The subject is too long", field: "subject" });

    await user.type(screen.getByTestId("template-subject"), " again");
    await user.click(screen.getByTestId("template-save"));
    expect(await screen.findByTestId("field-error-template-follow_up-subject")).toHaveTextContent("The subject is too long");
    await waitFor(() => expect(screen.getByTestId("template-subject")).toHaveFocus());

    await user.clear(screen.getByTestId("template-subject"));
    await user.clear(screen.getByTestId("template-body"));
    await user.click(screen.getByTestId("template-save"));
    expect(await screen.findByTestId("field-error-template-follow_up-subject")).toHaveTextContent("The subject is empty: write one");
    expect(screen.getByTestId("field-error-template-follow_up-body")).toHaveTextContent("The message is empty: write one");
    expect(api.saveMessageTemplate).toHaveBeenCalledOnce();
  });

  it("keeps unsaved edits while looking at another template", async () => {
    const { user } = await openSettings();

    await user.type(screen.getByTestId("template-subject"), " again");
    await user.click(screen.getByTestId("template-birthday"));
    expect(screen.getByTestId("template-subject")).toHaveValue("Happy birthday!");
    await user.click(screen.getByTestId("template-follow_up"));

    expect(screen.getByTestId("template-subject")).toHaveValue("Following up on our conversation again");
  });

  it("marks an unknown placeholder at its field before asking the backend", async () => {
    const { api, user } = await openSettings();

    await user.type(screen.getByTestId("template-body"), "{Enter}{{signature}");
    await user.click(screen.getByTestId("template-save"));

    expect(await screen.findByTestId("field-error-template-follow_up-body")).toHaveTextContent("{signature} is not a placeholder Curbside knows");
    expect(screen.getByTestId("template-body")).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(screen.getByTestId("template-body")).toHaveFocus());
    expect(api.saveMessageTemplate).not.toHaveBeenCalled();
    expect(screen.getByTestId<HTMLTextAreaElement>("template-body").value).toMatch(/Best wishes,\n\{my_name\}\n\{signature\}$/);
    expect(screen.getByTestId("template-follow_up")).toHaveTextContent("unsaved");
  });

  it("puts an edited template back to Curbside's wording", async () => {
    const { api, user } = await openSettings({
      templates: [
        { kind: "follow_up", name: "Follow-up after a meeting", subject: "Hi", body: "Hi {first_name}", edited: true },
        { kind: "birthday", name: "Birthday", subject: "Happy birthday", body: "Happy birthday!", edited: false },
      ],
    });
    expect(screen.getByTestId("template-follow_up")).toHaveTextContent("edited");
    expect(screen.getByTestId("template-subject")).toHaveValue("Hi");

    await user.click(screen.getByTestId("template-reset"));

    expect(api.resetMessageTemplate).toHaveBeenCalledExactlyOnceWith("follow_up");
    await waitFor(() => expect(screen.getByTestId("template-subject")).toHaveValue("Following up on our conversation"));
    expect(screen.getByTestId("template-follow_up")).not.toHaveTextContent("edited");
    expect(screen.queryByTestId("template-reset")).not.toBeInTheDocument();
  });
});

describe("stay-in-touch cadences", () => {
  const lines = () => screen.queryAllByTestId("cadence-rule").map((line) => line.querySelector("span")?.textContent);

  it("lists the cadences set on relationships and tags, and counts people's own", async () => {
    await openSettings({
      cadences: [
        { target: { contact: 4 }, every: { days: 14 } },
        { target: { contact: 5 }, every: { days: 30 } },
        { target: { relationship: "mentor" }, every: { days: 90 } },
        { target: { tag: "ESC 2026" }, every: { days: 14 } },
      ],
    }, "Stay in touch");

    await waitFor(() => expect(lines()).toEqual(["Your mentors · every 3 months", "Tagged “ESC 2026” · every 2 weeks"]));
    expect(screen.getByTestId("own-cadences")).toHaveTextContent("2 people have a cadence of their own");
  });

  it("adds a cadence for a tag in weeks", async () => {
    const { api, user } = await openSettings({}, "Stay in touch");
    const form = screen.getByTestId("cadence-form");

    await user.type(within(form).getByLabelText("Tag"), "registry");
    await user.clear(within(form).getByLabelText("Every"));
    await user.type(within(form).getByLabelText("Every"), "2");
    await user.selectOptions(within(form).getByLabelText("Unit"), "weeks");
    await user.click(screen.getByTestId("cadence-add"));

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ tag: "registry" }, 14);
    await waitFor(() => expect(lines()).toEqual(["Tagged “registry” · every 2 weeks"]));
  });

  it("adds a cadence for a relationship in months of 30 days", async () => {
    const { api, user } = await openSettings({}, "Stay in touch");
    const form = screen.getByTestId("cadence-form");

    await user.selectOptions(within(form).getByLabelText("For"), "Your referral partners");
    expect(within(form).queryByLabelText("Tag")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("cadence-add"));

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ relationship: "referral_partner" }, 90);
    await waitFor(() => expect(lines()).toEqual(["Your referral partners · every 3 months"]));
  });

  it("asks for the tag before adding", async () => {
    const { api, user } = await openSettings({}, "Stay in touch");

    await user.click(screen.getByTestId("cadence-add"));

    expect(await screen.findByTestId("field-error-cadence-tag")).toHaveTextContent("Name the tag");
    await waitFor(() => expect(screen.getByLabelText("Tag")).toHaveFocus());
    expect(api.setCadence).not.toHaveBeenCalled();
  });

  it("marks the tag and how often at once, and each clears as it is fixed", async () => {
    const { api, user } = await openSettings({}, "Stay in touch");
    const count = screen.getByLabelText("Every");

    await user.clear(count);
    await user.type(count, "0");
    await user.click(screen.getByTestId("cadence-add"));

    expect(await screen.findByTestId("field-error-cadence-tag")).toHaveTextContent("Name the tag the cadence is for.");
    expect(screen.getByTestId("field-error-cadence-count")).toHaveTextContent("Write how often as a whole number, like 3.");
    expect(count).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("cadence-form-error-summary")).toHaveTextContent("2 fields need your attention");
    await user.clear(count);
    await user.type(count, "2");
    expect(screen.queryByTestId("field-error-cadence-count")).not.toBeInTheDocument();
    expect(screen.getByTestId("field-error-cadence-tag")).toBeInTheDocument();
    expect(api.setCadence).not.toHaveBeenCalled();
  });

  it("removes a cadence by clearing it", async () => {
    const { api, user } = await openSettings({ cadences: [{ target: { relationship: "mentor" }, every: { days: 90 } }] }, "Stay in touch");

    await user.click(await screen.findByRole("button", { name: "Remove the cadence for Your mentors" }));

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ relationship: "mentor" }, null);
    await waitFor(() => expect(lines()).toEqual([]));
    expect(screen.getByTestId("cadences-section")).toHaveTextContent("No cadences on tags or relationships yet.");
  });
});

describe("the name drafts are signed with", () => {
  it("shows the stored name and saves a new one", async () => {
    const { api, user } = await openSettings({ myName: "Dr. Maria Schmidt" });
    const field = screen.getByTestId("my-name");
    await waitFor(() => expect(field).toHaveValue("Dr. Maria Schmidt"));

    await user.clear(field);
    await user.type(field, "Maria Schmidt, MD");
    await user.click(screen.getByRole("button", { name: "Save name" }));

    expect(api.setMyName).toHaveBeenCalledExactlyOnceWith("Maria Schmidt, MD");
    expect(await within(screen.getByTestId("signature-form")).findByRole("status")).toHaveTextContent("Saved");
    expect(await api.myName()).toBe("Maria Schmidt, MD");
  });

  it("says why a name was refused and keeps it in the field", async () => {
    const { api, user } = await openSettings();
    api.setMyName.mockRejectedValueOnce({ code: "invalid_input", message: "Your name is too long: 201 characters, the limit is 200" });
    const field = screen.getByTestId("my-name");
    await waitFor(() => expect(field).toBeEnabled());

    await user.type(field, "Maria");
    await user.click(screen.getByRole("button", { name: "Save name" }));

    expect(await screen.findByTestId("my-name-error")).toHaveTextContent("the limit is 200");
    expect(field).toHaveValue("Maria");
  });
});
