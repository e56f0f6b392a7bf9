import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { openProfile } from "../../test/renderMain";

const amara = makeContact({ id: 1, display_name: "Amara Okafor" });
const NOTE = "Asked about DOB 02/04/1961 MRN 4432211 at the board";

async function typeNote() {
  const opened = await openProfile("Amara Okafor", { contacts: [amara] });
  await opened.user.click(screen.getByTestId("log-interaction"));
  const form = screen.getByTestId("interaction-form");
  await opened.user.type(within(form).getByLabelText("Note"), NOTE);
  await opened.user.click(screen.getByTestId("save-interaction"));
  return opened;
}

describe("the patient-data guard on a note", () => {
  it("names each finding, highlighted, and Edit keeps the form open with nothing saved", async () => {
    const { api, user } = await typeNote();

    const dialog = await screen.findByTestId("patient-data-dialog");
    const findings = within(dialog).getAllByTestId("patient-data-finding");
    expect(findings.map((f) => f.querySelector("mark")?.textContent)).toEqual(["DOB 02/04/1961", "MRN 4432211"]);
    expect(findings[0]).toHaveTextContent("Looks like a date of birth");
    expect(findings[1]).toHaveTextContent("Looks like a medical record number");
    expect(within(dialog).getByTestId("patient-data-edit")).toHaveFocus();

    await user.click(within(dialog).getByTestId("patient-data-edit"));

    await waitFor(() => expect(screen.queryByTestId("patient-data-dialog")).not.toBeInTheDocument());
    expect(api.addInteraction).not.toHaveBeenCalled();
    const note = within(screen.getByTestId("interaction-form")).getByLabelText("Note") as HTMLTextAreaElement;
    expect(note).toHaveValue(NOTE);
    await waitFor(() => expect(note).toHaveFocus());
    expect(note.value.slice(note.selectionStart, note.selectionEnd)).toBe("DOB 02/04/1961");
  });

  it("Escape is Edit too", async () => {
    const { api, user } = await typeNote();
    await screen.findByTestId("patient-data-dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("patient-data-dialog")).not.toBeInTheDocument());
    expect(api.addInteraction).not.toHaveBeenCalled();
    expect(screen.getByTestId("interaction-form")).toBeInTheDocument();
  });

  it("Save anyway saves the note as written", async () => {
    const { api, user } = await typeNote();
    await user.click(await screen.findByTestId("patient-data-save-anyway"));
    await waitFor(() => expect(api.addInteraction).toHaveBeenCalledOnce());
    expect(api.addInteraction.mock.calls[0][0].note).toBe(NOTE);
    await waitFor(() => expect(screen.queryByTestId("interaction-form")).not.toBeInTheDocument());
  });

  it("a clear note saves without asking", async () => {
    const { api, user } = await openProfile("Amara Okafor", { contacts: [amara] });
    await user.click(screen.getByTestId("log-interaction"));
    await user.type(within(screen.getByTestId("interaction-form")).getByLabelText("Note"), "Coffee at ESC");
    await user.click(screen.getByTestId("save-interaction"));
    await waitFor(() => expect(api.addInteraction).toHaveBeenCalledOnce());
    expect(screen.queryByTestId("patient-data-dialog")).not.toBeInTheDocument();
  });
});
