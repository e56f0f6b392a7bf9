import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact, type FakeOptions } from "../../test/fakeApi";
import { openProfile, rowOf } from "../../test/renderMain";

const amara = makeContact({ id: 1, display_name: "Amara Okafor" });
const ben = makeContact({ id: 2, display_name: "Ben Carter" });

const open = (name: string, options: FakeOptions = {}) => openProfile(name, { contacts: [amara, ben], ...options });

const lines = () => screen.queryAllByTestId("relationship").map((line) => line.querySelector("span")?.textContent);

describe("relationships", () => {
  it("records that the contact is your mentor, and says so", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-relationship"));
    const form = screen.getByTestId("relationship-form");
    const kind = within(form).getByRole("combobox", { name: "Amara Okafor is the" });
    expect(kind).toHaveFocus();
    expect(within(form).getByRole("radio", { name: "you" })).toBeChecked();
    await user.type(within(form).getByLabelText("Label (optional)"), "PhD supervisor{Enter}");

    expect(api.addRelationship).toHaveBeenCalledExactlyOnceWith(1, null, "mentor", "PhD supervisor");
    await waitFor(() => expect(lines()).toEqual(["Your mentor (PhD supervisor)"]));
    expect(screen.queryByTestId("relationship-form")).not.toBeInTheDocument();
  });

  it("records a relationship with a contact found by searching, worded from each side", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-relationship"));
    const form = screen.getByTestId("relationship-form");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Amara Okafor is the" }), "mentee");
    await user.click(within(form).getByRole("radio", { name: "a contact" }));
    await user.type(within(form).getByLabelText("Contact"), "ben");
    await user.click(await within(form).findByRole("button", { name: "Ben Carter" }));
    expect(within(form).getByTestId("relationship-other-chosen")).toHaveTextContent("Ben Carter");
    await user.click(screen.getByTestId("save-relationship"));

    expect(api.addRelationship).toHaveBeenCalledExactlyOnceWith(1, 2, "mentee", "");
    await waitFor(() => expect(lines()).toEqual(["Mentee of Ben Carter"]));

    await user.click(rowOf("Ben Carter"));
    await waitFor(() => expect(screen.getByTestId("detail-name")).toHaveTextContent("Ben Carter"));
    await waitFor(() => expect(lines()).toEqual(["Amara Okafor's mentor"]));
  });

  it("never offers the contact themselves, and asks for a contact before saving", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-relationship"));
    const form = screen.getByTestId("relationship-form");
    await user.click(within(form).getByRole("radio", { name: "a contact" }));
    await user.type(within(form).getByLabelText("Contact"), "a");
    await within(form).findByRole("button", { name: "Ben Carter" });
    expect(within(form).queryByRole("button", { name: "Amara Okafor" })).not.toBeInTheDocument();
    await user.click(screen.getByTestId("save-relationship"));

    expect(within(form).getByRole("alert")).toHaveTextContent(/Search for the contact/);
    expect(api.addRelationship).not.toHaveBeenCalled();
  });

  it("removes a relationship", async () => {
    const { api, user } = await open("Amara Okafor", {
      relationships: [
        { id: 4, contact_id: 1, other_contact_id: 2, other_name: "Ben Carter", contact_name: "Amara Okafor", kind: "collaborator", label: "" },
      ],
    });
    expect(lines()).toEqual(["Collaborator of Ben Carter"]);

    await user.click(screen.getByRole("button", { name: "Remove relationship: Collaborator of Ben Carter" }));

    expect(api.removeRelationship).toHaveBeenCalledExactlyOnceWith(4);
    await waitFor(() => expect(lines()).toEqual([]));
  });

  it("closes the form on Escape without saving", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-relationship"));
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("relationship-form")).not.toBeInTheDocument();
    expect(screen.getByTestId("add-relationship")).toHaveFocus();
    expect(api.addRelationship).not.toHaveBeenCalled();
  });
});
