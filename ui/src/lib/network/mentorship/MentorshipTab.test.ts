import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, makeContact } from "../../../test/fakeApi";
import { ApiError } from "../../api";
import { makeMentorship } from "../../../test/fakeMentorship";
import MentorshipTab from "./MentorshipTab.svelte";

afterEach(() => cleanup());

const ben = makeContact({ id: 1, display_name: "Ben Okafor" });
const ana = makeContact({ id: 2, display_name: "Ana Berg" });

function open(options: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ contacts: [ben, ana], ...options });
  const say = vi.fn();
  const onOpenContact = vi.fn();
  render(MentorshipTab, { api, say, onOpenContact });
  return { api, say, onOpenContact };
}

describe("the Mentorship tab", () => {
  it("adds a mentee picked by name with the cadence typed in weeks", async () => {
    const { api } = open();
    const user = userEvent.setup();
    const form = screen.getByTestId("mentorship-form");
    await user.type(within(form).getByLabelText("Mentor or mentee"), "ben");
    await user.click(await within(form).findByRole("button", { name: "Ben Okafor" }));
    const every = within(form).getByLabelText("Meet every (weeks)");
    await user.clear(every);
    await user.type(every, "6");
    await user.click(within(form).getByTestId("mentorship-add"));

    await waitFor(() =>
      expect(api.addMentorship).toHaveBeenCalledExactlyOnceWith({ contact_id: 1, role: "mentee", every_weeks: 6, started_on: null, notes: "" }),
    );
    expect(await screen.findByTestId("mentorship-cadence")).toHaveTextContent("Meet every 6 weeks");
  });

  it("shows mentors and mentees apart, with the next meeting", async () => {
    open({
      mentorships: [
        makeMentorship({ id: 10, contact_id: 2, contact_name: "Ana Berg", role: "mentor", every_weeks: 4, started_on: "2026-01-01" }),
        makeMentorship({ id: 11, contact_id: 1, contact_name: "Ben Okafor", role: "mentee" }),
      ],
    });
    const mentors = await screen.findByRole("region", { name: "Your mentors" });
    expect(within(mentors).getByText("Ana Berg")).toBeInTheDocument();
    expect(within(mentors).getByTestId("mentorship-cadence")).toHaveTextContent("Meet every 4 weeks · next by Jan 29, 2026");
    const mentees = screen.getByRole("region", { name: "Your mentees" });
    expect(within(mentees).getByText("Ben Okafor")).toBeInTheDocument();
    expect(within(mentees).getByTestId("mentorship-cadence")).toHaveTextContent("No meeting cadence");
  });

  it("adds a goal and logs a meeting with an action item to tick off", async () => {
    const { api } = open({
      mentorships: [makeMentorship({ id: 11, contact_id: 1, contact_name: "Ben Okafor", role: "mentee", every_weeks: 2 })],
    });
    const card = await screen.findByTestId("mentorship-11");
    await fireEvent.input(within(card).getByTestId("mentorship-goal-text"), { target: { value: "Match in cardiology" } });
    await fireEvent.click(within(card).getByTestId("mentorship-goal-add"));
    await waitFor(() => expect(within(screen.getByTestId("mentorship-11")).getByText("Match in cardiology")).toBeInTheDocument());
    expect(api.addGoal).toHaveBeenCalledWith(11, { text: "Match in cardiology", target_on: null, done: false });

    await fireEvent.click(within(screen.getByTestId("mentorship-11")).getByTestId("mentorship-log-meeting"));
    const form = screen.getByTestId("mentorship-meeting-form");
    await fireEvent.input(within(form).getByTestId("mentorship-meeting-notes"), { target: { value: "Personal statement" } });
    await fireEvent.input(within(form).getByTestId("mentorship-meeting-actions"), { target: { value: "Send comments\n\n" } });
    await fireEvent.click(within(form).getByTestId("mentorship-meeting-save"));
    const action = await screen.findByTestId("mentorship-action");
    expect(action).toHaveTextContent("Send comments");
    expect(api.logMeeting).toHaveBeenCalledWith(11, expect.objectContaining({ notes: "Personal statement", actions: ["Send comments"] }));

    await fireEvent.click(within(action).getByRole("checkbox"));
    await waitFor(() => expect(within(screen.getByTestId("mentorship-action")).getByRole("checkbox")).toBeChecked());
  });

  it("moves a letter request on by its status and filters by its program", async () => {
    const { api } = open({
      letters: [
        {
          id: 30,
          contact_id: 2,
          contact_name: "Ana Berg",
          writer: "them",
          program: "fellowship",
          program_name: "Cardiology fellowship, Mass General",
          deadline: "2026-09-01",
          decision_on: null,
          status: "to_ask",
          submitted_on: null,
          outcome: "pending",
          notes: "",
        },
      ],
    });
    const row = await screen.findByTestId("letter-30");
    await fireEvent.change(within(row).getByTestId("letter-status"), { target: { value: "asked" } });
    expect(api.setLetterStatus).toHaveBeenCalledWith(30, "asked");
    await waitFor(() => expect(within(screen.getByTestId("letter-30")).getByTestId("letter-status")).toHaveValue("asked"));

    await fireEvent.input(screen.getByLabelText("Filter"), { target: { value: "grant" } });
    expect(screen.queryByTestId("letter-30")).toBeNull();
    await fireEvent.input(screen.getByLabelText("Filter"), { target: { value: "mass general" } });
    expect(screen.getByTestId("letter-30")).toBeInTheDocument();
  });

  it("says why a mentor cannot be added twice", async () => {
    const { say } = open({
      mentorships: [makeMentorship({ id: 10, contact_id: 2, contact_name: "Ana Berg", role: "mentor" })],
    });
    await screen.findByTestId("mentorship-10");
    await fireEvent.input(screen.getByLabelText("Mentor or mentee"), { target: { value: "Ana" } });
    const form = screen.getByTestId("mentorship-form");
    await fireEvent.click(await within(form).findByRole("button", { name: "Ana Berg" }));
    await fireEvent.change(screen.getByTestId("mentorship-role"), { target: { value: "mentor" } });
    await fireEvent.click(screen.getByTestId("mentorship-add"));
    await waitFor(() => expect(say).toHaveBeenCalledWith("Ana Berg is already your mentor", "error"));
  });

  it("marks a mentorship with no one picked and a cadence out of range at their fields, and adds nothing", async () => {
    const { api } = open();
    const user = userEvent.setup();
    const form = screen.getByTestId("mentorship-form");
    const every = within(form).getByLabelText("Meet every (weeks)");
    await user.clear(every);
    await user.type(every, "200");
    await user.click(within(form).getByTestId("mentorship-add"));

    const who = within(form).getByLabelText("Mentor or mentee");
    await waitFor(() => expect(who).toHaveFocus());
    expect(who).toHaveAttribute("aria-invalid", "true");
    expect(who).toHaveAccessibleDescription("Pick the mentor or mentee.");
    expect(every).toHaveAttribute("aria-invalid", "true");
    expect(every).toHaveAccessibleDescription("Meet every 1 to 104 weeks, or leave it empty.");
    expect(screen.getByTestId("mentorship-form-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(api.addMentorship).not.toHaveBeenCalled();

    await user.clear(every);
    await user.type(every, "8");
    await waitFor(() => expect(every).not.toHaveAttribute("aria-invalid"));
  });

  it("puts the core's refusal of the role at the role", async () => {
    const { api, say } = open();
    api.addMentorship.mockRejectedValueOnce(new ApiError("invalid_input", "Ben Okafor is already your mentee", "role"));
    const user = userEvent.setup();
    const form = screen.getByTestId("mentorship-form");
    await user.type(within(form).getByLabelText("Mentor or mentee"), "ben");
    await user.click(await within(form).findByRole("button", { name: "Ben Okafor" }));
    await user.click(within(form).getByTestId("mentorship-add"));

    const role = within(form).getByLabelText("They are");
    await waitFor(() => expect(role).toHaveFocus());
    expect(role).toHaveAccessibleDescription("Ben Okafor is already your mentee");
    expect(say).not.toHaveBeenCalledWith(expect.anything(), "error");
  });

  it("marks an empty goal and a meeting dated in the future at their fields, and saves neither", async () => {
    const { api } = open({
      mentorships: [makeMentorship({ id: 11, contact_id: 1, contact_name: "Ben Okafor", role: "mentee", every_weeks: 2 })],
    });
    const user = userEvent.setup();
    const card = await screen.findByTestId("mentorship-11");
    await user.click(within(card).getByTestId("mentorship-goal-add"));
    const goal = within(card).getByTestId("mentorship-goal-text");
    await waitFor(() => expect(goal).toHaveFocus());
    expect(goal).toHaveAccessibleDescription("Say what the goal is.");
    expect(api.addGoal).not.toHaveBeenCalled();
    await user.type(goal, "Match");
    await waitFor(() => expect(goal).not.toHaveAttribute("aria-invalid"));

    await user.click(within(card).getByTestId("mentorship-log-meeting"));
    const meeting = screen.getByTestId("mentorship-meeting-form");
    const heldOn = within(meeting).getByLabelText("Held on");
    await fireEvent.input(heldOn, { target: { value: "2999-01-01" } });
    await user.click(within(meeting).getByTestId("mentorship-meeting-save"));
    await waitFor(() => expect(heldOn).toHaveFocus());
    expect(heldOn).toHaveAttribute("aria-invalid", "true");
    expect(heldOn).toHaveAccessibleDescription("That day is still to come: log a meeting once it was held.");
    expect(screen.getByTestId("mentorship-meeting-error-summary")).toHaveTextContent("One field needs your attention");
    expect(api.logMeeting).not.toHaveBeenCalled();
  });

  it("marks a letter request's missing person, program and deadline at once, and adds nothing", async () => {
    const { api } = open();
    const user = userEvent.setup();
    const form = screen.getByTestId("letter-form");
    await user.click(within(form).getByTestId("letter-add"));

    const who = within(form).getByLabelText("Who");
    await waitFor(() => expect(who).toHaveFocus());
    expect(who).toHaveAccessibleDescription("Pick who the letter is from or for.");
    expect(within(form).getByTestId("letter-name")).toHaveAccessibleDescription("Name the program.");
    expect(within(form).getByTestId("letter-deadline")).toHaveAccessibleDescription("Give the deadline.");
    expect(screen.getByTestId("letter-form-error-summary")).toHaveTextContent("3 fields need your attention");
    expect(api.addLetterRequest).not.toHaveBeenCalled();
  });
});
