import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, makeContact } from "../../../test/fakeApi";
import { ApiError } from "../../api";
import type { Introduction } from "../../bindings/Introduction";
import IntrosTab from "./IntrosTab.svelte";

const proposed: Introduction = {
  id: 1,
  from: { contact_id: 1, name: "Amara Okafor", line: "Cardiology, Charité", said_yes: null },
  to: { contact_id: 2, name: "Jonas Weber", line: "Nephrology", said_yes: null },
  reason: "Both study the cardiorenal syndrome",
  status: "proposed",
  introduced_on: null,
  steps: [{ status: "proposed", side: null, on: "2026-03-01" }],
};

async function openTab(intros: Introduction[] = [proposed]) {
  const contacts = [makeContact({ id: 1, display_name: "Amara Okafor" }), makeContact({ id: 2, display_name: "Jonas Weber" })];
  const api = fakeApi({ intros, contacts });
  const say = vi.fn();
  const onOpenContact = vi.fn();
  render(IntrosTab, { props: { api, say, onOpenContact } });
  return { api, say, onOpenContact, user: userEvent.setup() };
}

describe("the Introductions tab", () => {
  it("says what to do when there are none", async () => {
    await openTab([]);
    expect(await screen.findByText(/No introductions yet/)).toBeInTheDocument();
  });

  it("walks an introduction from the asks to introduced, one next step at a time", async () => {
    const { api, user } = await openTab();
    const row = await screen.findByTestId("intro-row");
    expect(row).toHaveTextContent("Amara Okafor → Jonas Weber");
    expect(row).toHaveTextContent("Both study the cardiorenal syndrome");

    await user.click(within(row).getByRole("button", { name: "Draft the asks" }));
    const asks = await within(row).findAllByTestId("intro-draft");
    expect(asks).toHaveLength(2);
    expect(asks[0]).toHaveTextContent("introduce you to Jonas Weber");
    expect(asks[1]).toHaveTextContent("introduce you to Amara Okafor");

    await user.click(within(row).getByTestId("intro-mark-asked"));
    expect(await screen.findByTestId("intro-group-asked")).toBeInTheDocument();
    await user.click(screen.getByTestId("intro-yes-from"));
    expect(await screen.findByTestId("intro-group-asked")).toHaveTextContent("Amara Okafor: yes · Jonas Weber: not yet");
    await user.click(screen.getByTestId("intro-yes-to"));

    const accepted = await screen.findByTestId("intro-group-accepted");
    await user.click(within(accepted).getByRole("button", { name: "Draft the introduction" }));
    expect(await within(accepted).findByTestId("intro-draft")).toHaveTextContent("Introduction: Amara Okafor and Jonas Weber");
    await user.click(within(accepted).getByTestId("intro-mark-introduced"));

    expect(await screen.findByTestId("intro-group-introduced")).toBeInTheDocument();
    expect(api.setIntroStatus).toHaveBeenLastCalledWith(1, "introduced", null);
  });

  it("filters the list by a word of a name or of the reason", async () => {
    const other: Introduction = { ...proposed, id: 2, reason: "Both run lipid clinics", from: { ...proposed.from, contact_id: 3, name: "Sam Lee" } };
    const { user } = await openTab([proposed, other]);
    expect(await screen.findAllByTestId("intro-row")).toHaveLength(2);
    await user.type(screen.getByTestId("intro-filter"), "cardiorenal");
    expect(screen.getAllByTestId("intro-row")).toHaveLength(1);
    expect(screen.getByTestId("intro-row")).toHaveTextContent("Amara Okafor");
  });

  it("opens either person's profile from the row", async () => {
    const { onOpenContact, user } = await openTab();
    await user.click(await screen.findByRole("button", { name: "Jonas Weber" }));
    expect(onOpenContact).toHaveBeenCalledWith(2);
  });

  it("marks every missing part of a proposal at once, focuses the first, and proposes nothing", async () => {
    const { api, user } = await openTab([]);
    const form = screen.getByTestId("intro-form");
    await user.click(screen.getByTestId("intro-propose"));

    const from = within(form).getByLabelText("Introduce");
    await waitFor(() => expect(from).toHaveFocus());
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAccessibleDescription("Pick the person to introduce.");
    expect(within(form).getByLabelText("to")).toHaveAccessibleDescription("Pick who they should meet.");
    const reason = within(form).getByLabelText("Why they should meet");
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveAccessibleDescription("Say why they should meet.");
    expect(screen.getByTestId("intro-form-error-summary")).toHaveTextContent("3 fields need your attention");
    expect(api.addIntro).not.toHaveBeenCalled();

    await user.type(reason, "Both study the cardiorenal syndrome");
    await waitFor(() => expect(reason).not.toHaveAttribute("aria-invalid"));
    expect(screen.getByTestId("intro-form-error-summary")).toHaveTextContent("2 fields need your attention");
  });

  it("puts the core's refusal of the second person at that picker", async () => {
    const { api, user } = await openTab([]);
    api.addIntro.mockRejectedValueOnce(new ApiError("invalid_input", "Choose two different people to introduce", "to_contact_id"));
    const form = screen.getByTestId("intro-form");
    await user.type(within(form).getByLabelText("Introduce"), "amara");
    await user.click(await within(form).findByRole("button", { name: "Amara Okafor" }));
    await user.type(within(form).getByLabelText("to"), "jonas");
    await user.click(await within(form).findByRole("button", { name: "Jonas Weber" }));
    await user.type(screen.getByTestId("intro-reason"), "Both study the cardiorenal syndrome");
    await user.click(screen.getByTestId("intro-propose"));

    expect(await within(form).findByText("Choose two different people to introduce")).toBeInTheDocument();
    const chosen = within(form).getByRole("group", { name: "to" });
    await waitFor(() => expect(chosen).toHaveFocus());
    expect(chosen).toHaveAttribute("aria-invalid", "true");
    expect(chosen).toHaveAccessibleDescription("Choose two different people to introduce");
    expect(screen.getByTestId("intro-form-error-summary")).toHaveTextContent("One field needs your attention");
  });
});
