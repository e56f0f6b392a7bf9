import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";
import { cadenceWords } from "./cadences";
import SettingsScreen from "./SettingsScreen.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("Settings in another language", () => {
  it("reads its words from the catalogue of the language chosen", async () => {
    addCatalogue("fr", markedCatalogue());
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });

    render(SettingsScreen, { props: { api: fakeApi() } });

    expect(await screen.findByText("[fr] Your name")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "[fr] Save" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "[fr] Add a milestone" })).toBeInTheDocument();
    expect(cadenceWords(90)).toBe("[fr] every 3 months");
  });
});
