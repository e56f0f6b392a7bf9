import { screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { makeCredit, makeCycle } from "../../test/fakeCme";
import { openCme } from "../../test/renderMain";
import { markedCatalogue } from "../../test/markedCatalogue";
import { chooseLocale } from "../locale/current.svelte";
import { addCatalogue } from "../locale/i18n.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("the CME screen in another language", () => {
  it("writes its headings, progress and shortfall from the chosen language's catalogue, with the region's numbers", async () => {
    addCatalogue("fr", markedCatalogue());
    chooseLocale({ locale: "fr-FR", time: "system", firstDay: "system" });
    const license = makeCycle({ id: 1, name: "Licence 2026", starts_on: "2025-01-01", ends_on: "2099-12-31", total_hours: 50 });
    await openCme({ cycles: [license], credits: [makeCredit({ id: 1, title: "ESC Congress", earned_on: "2025-09-01", hours: 12.5 })] });

    expect(screen.getByRole("heading", { name: "[fr] Licenses and boards" })).toBeInTheDocument();
    const card = await screen.findByTestId("cycle-progress");
    expect(within(card).getByTestId("progress-earned")).toHaveTextContent("[fr] 12,5 of 50 h");
    expect(within(card).getByTestId("progress-missing")).toHaveTextContent("[fr] Still missing: [fr] 37,5 h in total");
    expect(within(card).getByTestId("cycle-edit")).toHaveTextContent("[fr] Edit");
    expect(within(screen.getByTestId("credit-row")).getByTestId("attach-certificate")).toHaveTextContent("[fr] Attach certificate…");
  });
});
