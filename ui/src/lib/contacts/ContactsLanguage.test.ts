import { screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { openProfile } from "../../test/renderMain";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

const amara = makeContact({ id: 1, display_name: "Amara Okafor", tags: ["cardiology"] });
const ben = makeContact({ id: 2, display_name: "Ben Carter" });

describe("the contacts screen and a profile in another language", () => {
  it("show the chosen language's words, tables of kinds and orders included", async () => {
    addCatalogue("fr", markedCatalogue());
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    await openProfile("Amara Okafor", { contacts: [amara, ben] });

    const list = screen.getByRole("region", { name: "[fr] Contacts" });
    expect(within(list).getByRole("heading", { name: "[fr] Contacts" })).toBeInTheDocument();
    expect(screen.getByTestId("new-contact")).toHaveTextContent("[fr] New contact");
    expect(screen.getByTestId("filter-button")).toHaveTextContent("[fr] Filter");
    expect(screen.getByRole("option", { name: "[fr] Family name" })).toBeInTheDocument();

    const detail = screen.getByTestId("contact-detail");
    expect(within(detail).getByTestId("draft-message")).toHaveTextContent("[fr] Draft a message");
    expect(within(detail).getByTestId("last-contact")).toHaveTextContent("[fr] Last contact: [fr] never");
    expect(detail).toHaveTextContent("[fr] Nothing logged yet.");
    expect(detail).toHaveTextContent("[fr] No milestones yet.");
  });

  it("change on screen when the language is chosen after the screen was drawn", async () => {
    addCatalogue("fr", markedCatalogue());
    const { user } = await openProfile("Amara Okafor", { contacts: [amara, ben] });
    expect(screen.getByTestId("edit-contact")).toHaveTextContent(/^Edit$/);

    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    expect(await screen.findByText("[fr] Draft a message")).toBeInTheDocument();
    await user.click(screen.getByTestId("edit-contact"));
    const form = screen.getByTestId("contact-form");
    expect(within(form).getByRole("heading", { name: "[fr] Edit contact" })).toBeInTheDocument();
    expect(within(form).getByLabelText("[fr] Time zone")).toBeInTheDocument();
    expect(within(form).getByText("[fr] Addresses")).toBeInTheDocument();
  });
});
