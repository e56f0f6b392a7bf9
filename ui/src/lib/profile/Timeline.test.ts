import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain } from "../../test/renderMain";
import type { Interaction } from "../bindings/Interaction";

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000 - 60_000).toISOString();

const amara = makeContact({ id: 1, display_name: "Amara Okafor", last_interaction_at: daysAgo(3) });
const sam = makeContact({ id: 2, display_name: "Sam Lee", last_interaction_at: daysAgo(3) });

const older: Interaction = {
  id: 1,
  kind: "email",
  occurred_at: daysAgo(40),
  time_zone: "",
  topic: "",
  note: "Sent the registry protocol",
  contact_ids: [1],
  event_id: null,
};
const newer: Interaction = {
  id: 2,
  kind: "meeting",
  occurred_at: daysAgo(3),
  time_zone: "Europe/Berlin",
  topic: "",
  note: "Wants to join the journal club",
  contact_ids: [1, 2],
  event_id: 7,
};

async function openAmara() {
  const rendered = await renderMain({ contacts: [amara, sam], interactions: [older, newer] });
  await rendered.user.click(screen.getAllByTestId("contact-row")[0]);
  await screen.findByTestId("contact-detail");
  return rendered;
}

const items = () => within(screen.getByTestId("timeline")).getAllByTestId("timeline-item");

describe("correcting the timeline", () => {
  it("edits an entry in place, keeping its time, people and event, and shows the new topic", async () => {
    const { api, user } = await openAmara();

    await user.click(within(items()[0]).getByRole("button", { name: /^Edit the meeting on/ }));
    const form = within(items()[0]).getByTestId("interaction-form");
    expect(within(form).getByRole("combobox", { name: "Kind" })).toHaveValue("meeting");
    expect(within(form).getByLabelText("Note")).toHaveValue("Wants to join the journal club");
    expect(await within(form).findByRole("button", { name: "Remove Sam Lee" })).toBeInTheDocument();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "call");
    await user.type(within(form).getByLabelText("Topic"), "renal denervation");
    await user.click(within(form).getByTestId("save-interaction"));

    expect(api.updateInteraction).toHaveBeenCalledExactlyOnceWith(2, {
      kind: "call",
      occurred_at: newer.occurred_at,
      time_zone: "Europe/Berlin",
      topic: "renal denervation",
      note: "Wants to join the journal club",
      contact_ids: [1, 2],
      event_id: 7,
    });
    await waitFor(() => expect(items()[0]).toHaveTextContent("renal denervation"));
    expect(items()[0]).toHaveTextContent("Call");
    expect(screen.queryByTestId("interaction-form")).not.toBeInTheDocument();
    expect(api.addInteraction).not.toHaveBeenCalled();
  });

  it("keeps the entry and shows why when the change is refused", async () => {
    const { api, user } = await openAmara();
    api.updateInteraction.mockRejectedValueOnce({
      code: "invalid_input",
      message: "2031-01-01T09:00:00Z is in the future: an interaction records something that has happened",
    });

    await user.click(within(items()[0]).getByRole("button", { name: /^Edit the meeting/ }));
    const form = within(items()[0]).getByTestId("interaction-form");
    const when = within(form).getByLabelText("When");
    await user.clear(when);
    await user.type(when, "2031-01-01T10:00");
    await user.click(within(form).getByTestId("save-interaction"));

    expect(await within(form).findByRole("alert")).toHaveTextContent("is in the future");
    expect(within(items()[0]).getByTestId("interaction-form")).toBeInTheDocument();
  });

  it("deletes an entry only after a confirmation, and last contact goes back to the one before", async () => {
    const { api, user } = await openAmara();
    const samSince = () => screen.getAllByTestId("contact-row")[1].querySelector(".since")?.textContent?.trim();
    expect(screen.getByTestId("last-contact")).toHaveTextContent("3 days ago");
    expect(samSince()).toBe("3 d");

    await user.click(within(items()[0]).getByRole("button", { name: /^Delete the meeting on/ }));
    const confirm = screen.getByTestId("confirm-delete-interaction");
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(api.deleteInteraction).not.toHaveBeenCalled();
    expect(items()).toHaveLength(2);

    await user.click(within(items()[0]).getByRole("button", { name: /^Delete the meeting on/ }));
    await user.click(screen.getByTestId("confirm-delete-interaction-button"));

    expect(api.deleteInteraction).toHaveBeenCalledExactlyOnceWith(2);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toHaveTextContent("Sent the registry protocol");
    await waitFor(() => expect(screen.getByTestId("last-contact")).not.toHaveTextContent("3 days ago"));
    // Sam was at the deleted meeting only: his row in the list says he was never in touch.
    await waitFor(() => expect(samSince()).toBe("—"));
  });
});

describe("a long timeline", () => {
  /** 120 emails with Amara, one a day: id 1 the newest. */
  const history: Interaction[] = Array.from({ length: 120 }, (_, i) => ({
    ...older,
    id: i + 1,
    occurred_at: daysAgo(i + 1),
    note: `Entry ${i + 1}`,
  }));
  const notes = () => items().map((item) => item.querySelector(".note")?.textContent);
  const entries = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Entry ${from + i}`);

  it("shows the newest 50, says how many older ones are not shown, and shows them a page or all at once", async () => {
    const { user } = await renderMain({ contacts: [amara, sam], interactions: history });
    await user.click(screen.getAllByTestId("contact-row")[0]);
    await screen.findByTestId("contact-detail");

    expect(notes()).toEqual(entries(1, 50));
    expect(screen.getByTestId("timeline-hidden-count")).toHaveTextContent("… 70 more not shown");
    await user.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(notes()).toEqual(entries(1, 100));
    expect(within(items()[50]).getByRole("button", { name: /^Edit the email/ })).toHaveFocus();
    expect(screen.getByTestId("timeline-hidden-count")).toHaveTextContent("… 20 more not shown");
    expect(screen.queryByTestId("timeline-show-all")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show 20 more" }));
    expect(notes()).toEqual(entries(1, 120));
    expect(screen.queryByTestId("timeline-hidden-count")).not.toBeInTheDocument();
  });

  it("starts again at the newest 50 for the next contact opened, and Show all shows every entry", async () => {
    const withSam = history.map((entry) => ({ ...entry, contact_ids: [1, 2] }));
    const { user } = await renderMain({ contacts: [amara, sam], interactions: withSam });
    await user.click(screen.getAllByTestId("contact-row")[0]);
    await screen.findByTestId("contact-detail");
    await user.click(screen.getByTestId("timeline-show-all"));
    expect(items()).toHaveLength(120);

    await user.click(screen.getAllByTestId("contact-row")[1]);
    await waitFor(() => expect(screen.getByTestId("contact-detail")).toHaveTextContent("Sam Lee"));
    await waitFor(() => expect(items()).toHaveLength(50));
    expect(screen.getByTestId("timeline-show-all")).toBeInTheDocument();
  });
});
