import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { fakeBackend, makeContact } from "../../../test/fakeApi";
import { makeOpportunity } from "../../../test/fakeOpportunities";
import OpportunitiesTab from "./OpportunitiesTab.svelte";

const anna = makeContact({ id: 1, display_name: "Anna Berg" });

function open(options: Parameters<typeof fakeBackend>[0] = {}) {
  const backend = fakeBackend({ contacts: [anna], ...options });
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

  it("moves an opportunity to a new status", async () => {
    const { backend } = open({ opportunities: [makeOpportunity({ id: 1, title: "Consultant post" })] });
    const item = await screen.findByTestId("opportunity");
    await fireEvent.change(within(item).getByLabelText("Status"), { target: { value: "in_talks" } });
    await waitFor(() => expect(backend.api.setOpportunityStatus).toHaveBeenCalledWith(1, "in_talks"));
    expect(await screen.findByRole("region", { name: "Interviewing / in talks" })).toHaveTextContent("Consultant post");
  });
});
