import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact, type FakeOptions } from "../../test/fakeApi";
import { openProfile } from "../../test/renderMain";
import type { Milestone } from "../bindings/Milestone";
import { formatDay, today } from "../calendar/time";

const amara = makeContact({
  id: 1,
  display_name: "Amara Okafor",
  name: { prefix: "", given: "Amara", middle: "", family: "Okafor", suffix: "" },
  credentials: "MD",
  emails: ["amara@example.org"],
  tags: ["ESC 2026"],
});
const ben = makeContact({ id: 2, display_name: "Ben Carter" });

const milestone = (fields: Partial<Milestone> & Pick<Milestone, "id" | "kind" | "on">): Milestone => ({
  contact_id: 1,
  note: "",
  source: "user",
  recorded_at: "2026-01-10T09:00:00Z",
  ...fields,
});

const open = (options: FakeOptions = {}) => openProfile("Amara Okafor", { contacts: [amara, ben], ...options });

const milestoneLines = () => screen.queryAllByTestId("milestone").map((line) => line.querySelector("span")?.textContent);

describe("milestones on the profile", () => {
  it("lists the contact's milestones newest first, saying which an import found", async () => {
    await open({
      milestones: [
        milestone({ id: 1, kind: "published_paper", on: "2025-05-02", note: "NEJM registry paper" }),
        milestone({ id: 2, kind: "new_job", on: "2026-01-10", note: "Now Chief of Cardiology at Charité", source: "import" }),
        milestone({ id: 3, kind: "award", on: "2026-02-01", contact_id: 2 }),
      ],
    });

    await waitFor(() =>
      expect(milestoneLines()).toEqual([
        `New job · ${formatDay("2026-01-10")} · Now Chief of Cardiology at Charité · from import`,
        `Published a paper · ${formatDay("2025-05-02")} · NEJM registry paper`,
      ]),
    );
  });

  it("records a milestone dated today unless told otherwise", async () => {
    const { api, user } = await open();

    await user.click(screen.getByTestId("add-milestone"));
    const form = screen.getByTestId("milestone-form");
    const kind = within(form).getByRole("combobox", { name: "Milestone" });
    expect(kind).toHaveFocus();
    expect(within(form).getByLabelText("When")).toHaveValue(today());
    await user.selectOptions(kind, "Academic promotion");
    await user.type(within(form).getByLabelText("Note"), "Associate professor{Enter}");

    expect(api.addMilestone).toHaveBeenCalledExactlyOnceWith({
      contact_id: 1,
      kind: "academic_promotion",
      on: today(),
      note: "Associate professor",
    });
    await waitFor(() => expect(milestoneLines()).toEqual([`Academic promotion · ${formatDay(today())} · Associate professor`]));
    expect(screen.queryByTestId("milestone-form")).not.toBeInTheDocument();
  });

  it("removes a milestone", async () => {
    const { api, user } = await open({ milestones: [milestone({ id: 7, kind: "grant", on: "2026-02-01" })] });

    await user.click(await screen.findByRole("button", { name: "Remove milestone: Grant" }));

    expect(api.deleteMilestone).toHaveBeenCalledExactlyOnceWith(7);
    await waitFor(() => expect(milestoneLines()).toEqual([]));
    expect(screen.getByTestId("milestones-section")).toHaveTextContent("No milestones yet");
  });

  it("shows the backend's refusal in the form and keeps what was typed", async () => {
    const { api, user } = await open();
    api.addMilestone.mockRejectedValueOnce({ code: "invalid_input", message: "Dates must be between the years 1000 and 9000" });

    await user.click(screen.getByTestId("add-milestone"));
    await user.type(screen.getByLabelText("Note"), "Chair");
    await user.click(screen.getByTestId("save-milestone"));

    expect(await screen.findByTestId("milestone-error")).toHaveTextContent("between the years 1000 and 9000");
    expect(screen.getByLabelText("Note")).toHaveValue("Chair");
  });
});

describe("staying in touch from the profile", () => {
  it("sets a preset cadence in days and says how often", async () => {
    const { api, user } = await open();

    await user.selectOptions(screen.getByTestId("cadence-choice"), "Every 3 months");

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ contact: 1 }, 90);
    await waitFor(() => expect(screen.getByTestId("cadence-hint")).toHaveTextContent("90 days (every 3 months)"));
    expect(screen.getByRole("status")).toHaveTextContent("Saved");
  });

  it("shows the contact's own cadence, and a custom number of days", async () => {
    const { api, user } = await open({ cadences: [{ target: { contact: 1 }, every: { days: 45 } }] });

    await waitFor(() => expect(screen.getByTestId("cadence-choice")).toHaveValue("custom"));
    const days = screen.getByTestId("cadence-days");
    expect(days).toHaveValue("45");
    await user.clear(days);
    await user.type(days, "21{Enter}");

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ contact: 1 }, 21);
    await waitFor(() => expect(screen.getByTestId("cadence-hint")).toHaveTextContent("(every 3 weeks)"));
  });

  it("clears the contact's own cadence and falls back on what their tags say", async () => {
    const { api, user } = await open({
      cadences: [
        { target: { contact: 1 }, every: { days: 14 } },
        { target: { tag: "ESC 2026" }, every: { days: 180 } },
      ],
    });
    await waitFor(() => expect(screen.getByTestId("cadence-choice")).toHaveValue("14"));

    await user.selectOptions(screen.getByTestId("cadence-choice"), "none");

    expect(api.setCadence).toHaveBeenCalledExactlyOnceWith({ contact: 1 }, null);
    await waitFor(() =>
      expect(screen.getByTestId("cadence-hint")).toHaveTextContent("Without a cadence of their own: every 6 months, as for the tag “ESC 2026”."),
    );
  });

  it("says what a tag gives them as the reminder engine reads it, in any case", async () => {
    const { api } = await open({ cadences: [{ target: { tag: "esc 2026" }, every: { days: 90 } }] });

    await waitFor(() =>
      expect(screen.getByTestId("cadence-hint")).toHaveTextContent("Without a cadence of their own: every 3 months, as for the tag “esc 2026”."),
    );
    expect(api.cadenceOf).toHaveBeenCalledWith(1);
    expect(screen.getByTestId("cadence-choice")).toHaveValue("none");
    expect(screen.getByRole("option", { name: "As their tags and relationships say" })).toBeInTheDocument();
  });

  it("asks again when what they are to you changes", async () => {
    const { user } = await open({ cadences: [{ target: { relationship: "mentor" }, every: { days: 90 } }] });
    await waitFor(() => expect(screen.getByTestId("cadence-hint")).toHaveTextContent("No stay-in-touch reminders for them."));

    await user.click(screen.getByTestId("add-relationship"));
    await user.click(screen.getByTestId("save-relationship"));

    await waitFor(() =>
      expect(screen.getByTestId("cadence-hint")).toHaveTextContent("Without a cadence of their own: every 3 months, as for your mentors."),
    );
  });

  it("refuses a custom cadence that is not a number without calling the backend", async () => {
    const { api, user } = await open();

    await user.selectOptions(screen.getByTestId("cadence-choice"), "custom");
    await user.type(screen.getByTestId("cadence-days"), "often");
    await user.click(screen.getByTestId("cadence-set"));

    expect(screen.getByTestId("cadence-error")).toHaveTextContent("Write how often as a whole number");
    expect(api.setCadence).not.toHaveBeenCalled();
  });

  it("puts the menu back and says why when the backend refuses", async () => {
    const { api, user } = await open();
    api.setCadence.mockRejectedValueOnce({ code: "storage", message: "The database could not be written." });

    await user.selectOptions(screen.getByTestId("cadence-choice"), "Every year");

    expect(await screen.findByTestId("cadence-error")).toHaveTextContent("The database could not be written.");
    expect(screen.getByTestId("cadence-choice")).toHaveValue("none");
  });
});

describe("drafting a message from the profile", () => {
  it("opens a follow-up draft and logs the message on the timeline when sent", async () => {
    const { api, user } = await open();

    await user.click(screen.getByTestId("draft-message"));
    const dialog = await screen.findByTestId("draft-dialog");
    await waitFor(() => expect(within(dialog).getByTestId("draft-subject")).toHaveValue("Following up on our conversation"));
    await user.click(within(dialog).getByTestId("draft-sent"));

    expect(api.messageSent).toHaveBeenCalledExactlyOnceWith({
      contact_id: 1,
      template: "follow_up",
      subject: "Following up on our conversation",
      reminder_id: null,
    });
    await waitFor(() => expect(screen.queryByTestId("draft-dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(api.contactProfile).toHaveBeenCalledTimes(2));
  });

  it("closes the draft on Escape without logging anything", async () => {
    const { api, user } = await open();

    await user.click(screen.getByTestId("draft-message"));
    await screen.findByTestId("draft-subject");
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("draft-dialog")).not.toBeInTheDocument();
    expect(api.messageSent).not.toHaveBeenCalled();
  });
});
