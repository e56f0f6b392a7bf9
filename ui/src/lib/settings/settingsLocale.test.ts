import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { en, type Catalogue } from "../locale/catalogues/en";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";
import { cadenceWords } from "./cadences";
import SettingsScreen from "./SettingsScreen.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

/** Every English string marked, so a string not read from the catalogue shows unmarked. */
function marked<T extends object>(catalogue: T): T {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [key, typeof value === "string" ? `[fr] ${value}` : marked(value as object)]),
  ) as T;
}

describe("Settings in another language", () => {
  it("reads its words from the catalogue of the language chosen", async () => {
    addCatalogue("fr", marked<Catalogue>(en));
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });

    render(SettingsScreen, { props: { api: fakeApi() } });

    expect(await screen.findByText("[fr] Your name")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "[fr] Save" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "[fr] Add a milestone" })).toBeInTheDocument();
    expect(cadenceWords(90)).toBe("[fr] every 3 months");
  });
});
