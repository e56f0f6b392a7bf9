import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { fakeBackend, makeContact } from "../../../test/fakeApi";
import { makeOpportunity } from "../../../test/fakeOpportunities";
import { ApiError } from "../../api";
import { formatDay } from "../../calendar/time";
import OpportunitiesTab from "./OpportunitiesTab.svelte";

const anna = makeContact({ id: 1, display_name: "Anna Berg" });
const omar = makeContact({ id: 2, display_name: "Omar Haddad" });

function open(options: Parameters<typeof fakeBackend>[0] = {}) {
  const backend = fakeBackend({ contacts: [anna, omar], ...options });
  const say = vi.fn();
  const onOpenContact = vi.fn();
  render(OpportunitiesTab, { props: { api: backend.api, say, onOpenContact } });
  return { backend, say, onOpenContact };
}

describe("the opportunities tab", () => {
  it("says that nothing in it is public", async () => {
    open();
    expect(await screen.findByText(/Nothing here is public/)).toBeInTheDocument();
  });

  it("lists opportunities under their status with the deadline and the people's roles", async () => {
    const { onOpenContact } = open({
      opportunities: [
        makeOpportunity({
          id: 1,
          title: "Consultant post",
          status: "applied",
          deadline: "2026-04-15",
          people: [{ contact_id: 1, display_name: "Anna Berg", role: "told_me" }],
        }),
        makeOpportunity({ id: 2, title: "Registry grant", kind: "grant" }),
      ],
    });
    const applied = await screen.findByRole("region", { name: "Applied" });
    const post = within(applied).getByTestId("opportunity");
    expect(post).toHaveTextContent("Consultant post");
    expect(post).toHaveTextContent("Deadline");
    expect(post).toHaveTextContent("told me");
    expect(within(screen.getByRole("region", { name: "Heard of" })).getByTestId("opportunity")).toHaveTextContent(
      "Registry grant",
    );
    await fireEvent.click(within(post).getByRole("button", { name: "Anna Berg" }));
    expect(onOpenContact).toHaveBeenCalledWith(1);
  });

  it("adds a job lead with a deadline from the fast add form", async () => {
    const { backend } = open();
    await fireEvent.input(screen.getByTestId("opportunity-title"), { target: { value: "Heart failure lead" } });
    await fireEvent.input(screen.getByTestId("opportunity-deadline"), { target: { value: "2026-05-01" } });
    await fireEvent.click(screen.getByTestId("opportunity-add"));
    await waitFor(() => expect(backend.api.addOpportunity).toHaveBeenCalled());
    expect(backend.api.addOpportunity.mock.calls[0][0]).toMatchObject({
      title: "Heart failure lead",
      kind: "job",
      deadline: "2026-05-01",
    });
    expect(await screen.findByRole("region", { name: "Heard of" })).toHaveTextContent("Heart failure lead");
  });

  it("marks a missing title and a link that is no web address at their fields, focuses the title, and adds nothing", async () => {
    const { backend } = open();
    const form = screen.getByTestId("opportunity-form");
    const link = within(form).getByLabelText("Link");
    await fireEvent.input(link, { target: { value: "www.example.org/job" } });
    await fireEvent.click(screen.getByTestId("opportunity-add"));

    const title = within(form).getByLabelText("Title");
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription("Give the opportunity a title.");
    expect(link).toHaveAttribute("aria-invalid", "true");
    expect(link).toHaveAccessibleDescription("A link is a web address starting with https:// (or http://).");
    expect(screen.getByTestId("opportunity-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(backend.api.addOpportunity).not.toHaveBeenCalled();

    await fireEvent.input(title, { target: { value: "Heart failure lead" } });
    await waitFor(() => expect(title).not.toHaveAttribute("aria-invalid"));
    expect(screen.getByTestId("opportunity-error-summary")).toHaveTextContent("One field needs your attention");
  });

  it("puts the core's refusal of a field at that field and keeps what was typed", async () => {
    const { backend, say } = open();
    backend.api.addOpportunity.mockRejectedValueOnce(new ApiError("invalid_input", "Title is too long", "title"));
    const form = screen.getByTestId("opportunity-form");
    const title = within(form).getByLabelText("Title");
    await fireEvent.input(title, { target: { value: "Heart failure lead" } });
    await fireEvent.click(screen.getByTestId("opportunity-add"));

    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription("Title is too long");
    expect(title).toHaveValue("Heart failure lead");
    expect(say).not.toHaveBeenCalled();
  });

  it("moves an opportunity to a new status", async () => {
    const { backend } = open({ opportunities: [makeOpportunity({ id: 1, title: "Consultant post" })] });
    const item = await screen.findByTestId("opportunity");
    await fireEvent.change(within(item).getByLabelText("Status"), { target: { value: "in_talks" } });
    await waitFor(() => expect(backend.api.setOpportunityStatus).toHaveBeenCalledWith(1, "in_talks"));
    expect(await screen.findByRole("region", { name: "Interviewing / in talks" })).toHaveTextContent("Consultant post");
  });
});

describe("editing an opportunity", () => {
  const post = makeOpportunity({
    id: 1,
    title: "Consultant post",
    status: "applied",
    deadline: "2026-04-15",
    notes: "Ask about the rota",
    people: [{ contact_id: 1, display_name: "Anna Berg", role: "told_me" }],
  });

  async function edit() {
    const opened = open({ opportunities: [post] });
    const item = await screen.findByTestId("opportunity");
    await fireEvent.click(within(item).getByRole("button", { name: "Edit" }));
    const form = within(item).getByRole("form", { name: "Edit Consultant post" });
    return { ...opened, item, form };
  }

  it("opens the form prefilled with the opportunity's fields and people", async () => {
    const { form } = await edit();
    expect(within(form).getByTestId("opportunity-edit-title")).toHaveValue("Consultant post");
    expect(within(form).getByTestId("opportunity-edit-deadline")).toHaveValue("2026-04-15");
    expect(within(form).getByTestId("opportunity-edit-notes")).toHaveValue("Ask about the rota");
    expect(within(form).getByRole("list", { name: "People involved" })).toHaveTextContent("Anna Berg, told me");
  });

  it("saves a new deadline, notes and people, and the list shows them under the same status", async () => {
    const { backend, form } = await edit();
    await fireEvent.input(within(form).getByTestId("opportunity-edit-deadline"), { target: { value: "2026-05-20" } });
    await fireEvent.input(within(form).getByTestId("opportunity-edit-notes"), { target: { value: "Interview on the 3rd" } });
    await fireEvent.click(within(form).getByRole("button", { name: "Remove Anna Berg" }));
    await fireEvent.change(within(form).getByTestId("opportunity-edit-role"), { target: { value: "decides" } });
    await fireEvent.input(form.querySelector<HTMLInputElement>("#opportunity-edit-person")!, { target: { value: "Omar" } });
    await fireEvent.click(await within(form).findByRole("button", { name: "Omar Haddad" }));
    await waitFor(() => expect(within(form).getByRole("list", { name: "People involved" })).toHaveTextContent("Omar Haddad, decides"));
    await fireEvent.click(within(form).getByTestId("opportunity-edit-save"));

    await waitFor(() => expect(backend.api.updateOpportunity).toHaveBeenCalled());
    expect(backend.api.updateOpportunity.mock.calls[0]).toEqual([
      1,
      expect.objectContaining({
        title: "Consultant post",
        deadline: "2026-05-20",
        notes: "Interview on the 3rd",
        people: [{ contact_id: 2, display_name: "", role: "decides" }],
      }),
    ]);
    const applied = await screen.findByRole("region", { name: "Applied" });
    await waitFor(() => expect(within(applied).getByTestId("opportunity")).toHaveTextContent("Interview on the 3rd"));
    const row = within(applied).getByTestId("opportunity");
    expect(row).toHaveTextContent(`Deadline ${formatDay("2026-05-20")}`);
    expect(row).toHaveTextContent("Omar Haddad");
    expect(row).toHaveTextContent("decides");
    expect(row).not.toHaveTextContent("Anna Berg");
    expect(within(row).queryByRole("form")).not.toBeInTheDocument();
  });

  it("cancel leaves the opportunity as it was", async () => {
    const { backend, form, item } = await edit();
    await fireEvent.input(within(form).getByTestId("opportunity-edit-title"), { target: { value: "Something else" } });
    await fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(within(item).queryByRole("form")).not.toBeInTheDocument();
    expect(item).toHaveTextContent("Consultant post");
    expect(item).not.toHaveTextContent("Something else");
    expect(item).toHaveTextContent("Ask about the rota");
    expect(backend.api.updateOpportunity).not.toHaveBeenCalled();
  });

  it("asks before saving notes that look like patient data, and saves nothing when the user edits", async () => {
    const { backend, form } = await edit();
    await fireEvent.input(within(form).getByTestId("opportunity-edit-notes"), { target: { value: "Mentioned MRN 4432211" } });
    await fireEvent.click(within(form).getByTestId("opportunity-edit-save"));
    const dialog = await screen.findByTestId("patient-data-dialog");
    await fireEvent.click(within(dialog).getByTestId("patient-data-edit"));
    await waitFor(() => expect(screen.queryByTestId("patient-data-dialog")).not.toBeInTheDocument());
    expect(backend.api.updateOpportunity).not.toHaveBeenCalled();
    expect(within(form).getByTestId("opportunity-edit-notes")).toHaveValue("Mentioned MRN 4432211");
  });
});
