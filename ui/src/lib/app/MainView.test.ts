import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, makeContact, UNLOCKED } from "../../test/fakeApi";
import { renderMain as renderMainWith, renderToday, rowNames } from "../../test/renderMain";
import { ApiError } from "../api";
import MainView from "./MainView.svelte";
import { emptyDraft } from "../contacts/draft";

const jana = makeContact({
  id: 1,
  display_name: "Jana Müller",
  credentials: "MD",
  specialty: "Cardiology",
  institution: "Charité",
  emails: ["jana@example.org"],
  tags: ["mentor", "berlin"],
  notes: "Met at ESC.\nFollow up on the registry.",
});
const omar = makeContact({ id: 2, display_name: "Omar Haddad", specialty: "Nephrology", institution: "Mayo" });
const priya = makeContact({ id: 3, display_name: "Priya Raman", credentials: "DO", tags: ["residency"] });

/** The main window on the contacts screen. */
function renderMain(contacts = [jana, omar, priya]) {
  return renderMainWith({ contacts });
}

describe("contact list", () => {
  it("shows each contact with credentials and specialty · institution", async () => {
    await renderMain();

    expect(rowNames()).toEqual(["Jana Müller, MD", "Omar Haddad", "Priya Raman, DO"]);
    expect(screen.getAllByTestId("contact-row")[0]).toHaveTextContent("Cardiology · Charité");
  });

  it("narrows the list as the user searches, ignoring accents and case", async () => {
    const { user } = await renderMain();

    await user.type(screen.getByTestId("search"), "muller");
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller, MD"]));

    await user.clear(screen.getByTestId("search"));
    await user.type(screen.getByTestId("search"), "NEPHRO");
    await waitFor(() => expect(rowNames()).toEqual(["Omar Haddad"]));

    await user.clear(screen.getByTestId("search"));
    await user.type(screen.getByTestId("search"), "residency");
    await waitFor(() => expect(rowNames()).toEqual(["Priya Raman, DO"]));
  });

  it("shows the whole list again when the search is cleared with Escape", async () => {
    const { user } = await renderMain();

    await user.type(screen.getByTestId("search"), "haddad");
    await waitFor(() => expect(rowNames()).toEqual(["Omar Haddad"]));
    await user.keyboard("{Escape}");

    expect(screen.getByTestId("search")).toHaveValue("");
    expect(rowNames()).toEqual(["Jana Müller, MD", "Omar Haddad", "Priya Raman, DO"]);
  });

  it("says so when the search matches nobody", async () => {
    const { user } = await renderMain();

    await user.type(screen.getByTestId("search"), "zebra");

    expect(await screen.findByText(/No contacts match “zebra”/)).toBeInTheDocument();
    expect(rowNames()).toEqual([]);
  });

  it("invites the user to add someone when there are no contacts", async () => {
    await renderMain([]);

    expect(
      screen.getByText("No contacts yet — add the first colleague you want to keep in touch with."),
    ).toBeInTheDocument();
  });

  it("shows a contact's details when its row is clicked, and highlights the row", async () => {
    const { user } = await renderMain();

    await user.click(screen.getAllByTestId("contact-row")[0]);

    const detail = await screen.findByTestId("contact-detail");
    expect(screen.getByTestId("detail-name").textContent).toBe("Jana Müller");
    expect(detail).toHaveTextContent("Cardiology");
    expect(detail).toHaveTextContent("jana@example.org");
    expect(within(detail).getByText("mentor")).toBeInTheDocument();
    expect(detail.querySelector(".notes")?.textContent).toBe("Met at ESC.\nFollow up on the registry.");
    expect(screen.getAllByTestId("contact-row")[0]).toHaveAttribute("aria-current", "true");
    expect(screen.getAllByTestId("contact-row")[1]).not.toHaveAttribute("aria-current");
  });

  it("shows the backend's message when the contacts cannot be loaded", async () => {
    const api = fakeApi({ contacts: [jana] });
    api.contactOrder.mockRejectedValueOnce(new ApiError("storage", "The database file cannot be read."));
    render(MainView, { props: { api, session: UNLOCKED } });
    const user = userEvent.setup();
    await user.click(screen.getByTestId("nav-contacts"));

    expect(await screen.findByText("The database file cannot be read.")).toBeInTheDocument();
    expect(rowNames()).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Try again" }));

    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller, MD"]));
  });

  it("starts on Today with the contacts counted, and reads their lines only when the list is first shown", async () => {
    const { api, user } = await renderToday({ contacts: [jana, omar, priya] });
    expect(screen.getByLabelText("3 contacts")).toHaveTextContent("3");
    expect(api.contactOrder).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("nav-contacts"));
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller, MD", "Omar Haddad", "Priya Raman, DO"]));
    expect(api.contactOrder).toHaveBeenCalledOnce();
  });
});

describe("creating a contact", () => {
  it("saves the typed draft and shows the new contact selected", async () => {
    const { api, user } = await renderMain();

    await user.click(screen.getByTestId("new-contact"));
    const form = screen.getByTestId("contact-form");
    await user.type(within(form).getByLabelText("Name"), "Ana Ruiz");
    await user.type(within(form).getByLabelText("Credentials"), "MD, MPH");
    await user.type(within(form).getByLabelText("Specialty"), "Infectious disease");
    await user.type(within(form).getByLabelText("Emails"), "ana@example.org{Enter}{Enter}ruiz@clinic.example");
    await user.type(within(form).getByLabelText("Tags"), "id, conference");
    await user.click(screen.getByTestId("save-contact"));

    expect(api.createContact).toHaveBeenCalledExactlyOnceWith({
      ...emptyDraft(),
      display_name: "Ana Ruiz",
      credentials: "MD, MPH",
      specialty: "Infectious disease",
      institution: "",
      emails: ["ana@example.org", "ruiz@clinic.example"],
      phones: [],
      tags: ["id", "conference"],
      notes: "",
    });
    expect(await screen.findByTestId("contact-detail")).toBeInTheDocument();
    expect(screen.getByTestId("detail-name").textContent).toBe("Ana Ruiz");
    expect(rowNames()).toEqual(["Ana Ruiz, MD, MPH", "Jana Müller, MD", "Omar Haddad", "Priya Raman, DO"]);
    expect(screen.getAllByTestId("contact-row")[0]).toHaveAttribute("aria-current", "true");
  });

  it("submits with Enter from a single-line field", async () => {
    const { api, user } = await renderMain();

    await user.click(screen.getByTestId("new-contact"));
    await user.type(screen.getByLabelText("Name"), "Lee Chen{Enter}");

    expect(api.createContact).toHaveBeenCalledOnce();
    expect(await screen.findByTestId("detail-name")).toHaveTextContent("Lee Chen");
  });

  it("shows the backend's complaint near Save and keeps what was typed", async () => {
    const { api, user } = await renderMain();
    api.createContact.mockRejectedValueOnce({ code: "storage", message: "The book could not be written" });

    await user.click(screen.getByTestId("new-contact"));
    await user.type(screen.getByLabelText("Name"), "Ana Lima");
    await user.type(screen.getByLabelText("Credentials"), "PhD");
    await user.type(screen.getByLabelText("Notes"), "Statistician, great with trials");
    await user.click(screen.getByTestId("save-contact"));

    expect(await screen.findByTestId("form-error")).toHaveTextContent("The book could not be written");
    expect(screen.getByLabelText("Credentials")).toHaveValue("PhD");
    expect(screen.getByLabelText("Notes")).toHaveValue("Statistician, great with trials");
    expect(rowNames()).toHaveLength(3);
  });

  it("returns to the selected contact on Cancel without saving", async () => {
    const { api, user } = await renderMain();
    await user.click(screen.getAllByTestId("contact-row")[1]);

    await user.click(screen.getByTestId("new-contact"));
    await user.type(screen.getByLabelText("Name"), "Half typed");
    await user.click(screen.getByTestId("cancel-edit"));

    expect(screen.queryByTestId("contact-form")).not.toBeInTheDocument();
    expect(screen.getByTestId("detail-name").textContent).toBe("Omar Haddad");
    expect(api.createContact).not.toHaveBeenCalled();
  });
});

describe("editing a contact", () => {
  it("starts from the saved values and shows the update", async () => {
    const { api, user } = await renderMain();
    await user.click(screen.getAllByTestId("contact-row")[0]);

    await user.click(screen.getByTestId("edit-contact"));
    expect(screen.getByLabelText("Emails")).toHaveValue("jana@example.org");
    expect(screen.getByLabelText("Tags")).toHaveValue("mentor, berlin");
    await user.clear(screen.getByLabelText("Institution"));
    await user.type(screen.getByLabelText("Institution"), "Karolinska{Enter}");

    expect(api.updateContact).toHaveBeenCalledWith(1, expect.objectContaining({ institution: "Karolinska" }));
    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Karolinska");
    expect(screen.getAllByTestId("contact-row")[0]).toHaveTextContent("Cardiology · Karolinska");
  });
});

describe("deleting a contact", () => {
  it("removes the row in one click and offers to undo it by name", async () => {
    const { api, user } = await renderMain();
    await user.click(screen.getAllByTestId("contact-row")[1]);

    await user.click(screen.getByTestId("delete-contact"));

    expect(api.deleteContact).toHaveBeenCalledExactlyOnceWith(2);
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller, MD", "Priya Raman, DO"]));
    expect(screen.queryByTestId("contact-detail")).not.toBeInTheDocument();
    expect(screen.getByTestId("undo-toast")).toHaveTextContent("Deleted Omar Haddad");
  });

  it("brings the contact back with Ctrl+Z, their profile shown again", async () => {
    const { api, user } = await renderMain();
    await user.click(screen.getAllByTestId("contact-row")[1]);
    await user.click(screen.getByTestId("delete-contact"));
    await waitFor(() => expect(rowNames()).toHaveLength(2));

    await user.keyboard("{Control>}z{/Control}");

    expect(api.undoChange).toHaveBeenCalledExactlyOnceWith(await api.deleteContact.mock.results[0].value);
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller, MD", "Omar Haddad", "Priya Raman, DO"]));
    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Omar Haddad");
    expect(screen.getByTestId("toast")).toHaveTextContent("Restored Omar Haddad");
    expect(screen.queryByTestId("undo-toast")).not.toBeInTheDocument();
  });

  it("shows the backend's message and keeps the row when deletion fails", async () => {
    const { api, user } = await renderMain();
    api.deleteContact.mockRejectedValueOnce(new ApiError("not_found", "That contact no longer exists."));
    await user.click(screen.getAllByTestId("contact-row")[0]);

    await user.click(screen.getByTestId("delete-contact"));

    expect(await screen.findByText("That contact no longer exists.")).toBeInTheDocument();
    expect(rowNames()).toHaveLength(3);
  });
});

describe("keyboard", () => {
  it("'/' focuses search and 'n' opens a new contact form, Escape closes it", async () => {
    const { user } = await renderMain();

    await user.keyboard("/");
    expect(screen.getByTestId("search")).toHaveFocus();
    expect(screen.getByTestId("search")).toHaveValue("");

    await user.keyboard("n");
    expect(screen.getByTestId("search")).toHaveValue("n");
    expect(screen.queryByTestId("contact-form")).not.toBeInTheDocument();

    await user.click((await screen.findAllByTestId("contact-row"))[0]);
    await user.keyboard("n");
    expect(screen.getByTestId("contact-form")).toBeInTheDocument();
    expect(screen.getByLabelText("Name")).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("contact-form")).not.toBeInTheDocument();
  });

  it("moves the selection with the arrow keys", async () => {
    const { user } = await renderMain();
    await user.click(screen.getAllByTestId("contact-row")[0]);

    await user.keyboard("{ArrowDown}");

    expect(screen.getByTestId("detail-name").textContent).toBe("Omar Haddad");
    expect(screen.getAllByTestId("contact-row")[1]).toHaveFocus();
  });
});
