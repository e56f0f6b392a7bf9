import { screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain, rowNames } from "../../test/renderMain";

const contacts = ["Ana Ruiz", "Ben Ode", "Cara Lin", "Dev Shah", "Eli Roth"].map((name, i) =>
  makeContact({ id: i + 1, display_name: name }),
);

describe("bulk actions", () => {
  it("selects a Shift-click range, deletes it, and Undo brings it back", async () => {
    const { api, user } = await renderMain({ contacts });
    const rows = () => screen.getAllByTestId("contact-row");

    await user.click(rows()[1]);
    await user.keyboard("{Shift>}");
    await user.click(rows()[3]);
    await user.keyboard("{/Shift}");

    expect(screen.getByTestId("bulk-bar")).toHaveTextContent("3 selected");
    expect(screen.getAllByTestId("row-select").map((box) => (box as HTMLInputElement).checked)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);

    await user.click(screen.getByTestId("bulk-delete"));

    expect(api.deleteContacts).toHaveBeenCalledExactlyOnceWith([2, 3, 4]);
    await waitFor(() => expect(rowNames()).toEqual(["Ana Ruiz", "Eli Roth"]));
    expect(screen.queryByTestId("bulk-bar")).not.toBeInTheDocument();
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Deleted 3 contacts");

    await user.click(screen.getByTestId("undo-button"));

    expect(api.undoDelete).toHaveBeenCalledExactlyOnceWith(41);
    await waitFor(() => expect(rowNames()).toHaveLength(5));
    expect(screen.queryByTestId("undo-toast")).not.toBeInTheDocument();
  });

  it("takes a delete back with Ctrl+Z outside a text field, and only once", async () => {
    const { api, user } = await renderMain({ contacts });
    await user.click(screen.getAllByTestId("contact-row")[0]);
    await user.keyboard("{Control>}");
    await user.click(screen.getAllByTestId("contact-row")[1]);
    await user.keyboard("{/Control}");
    await user.click(screen.getByTestId("bulk-delete"));
    await waitFor(() => expect(rowNames()).toHaveLength(3));

    await user.keyboard("{Control>}z{/Control}");

    await waitFor(() => expect(rowNames()).toHaveLength(5));
    expect(screen.queryByTestId("undo-toast")).not.toBeInTheDocument();
    await user.keyboard("{Control>}z{/Control}");
    expect(api.undoDelete).toHaveBeenCalledOnce();
  });

  it("toggles rows with Ctrl-click and the row checkboxes", async () => {
    const { user } = await renderMain({ contacts });
    const rows = () => screen.getAllByTestId("contact-row");

    await user.click(rows()[0]);
    await user.keyboard("{Control>}");
    await user.click(rows()[2]);
    await user.keyboard("{/Control}");
    expect(screen.getByTestId("bulk-bar")).toHaveTextContent("2 selected");

    await user.click(screen.getAllByTestId("row-select")[4]);
    expect(screen.getByTestId("bulk-bar")).toHaveTextContent("3 selected");

    await user.click(screen.getAllByTestId("row-select")[0]);
    expect(screen.getByTestId("bulk-bar")).toHaveTextContent("2 selected");

    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("bulk-bar")).not.toBeInTheDocument();
  });

  it("tags the selected contacts with a tag typed inline", async () => {
    const { api, backend, user } = await renderMain({ contacts });

    await user.click(screen.getAllByTestId("row-select")[0]);
    await user.click(screen.getAllByTestId("row-select")[4]);
    await user.click(screen.getByTestId("bulk-tag"));
    await user.keyboard("ESC 2026{Enter}");

    expect(api.tagContacts).toHaveBeenCalledExactlyOnceWith([1, 5], "ESC 2026");
    expect(await screen.findByTestId("toast")).toHaveTextContent("Tagged 2 contacts “ESC 2026”");
    expect(backend.contacts().filter((c) => c.tags.includes("ESC 2026")).map((c) => c.id)).toEqual([1, 5]);
  });

  it("exports only the selected contacts", async () => {
    const { api, user } = await renderMain({ contacts });

    await user.click(screen.getAllByTestId("row-select")[1]);
    await user.click(screen.getAllByTestId("row-select")[2]);
    await user.click(screen.getByTestId("bulk-export"));
    await user.click(screen.getByTestId("export-confirm"));

    expect(api.pickExportPath).toHaveBeenCalledWith("vcard");
    expect(api.exportContacts).toHaveBeenCalledWith("/home/doc/contacts.vcf", "vcard", [2, 3]);
  });
});
