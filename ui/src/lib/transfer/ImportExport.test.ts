import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderMain, rowNames } from "../../test/renderMain";
import type { ImportProgress } from "../bindings/ImportProgress";
import type { ImportSummary } from "../bindings/ImportSummary";
import { emptyDraft } from "../contacts/draft";

/** An import the test finishes by hand, after sending progress. */
function controlledImport() {
  let progress: (p: ImportProgress) => void = () => {};
  let finish!: (summary: ImportSummary) => void;
  let fail!: (reason: unknown) => void;
  const run = (_paths: string[], _skipBad: boolean, onProgress: (p: ImportProgress) => void) => {
    progress = onProgress;
    return new Promise<ImportSummary>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    run,
    progress: (done: number) => progress({ done }),
    finish: (summary: ImportSummary) => finish(summary),
    fail: (reason: unknown) => fail(reason),
  };
}

const jana = makeContact({ id: 1, display_name: "Jana Müller" });

async function openImport(paths = ["/home/doc/Downloads/Connections.csv", "/home/doc/contacts.vcf"]) {
  const rendered = await renderMain({ contacts: [jana] });
  rendered.api.pickImportFiles.mockResolvedValueOnce(paths);
  await rendered.user.click(screen.getByTestId("import-button"));
  await screen.findByTestId("import-panel");
  return rendered;
}

describe("importing", () => {
  it("shows the chosen files, counts progress, and sums up what happened", async () => {
    const { api, backend, user } = await openImport();
    const job = controlledImport();
    api.importFiles.mockImplementationOnce(job.run);

    const panel = screen.getByTestId("import-panel");
    expect(within(panel).getByText("Connections.csv")).toBeInTheDocument();
    expect(within(panel).getByText("contacts.vcf")).toBeInTheDocument();
    await user.click(within(panel).getByRole("checkbox", { name: /Skip bad entries/ }));
    await user.click(screen.getByTestId("import-start"));

    expect(api.importFiles).toHaveBeenCalledWith(
      ["/home/doc/Downloads/Connections.csv", "/home/doc/contacts.vcf"],
      true,
      expect.any(Function),
    );
    job.progress(250);
    expect(await screen.findByTestId("import-progress")).toHaveTextContent("250 contacts…");
    job.progress(1500);
    await waitFor(() => expect(screen.getByTestId("import-progress")).toHaveTextContent(`${(1500).toLocaleString()} contacts…`));

    // What the import stored, as the list will find it on refresh.
    await backend.api.createContact({ ...emptyDraft(), display_name: "Zoe Imported" });
    job.finish({
      created: 12,
      updated: 3,
      unchanged: 40,
      skipped: 1,
      errors: [{ file: "/home/doc/contacts.vcf", line: 88, message: "The card has no name" }],
      warnings: [{ file: "/home/doc/contacts.vcf", line: 10, message: '"BusinessPhone" is not a phone number: kept in the notes' }],
    });

    const summary = await screen.findByTestId("import-summary");
    expect(summary).toHaveTextContent("12 new, 3 updated, 40 unchanged, 1 skipped");
    expect(summary).toHaveTextContent("contacts.vcf:88 The card has no name");
    expect(within(summary).getByTestId("import-warnings")).toHaveTextContent(
      'contacts.vcf:10 "BusinessPhone" is not a phone number: kept in the notes',
    );
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller", "Zoe Imported"]));
  });

  it("cancels a running import and says nothing was changed", async () => {
    const { api, user } = await openImport();
    const job = controlledImport();
    api.importFiles.mockImplementationOnce(job.run);
    api.importCancel.mockImplementationOnce(async () => job.fail({ code: "cancelled", message: "Import cancelled" }));

    await user.click(screen.getByTestId("import-start"));
    await user.click(await screen.findByTestId("import-cancel"));

    expect(api.importCancel).toHaveBeenCalledOnce();
    expect(await screen.findByTestId("import-summary")).toHaveTextContent("Import cancelled — nothing was changed");
  });

  it("shows why a bad entry stopped the import, and offers to skip bad entries", async () => {
    const { api, user } = await openImport();
    api.importFiles.mockRejectedValueOnce({
      code: "invalid_input",
      message: "line 5: a card without END:VCARD in contacts.vcf: nothing was imported",
    });

    await user.click(screen.getByTestId("import-start"));

    const summary = await screen.findByTestId("import-summary");
    expect(summary).toHaveTextContent("line 5: a card without END:VCARD in contacts.vcf: nothing was imported");
    expect(summary).toHaveTextContent("Skip bad entries");

    await user.click(screen.getByRole("button", { name: "Import, skipping bad entries" }));
    expect(api.importFiles).toHaveBeenLastCalledWith(expect.any(Array), true, expect.any(Function));
  });

  it("imports dropped contact files and leaves out other files with a reason", async () => {
    const { backend } = await renderMain({ contacts: [jana] });

    backend.drag({ type: "hover" });
    backend.drag({ type: "drop", paths: ["/tmp/team.vcf", "/tmp/paper.pdf"] });

    const panel = await screen.findByTestId("import-panel");
    expect(within(panel).getByRole("list", { name: "Files to import" })).toHaveTextContent("team.vcf");
    expect(within(panel).getByRole("list", { name: "Files to import" })).not.toHaveTextContent("paper.pdf");
    expect(panel).toHaveTextContent("Left out (Curbside imports .vcf, .vcard, .csv and .ics files): paper.pdf");
  });

  it("says which files it can import when only other files are dropped", async () => {
    const { backend } = await renderMain({ contacts: [jana] });

    backend.drag({ type: "drop", paths: ["/tmp/paper.pdf"] });

    expect(await screen.findByTestId("toast")).toHaveTextContent("imports contacts from .vcf, .vcard and .csv files, and events from .ics files");
    expect(screen.queryByTestId("import-panel")).not.toBeInTheDocument();
  });

  it("does nothing when the file dialog is cancelled", async () => {
    const { api, user } = await renderMain({ contacts: [jana] });

    await user.click(screen.getByTestId("import-button"));

    expect(api.pickImportFiles).toHaveBeenCalledOnce();
    expect(screen.queryByTestId("import-panel")).not.toBeInTheDocument();
  });
});

describe("exporting", () => {
  it("asks where to save in the chosen format, exports all, and says how many", async () => {
    const { api, user } = await renderMain({ contacts: [jana, makeContact({ id: 2, display_name: "Omar Haddad" })] });
    api.pickExportPath.mockResolvedValueOnce("/home/doc/colleagues.csv");

    await user.click(screen.getByTestId("export-button"));
    const menu = screen.getByTestId("export-menu");
    expect(within(menu).getByRole("radio", { name: /vCard 3.0/ })).toBeChecked();
    await user.click(within(menu).getByRole("radio", { name: /CSV/ }));
    await user.click(screen.getByTestId("export-confirm"));

    expect(api.pickExportPath).toHaveBeenCalledWith("csv");
    expect(api.exportContacts).toHaveBeenCalledWith("/home/doc/colleagues.csv", "csv", null);
    expect(await screen.findByTestId("toast")).toHaveTextContent("Exported 2 contacts");
    expect(screen.queryByTestId("export-menu")).not.toBeInTheDocument();
  });

  it("exports nothing when the save dialog is cancelled", async () => {
    const { api, user } = await renderMain({ contacts: [jana] });
    api.pickExportPath.mockResolvedValueOnce(null);

    await user.click(screen.getByTestId("export-button"));
    await user.click(screen.getByTestId("export-confirm"));

    expect(api.exportContacts).not.toHaveBeenCalled();
    expect(screen.getByTestId("export-menu")).toBeInTheDocument();
  });

  it("closes on Escape", async () => {
    const { user } = await renderMain({ contacts: [jana] });

    await user.click(screen.getByTestId("export-button"));
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("export-menu")).not.toBeInTheDocument();
    expect(screen.getByTestId("export-button")).toHaveFocus();
  });
});

describe("exporting from the keyboard", () => {
  it("picks a format with the arrow keys and exports with Enter", async () => {
    const { api, user } = await renderMain({ contacts: [jana] });

    await user.click(screen.getByTestId("export-button"));
    expect(within(screen.getByTestId("export-menu")).getByRole("radio", { name: /vCard 3.0/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");

    await waitFor(() => expect(api.exportContacts).toHaveBeenCalledWith("/home/doc/contacts.vcf", "vcard4", null));
  });
});
