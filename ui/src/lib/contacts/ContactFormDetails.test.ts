import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { openProfile } from "../../test/renderMain";
import { emptyAddress } from "./draft";

const amara = makeContact({
  id: 1,
  display_name: "Amara Okafor",
  links: [{ label: "ORCID", value: "https://orcid.org/0000-0001" }],
  addresses: [{ ...emptyAddress(), label: "work", extended: "Building 3", street: "Charitéplatz 1", locality: "Berlin" }],
});
const ben = makeContact({ id: 2, display_name: "Ben Carter" });
const chen = makeContact({ id: 3, display_name: "Lee Chen", met: { on: null, at: "", introduced_by: 2 } });

async function editContact(name: string) {
  const rendered = await openProfile(name, { contacts: [amara, ben, chen] });
  await rendered.user.click(screen.getByTestId("edit-contact"));
  return { ...rendered, form: screen.getByTestId("contact-form") };
}

describe("editing links and addresses", () => {
  it("shows the stored rows, adds and removes rows, and saves them without blanks", async () => {
    const { api, user, form } = await editContact("Amara Okafor");
    expect(within(form).getByLabelText("Link 1 URL")).toHaveValue("https://orcid.org/0000-0001");
    expect(within(form).getByLabelText("Street")).toHaveValue("Charitéplatz 1");

    await user.click(within(form).getByTestId("add-link"));
    expect(within(form).getByLabelText("Link 2 label")).toHaveFocus();
    await user.type(within(form).getByLabelText("Link 2 label"), "LinkedIn");
    await user.type(within(form).getByLabelText("Link 2 URL"), "https://www.linkedin.com/in/amara");
    await user.click(within(form).getByTestId("add-link")); // left blank: dropped on save
    await user.click(within(form).getByTestId("add-address"));
    const home = within(form).getAllByTestId("address-row")[1];
    await user.type(within(home).getByLabelText("Label"), "home");
    await user.type(within(home).getByLabelText("City"), "Potsdam");
    await user.type(within(home).getByLabelText("Postal code"), "14467");
    await user.click(within(form).getByRole("button", { name: "Remove address 1" }));
    await user.click(screen.getByTestId("save-contact"));

    expect(api.updateContact).toHaveBeenCalledExactlyOnceWith(
      1,
      expect.objectContaining({
        links: [
          { label: "ORCID", value: "https://orcid.org/0000-0001" },
          { label: "LinkedIn", value: "https://www.linkedin.com/in/amara" },
        ],
        addresses: [{ ...emptyAddress(), label: "home", locality: "Potsdam", postal_code: "14467" }],
      }),
    );
    const detail = await screen.findByTestId("contact-detail");
    expect(detail).toHaveTextContent("14467 Potsdam");
    expect(detail).not.toHaveTextContent("Charitéplatz");
  });

  it("suggests the usual link labels", async () => {
    const { form } = await editContact("Amara Okafor");

    const input = within(form).getByLabelText("Link 1 label");
    const options = document.getElementById(input.getAttribute("list") ?? "")?.querySelectorAll("option");
    expect([...(options ?? [])].map((option) => option.value)).toEqual(["LinkedIn", "Doximity", "Sermo", "ORCID", "X", "Website"]);
  });

  it("keeps the address parts the form does not show", async () => {
    const { api, user, form } = await editContact("Amara Okafor");

    await user.type(within(form).getByLabelText("Country"), "Germany");
    await user.click(screen.getByTestId("save-contact"));

    expect(api.updateContact).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ addresses: [{ ...amara.addresses[0], country: "Germany" }] }),
    );
  });
});

describe("who introduced us", () => {
  it("is picked by searching, saved, and shown on the profile", async () => {
    const { api, user, form } = await editContact("Amara Okafor");

    await user.type(within(form).getByLabelText("Introduced by"), "ben{Enter}");
    await waitFor(() => expect(within(form).getByTestId("contact-introduced-by-chosen")).toHaveTextContent("Ben Carter"));
    expect(api.updateContact).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("save-contact"));

    expect(api.updateContact).toHaveBeenCalledWith(1, expect.objectContaining({ met: { on: null, at: "", introduced_by: 2 } }));
    expect(await screen.findByText("Introduced by Ben Carter")).toBeInTheDocument();
  });

  it("shows the stored introducer by name and can be cleared", async () => {
    const { api, user, form } = await editContact("Lee Chen");

    expect(await within(form).findByTestId("contact-introduced-by-chosen")).toHaveTextContent("Ben Carter");
    await user.click(within(form).getByRole("button", { name: "Clear introduced by" }));
    expect(within(form).getByLabelText("Introduced by")).toHaveFocus();
    await user.click(screen.getByTestId("save-contact"));

    expect(api.updateContact).toHaveBeenCalledWith(3, expect.objectContaining({ met: { on: null, at: "", introduced_by: null } }));
    await screen.findByTestId("contact-detail");
    expect(screen.queryByTestId("introduced-by")).not.toBeInTheDocument();
  });

  it("never offers the contact being edited", async () => {
    const { user, form } = await editContact("Amara Okafor");

    await user.type(within(form).getByLabelText("Introduced by"), "a");
    await within(form).findByRole("button", { name: "Ben Carter" });
    expect(within(form).queryByRole("button", { name: "Amara Okafor" })).not.toBeInTheDocument();
  });
});
