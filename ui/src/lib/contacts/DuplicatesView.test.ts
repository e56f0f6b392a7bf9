import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain, rowNames } from "../../test/renderMain";

const contacts = [
  makeContact({ id: 1, display_name: "Amara Okafor", emails: ["amara@example.org"], tags: ["mentor"] }),
  makeContact({ id: 2, display_name: "Dr. Amara Okafor", phones: ["+49 30 1234"] }),
  makeContact({ id: 3, display_name: "Lee Chen" }),
  makeContact({ id: 4, display_name: "Lee Chen MD" }),
];
const duplicates = [
  { keep: 1, other: 2, keep_name: "Amara Okafor", other_name: "Dr. Amara Okafor", reason: "same email amara@example.org" },
  { keep: 3, other: 4, keep_name: "Lee Chen", other_name: "Lee Chen MD", reason: "same name" },
];

describe("duplicates", () => {
  it("counts the pairs in the sidebar and lists them with the reason", async () => {
    const { user } = await renderMain({ contacts, duplicates });

    // Counted once the first screen is drawn.
    await waitFor(() => expect(screen.getByTestId("nav-duplicates")).toHaveTextContent("2"));
    await user.click(screen.getByTestId("nav-duplicates"));

    const pairs = screen.getAllByTestId("duplicate-pair");
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toHaveTextContent("Amara Okafor");
    expect(pairs[0]).toHaveTextContent("Dr. Amara Okafor");
    expect(pairs[0]).toHaveTextContent("same email amara@example.org");
  });

  it("counts a long list with its digits grouped and draws only the pairs in view", async () => {
    const many = Array.from({ length: 1234 }, (_, n) => ({
      keep: 2 * n + 1,
      other: 2 * n + 2,
      keep_name: `Keep ${n}`,
      other_name: `Other ${n}`,
      reason: "same email",
    }));
    const { api, user } = await renderMain({ contacts, duplicates: many });

    await waitFor(() => expect(screen.getByTestId("nav-duplicates")).toHaveTextContent("1,234"));
    expect(api.findDuplicates).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("nav-duplicates"));

    const rows = await screen.findAllByTestId("duplicate-pair");
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveTextContent("Keep 0");
  });

  it("compares a pair side by side and merges into the chosen contact", async () => {
    const { api, user } = await renderMain({ contacts, duplicates });
    await user.click(screen.getByTestId("nav-duplicates"));

    await user.click(within(screen.getAllByTestId("duplicate-pair")[0]).getByRole("button", { name: "Review" }));
    const view = await screen.findByTestId("merge-view");
    expect(view).toHaveTextContent("Every email, phone, link, address, tag and interaction of both is kept");
    await waitFor(() => expect(within(view).getAllByRole("radio")).toHaveLength(2));
    expect(within(view).getByRole("radio", { name: "Keep Amara Okafor" })).toBeChecked();
    expect(view).toHaveTextContent("amara@example.org");
    expect(view).toHaveTextContent("+49 30 1234");

    await user.click(within(view).getByRole("radio", { name: "Keep Dr. Amara Okafor" }));
    await user.click(screen.getByTestId("merge-confirm"));

    expect(api.mergeContacts).toHaveBeenCalledExactlyOnceWith(2, 1);
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(1));
    expect(screen.queryByTestId("merge-view")).not.toBeInTheDocument();
    expect(screen.getByTestId("nav-duplicates")).toHaveTextContent("1");

    await user.click(screen.getByTestId("nav-contacts"));
    expect(rowNames()).toEqual(["Dr. Amara Okafor", "Lee Chen", "Lee Chen MD"]);
  });

  it("takes a merge back with Undo: both contacts and the pair are back", async () => {
    const { api, user } = await renderMain({ contacts, duplicates });
    await user.click(screen.getByTestId("nav-duplicates"));
    await user.click(within(screen.getAllByTestId("duplicate-pair")[0]).getByRole("button", { name: "Review" }));
    await waitFor(() => expect(screen.getByTestId("merge-confirm")).toBeEnabled());
    await user.click(screen.getByTestId("merge-confirm"));
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(1));
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Contacts merged");

    await user.click(screen.getByTestId("undo-button"));

    expect(api.undoChange).toHaveBeenCalledExactlyOnceWith(await api.mergeContacts.mock.results[0].value);
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(2));
    expect(await screen.findByTestId("toast")).toHaveTextContent("Merge undone");
    await user.click(screen.getByTestId("nav-contacts"));
    expect(rowNames()).toHaveLength(4);
  });

  it("keeps the older contact by default", async () => {
    const { api, user } = await renderMain({ contacts, duplicates });
    await user.click(screen.getByTestId("nav-duplicates"));

    await user.click(within(screen.getAllByTestId("duplicate-pair")[1]).getByRole("button", { name: "Review" }));
    await waitFor(() => expect(screen.getByTestId("merge-confirm")).toBeEnabled());
    await user.click(screen.getByTestId("merge-confirm"));

    expect(api.mergeContacts).toHaveBeenCalledExactlyOnceWith(3, 4);
  });
});
