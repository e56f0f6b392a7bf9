import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { FAKE_PHOTO, makeContact, type FakeOptions } from "../../test/fakeApi";
import { openProfile } from "../../test/renderMain";
import type { Affiliation } from "../bindings/Affiliation";

const amara = makeContact({ id: 1, display_name: "Amara Okafor" });
const ben = makeContact({ id: 2, display_name: "Ben Carter", has_photo: true });

const residency: Affiliation = {
  id: 1,
  organization: { id: 1, name: "Charité", kind: "hospital", city: "Berlin", country: "Germany" },
  kind: "residency",
  role: "Chief resident",
  starts_on: "2015-07-01",
  ends_on: "2020-06-30",
};

const open = (name: string, options: FakeOptions = {}) => openProfile(name, { contacts: [amara, ben], ...options });

const lines = () => screen.queryAllByTestId("affiliation").map((line) => line.querySelector("span")?.textContent);

describe("the profile photo", () => {
  it("shows the stored photo beside the name", async () => {
    const { api } = await open("Ben Carter");

    const photo = await screen.findByTestId("contact-photo");
    expect(photo.tagName).toBe("IMG");
    expect(photo).toHaveAttribute("src", FAKE_PHOTO);
    expect(photo).toHaveAccessibleName("Photo of Ben Carter");
    expect(api.contactPhoto).toHaveBeenCalledWith(2);
    expect(screen.queryByTestId("contact-initials")).not.toBeInTheDocument();
  });

  it("shows initials, and never asks for a photo, when there is none", async () => {
    const { api } = await open("Amara Okafor");

    expect(screen.getByTestId("contact-initials")).toHaveTextContent("AO");
    expect(screen.getByTestId("contact-detail").querySelector("img")).toBeNull();
    expect(api.contactPhoto).not.toHaveBeenCalled();
  });
});

describe("training and job history", () => {
  it("adds a line from the inline form and shows it in the refreshed profile", async () => {
    const { api, user } = await open("Amara Okafor", { affiliations: { 1: [residency] } });
    expect(lines()).toEqual(["Residency · Charité, Berlin · 2015–2020 · Chief resident"]);

    await user.click(screen.getByTestId("add-affiliation"));
    const form = screen.getByTestId("affiliation-form");
    expect(within(form).getByLabelText(/organisation/)).toHaveFocus();
    await user.type(within(form).getByLabelText(/organisation/), "Johns Hopkins Hospital");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "Fellowship");
    await user.type(within(form).getByLabelText("Role"), "EP fellow");
    await user.type(within(form).getByLabelText("From"), "2021-07-01");
    await user.click(screen.getByTestId("save-affiliation"));

    expect(api.addAffiliation).toHaveBeenCalledExactlyOnceWith(1, {
      organization: "Johns Hopkins Hospital",
      kind: "fellowship",
      role: "EP fellow",
      starts_on: "2021-07-01",
      ends_on: null,
    });
    await waitFor(() => expect(lines()).toContain("Fellowship · Johns Hopkins Hospital · 2021–now · EP fellow"));
    expect(screen.queryByTestId("affiliation-form")).not.toBeInTheDocument();
    expect(screen.getByTestId("add-affiliation")).toHaveFocus();
  });

  it("saves on Enter and shows the backend's complaint inline, keeping what was typed", async () => {
    const { user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-affiliation"));
    const form = screen.getByTestId("affiliation-form");
    await user.type(within(form).getByLabelText("From"), "2020-01-01");
    await user.type(within(form).getByLabelText("To"), "2019-01-01");
    await user.type(within(form).getByLabelText(/organisation/), "Mayo Clinic{Enter}");

    expect(await within(form).findByRole("alert")).toHaveTextContent("The end date is before the start date.");
    expect(within(form).getByLabelText(/organisation/)).toHaveValue("Mayo Clinic");
    expect(lines()).toEqual([]);
  });

  it("asks for the organisation before calling the backend", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-affiliation"));
    await user.click(screen.getByTestId("save-affiliation"));

    expect(within(screen.getByTestId("affiliation-form")).getByRole("alert")).toHaveTextContent(/Name the hospital/);
    expect(api.addAffiliation).not.toHaveBeenCalled();
  });

  it("closes the form on Escape without saving and keeps the profile open", async () => {
    const { api, user } = await open("Amara Okafor");

    await user.click(screen.getByTestId("add-affiliation"));
    await user.type(within(screen.getByTestId("affiliation-form")).getByLabelText(/organisation/), "Mayo");
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("affiliation-form")).not.toBeInTheDocument();
    expect(api.addAffiliation).not.toHaveBeenCalled();
    expect(screen.getByTestId("contact-detail")).toBeInTheDocument();
  });

  it("removes a line with the button named after its organisation", async () => {
    const { api, user } = await open("Amara Okafor", { affiliations: { 1: [residency] } });

    await user.click(screen.getByRole("button", { name: "Remove Residency at Charité" }));

    expect(api.removeAffiliation).toHaveBeenCalledExactlyOnceWith(1);
    await waitFor(() => expect(lines()).toEqual([]));
    expect(screen.getByText("No training or jobs yet.")).toBeInTheDocument();
  });
});
