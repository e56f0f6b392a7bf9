import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain } from "../../test/renderMain";
import type { Interaction } from "../bindings/Interaction";
import { fromDateTimeLocal } from "./interactions";

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000 - 60_000).toISOString();

const amara = makeContact({
  id: 1,
  display_name: "Amara Okafor",
  credentials: "MD, PhD",
  pronouns: "she/her",
  specialty: "Cardiology",
  subspecialty: "Electrophysiology",
  title: "Associate Professor",
  department: "Medicine",
  institution: "Charité",
  links: [{ label: "ORCID", value: "https://orcid.org/0000-0001" }],
  addresses: [
    {
      label: "work",
      po_box: "",
      extended: "",
      street: "Charitéplatz 1",
      locality: "Berlin",
      region: "",
      postal_code: "10117",
      country: "Germany",
    },
  ],
  birthday: "--03-29",
  time_zone: "Europe/Berlin",
  met: { on: "2025-08-30", at: "ESC 2025, Madrid", introduced_by: 2 },
  last_interaction_at: daysAgo(3),
});
const sam = makeContact({ id: 2, display_name: "Sam Lee" });

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
  note: "Coffee at ESC",
  contact_ids: [1, 2, 3],
  event_id: null,
};

async function openAmara() {
  const rendered = await renderMain({ contacts: [amara, sam], interactions: [older, newer] });
  await rendered.user.click(screen.getAllByTestId("contact-row")[0]);
  await screen.findByTestId("contact-detail");
  return rendered;
}

describe("the contact profile", () => {
  it("shows the timeline newest first and when we were last in touch", async () => {
    const { api } = await openAmara();

    expect(api.contactProfile).toHaveBeenCalledWith(1);
    expect(screen.getByTestId("last-contact")).toHaveTextContent("Last contact: 3 days ago");
    const items = within(screen.getByTestId("timeline")).getAllByTestId("timeline-item");
    expect(items.map((item) => item.querySelector(".note")?.textContent)).toEqual([
      "Coffee at ESC",
      "Sent the registry protocol",
    ]);
    expect(items[0]).toHaveTextContent("Meeting");
    expect(items[0]).toHaveTextContent("with 2 others");
    expect(items[1]).not.toHaveTextContent("other");
  });

  it("shows every filled-in detail, and links that copy instead of navigating", async () => {
    await openAmara();
    const detail = screen.getByTestId("contact-detail");

    expect(detail).toHaveTextContent("(she/her)");
    expect(detail).toHaveTextContent("Cardiology — Electrophysiology");
    expect(detail).toHaveTextContent("Associate Professor · Medicine · Charité");
    expect(detail).toHaveTextContent("Charitéplatz 1, 10117 Berlin, Germany");
    expect(detail).toHaveTextContent(/Europe\/Berlin · .+ there now/);
    expect(detail).toHaveTextContent("at ESC 2025, Madrid");
    expect(await within(detail).findByText("introduced by Sam Lee")).toBeInTheDocument();
    expect(detail.querySelector("a[href]")).toBeNull();
    expect(within(detail).getByRole("button", { name: "Copy ORCID" })).toBeInTheDocument();
  });

  it("logs an interaction with the selected contact and refreshes the timeline and the row", async () => {
    const { api, user } = await openAmara();

    await user.click(screen.getByTestId("log-interaction"));
    const form = screen.getByTestId("interaction-form");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "call");
    const when = within(form).getByLabelText("When");
    await user.clear(when);
    await user.type(when, "2030-01-05T09:30");
    await user.type(within(form).getByLabelText("Note"), "Talked about the fellowship");
    await user.click(screen.getByTestId("save-interaction"));

    expect(api.addInteraction).toHaveBeenCalledExactlyOnceWith({
      kind: "call",
      occurred_at: fromDateTimeLocal("2030-01-05T09:30"),
      time_zone: expect.any(String),
      topic: "",
      note: "Talked about the fellowship",
      contact_ids: [1],
    });
    await waitFor(() =>
      expect(within(screen.getByTestId("timeline")).getAllByTestId("timeline-item")).toHaveLength(3),
    );
    expect(screen.getAllByTestId("timeline-item")[0]).toHaveTextContent("Talked about the fellowship");
    expect(screen.queryByTestId("interaction-form")).not.toBeInTheDocument();
    // A date in the future reads as "today" in the list rather than a negative age.
    expect(within(screen.getAllByTestId("contact-row")[0]).getByText("today")).toBeInTheDocument();
  });

  it("logs an interaction with other people picked by name", async () => {
    const { api, user } = await openAmara();

    await user.click(screen.getByTestId("log-interaction"));
    const form = screen.getByTestId("interaction-form");
    await user.type(within(form).getByLabelText("Also with"), "sam");
    await user.click(await within(form).findByRole("button", { name: "Sam Lee" }));
    expect(within(form).getByRole("button", { name: "Remove Sam Lee" })).toBeInTheDocument();
    await user.click(screen.getByTestId("save-interaction"));

    expect(api.addInteraction).toHaveBeenCalledWith(expect.objectContaining({ kind: "meeting", contact_ids: [1, 2] }));
  });

  it("closes the interaction form on Escape without saving", async () => {
    const { api, user } = await openAmara();

    await user.click(screen.getByTestId("log-interaction"));
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("interaction-form")).not.toBeInTheDocument();
    expect(api.addInteraction).not.toHaveBeenCalled();
    expect(screen.getByTestId("contact-detail")).toBeInTheDocument();
  });
});

describe("editing the profile fields", () => {
  it("keeps links and addresses from the stored contact and sends the new fields", async () => {
    const { api, user } = await openAmara();

    await user.click(screen.getByTestId("edit-contact"));
    const form = screen.getByTestId("contact-form");
    expect(within(form).getByLabelText("Birthday month")).toHaveValue("3");
    expect(within(form).getByLabelText("Birthday day")).toHaveValue("29");
    expect(within(form).getByLabelText("Birthday year (optional)")).toHaveValue("");
    await user.clear(within(form).getByLabelText("Pronouns"));
    await user.type(within(form).getByLabelText("Pronouns"), "they/them");
    await user.type(within(form).getByLabelText("Birthday year (optional)"), "1980");
    await user.clear(within(form).getByLabelText("Time zone"));
    await user.type(within(form).getByLabelText("Time zone"), "America/Chicago");
    await user.type(within(form).getByLabelText("Field"), "Health policy");
    await user.click(screen.getByTestId("save-contact"));

    expect(api.updateContact).toHaveBeenCalledExactlyOnceWith(
      1,
      expect.objectContaining({
        pronouns: "they/them",
        birthday: "1980-03-29",
        time_zone: "America/Chicago",
        field: "Health policy",
        links: amara.links,
        addresses: amara.addresses,
        met: amara.met,
      }),
    );
    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("(they/them)");
  });
});
