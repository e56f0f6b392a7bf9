import { cleanup, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, type FakeOptions } from "../../../test/fakeApi";
import ConferenceSection from "./ConferenceSection.svelte";

const radar: FakeOptions["radar"] = {
  event_id: 7,
  title: "AHA 2026",
  city: "Boston",
  dates: "7–10 November 2026",
  people: [
    {
      contact_id: 3,
      display_name: "Grace Liu",
      profile_line: "MD · Cardiology",
      reasons: [{ kind: "works_there", text: "Works at Massachusetts General Hospital, Boston" }],
      planned: false,
      met: false,
      last_interaction_at: null,
    },
    {
      contact_id: 4,
      display_name: "Ana Souza",
      profile_line: "",
      reasons: [{ kind: "lives_there", text: "Has an address in Boston" }],
      planned: true,
      met: false,
      last_interaction_at: null,
    },
  ],
};

afterEach(cleanup);

function open(options: FakeOptions = {}) {
  const api = fakeApi({ radar, known: [{ contact_id: 9, display_name: "Dr. Anna Berg", institution: "Karolinska" }], ...options });
  const onChanged = vi.fn();
  const say = vi.fn();
  const user = userEvent.setup();
  render(ConferenceSection, { props: { api, eventId: 7, onChanged, say } });
  return { api, user, onChanged, say };
}

describe("conference mode on an event", () => {
  it("shows the trip radar with why, marks the planned, and adds someone to meet with the coffee draft", async () => {
    const { api, user, onChanged } = open();
    await user.click(screen.getByTestId("conference-radar"));
    const rows = await screen.findAllByTestId("radar-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Works at Massachusetts General Hospital, Boston");
    expect(within(rows[1]).getByTestId("radar-planned")).toBeInTheDocument();
    expect(screen.getByTestId("radar-panel")).toHaveTextContent("In Boston, 7–10 November 2026");

    await user.click(within(rows[0]).getByTestId("radar-plan"));
    expect(api.conferencePlanToMeet).toHaveBeenCalledExactlyOnceWith(7, 3);
    expect(await screen.findByTestId("conference-draft-body")).toHaveTextContent("I'll be in Boston for AHA 2026");
    await waitFor(() => expect(within(screen.getAllByTestId("radar-row")[0]).getByTestId("radar-planned")).toBeInTheDocument());
    expect(onChanged).toHaveBeenCalled();
  });

  it("captures people met by keyboard alone, matching an existing contact, and works through them after", async () => {
    const { api, user } = open();
    await user.click(screen.getByTestId("conference-capture"));
    const name = screen.getByTestId("capture-name");
    await waitFor(() => expect(name).toHaveFocus());

    await user.type(name, "anna berg");
    await waitFor(() => expect(screen.getByTestId("capture-match")).toHaveTextContent("Will be Dr. Anna Berg (Karolinska)"));
    await user.type(screen.getByTestId("capture-note"), "her amyloidosis registry{Enter}");
    await waitFor(() => expect(screen.getAllByTestId("captured-row")).toHaveLength(1));
    expect(api.conferenceCapture).toHaveBeenLastCalledWith(7, {
      name: "anna berg",
      from: "",
      note: "her amyloidosis registry",
      contact_id: 9,
      create_new: false,
    });
    expect(name).toHaveFocus();
    expect(name).toHaveValue("");

    await user.type(name, "Rui Costa");
    await user.type(screen.getByTestId("capture-from"), "Lisbon");
    await user.type(screen.getByTestId("capture-note"), "remote monitoring grant{Enter}");
    await waitFor(() => expect(screen.getAllByTestId("captured-row")).toHaveLength(2));
    expect(screen.getAllByTestId("captured-row")[0]).toHaveTextContent("Rui Costa (new)");

    await user.click(screen.getByTestId("conference-after"));
    const after = await screen.findAllByTestId("after-row");
    expect(after).toHaveLength(2);
    expect(after[0]).toHaveTextContent("her amyloidosis registry at AHA 2026");
    expect(after[1]).toHaveTextContent("remote monitoring grant");
    await user.click(within(after[0]).getByTestId("after-mark-sent"));
    expect(api.messageSent).toHaveBeenCalledWith(expect.objectContaining({ contact_id: 9, template: "follow_up" }));
  });

  it("briefs on a mentee with their open goals by date and the action items to follow up", async () => {
    const mentee = {
      contact_id: 4,
      display_name: "Dr. Sam Rivera",
      profile_line: "MD · Cardiology",
      goal: "",
      last_interactions: [],
      shared_topics: ["Cardiology"],
      to_ask: [
        "Ask about their goal as your mentee: Submit the K23, by 2026-12-01",
        "Follow up on an action item from your meeting on 2026-09-15: Draft the specific aims",
      ],
    };
    const { api, user } = open({ briefs: [mentee] });
    await user.click(screen.getByTestId("conference-brief"));
    const brief = await screen.findByTestId("brief");
    expect(api.conferenceBrief).toHaveBeenCalledWith(7, null);
    const asks = within(brief)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(asks).toEqual(mentee.to_ask);
    expect(brief).toHaveTextContent("To ask");
  });

  it("asks for a name before saving a capture", async () => {
    const { api, user } = open();
    await user.click(screen.getByTestId("conference-capture"));
    await user.type(screen.getByTestId("capture-note"), "nice chat{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Write the name of the person you met.");
    expect(api.conferenceCapture).not.toHaveBeenCalled();
  });
});
