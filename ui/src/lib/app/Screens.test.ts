import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { makeEvent } from "../../test/fakeEvents";
import { openCalendar, renderMain, renderToday } from "../../test/renderMain";

const jana = makeContact({ id: 1, display_name: "Jana Müller" });

describe("moving between screens", () => {
  it("starts on Today and comes back to it from the sidebar", async () => {
    const { user } = await renderToday({ contacts: [jana] });
    expect(screen.getByTestId("nav-today")).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByTestId("nav-cme"));
    await screen.findByTestId("cme-screen");
    await user.click(screen.getByTestId("nav-today"));

    expect(await screen.findByTestId("today-screen")).toBeInTheDocument();
    expect(screen.queryByTestId("cme-screen")).not.toBeInTheDocument();
  });

  it("switches between contacts, calendar and CME from the sidebar", async () => {
    const { user } = await renderMain({ contacts: [jana] });

    await user.click(screen.getByTestId("nav-calendar"));
    expect(await screen.findByTestId("calendar-screen")).toBeInTheDocument();
    expect(screen.getByTestId("nav-calendar")).toHaveAttribute("aria-current", "page");
    expect(screen.queryByTestId("contact-list")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("nav-cme"));
    expect(await screen.findByTestId("cme-screen")).toBeInTheDocument();

    await user.click(screen.getByTestId("nav-contacts"));
    expect(await screen.findByTestId("contact-list")).toBeInTheDocument();
  });

  it("keeps the open contact across a visit to the calendar", async () => {
    const { user } = await renderMain({ contacts: [jana] });
    await user.click(screen.getByTestId("contact-row"));
    await screen.findByTestId("contact-detail");

    await user.click(screen.getByTestId("nav-calendar"));
    await user.click(screen.getByTestId("nav-contacts"));

    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Jana Müller");
  });

  it("makes n mean a new credit on the CME screen, and / go back to the contact search", async () => {
    const { user } = await renderMain({ contacts: [jana] });
    await user.click(screen.getByTestId("nav-cme"));
    await screen.findByTestId("cme-screen");

    await user.keyboard("n");
    expect(await screen.findByTestId("credit-form")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("credit-form")).not.toBeInTheDocument());

    await user.keyboard("/");
    await waitFor(() => expect(screen.getByTestId("search")).toHaveFocus());
  });
});

describe("importing a calendar", () => {
  it("asks for .ics files from the calendar and shows the imported events", async () => {
    const { api, backend, user } = await openCalendar();
    api.pickImportFiles.mockResolvedValueOnce(["/home/doc/esc-2026.ics"]);

    await user.click(screen.getByTestId("import-ics-button"));
    const panel = await screen.findByTestId("import-panel");
    expect(api.pickImportFiles).toHaveBeenCalledWith("calendar");
    expect(within(panel).getByRole("heading")).toHaveTextContent("Import calendar");

    // What the import stores, as the calendar will find it when it asks again.
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-15`;
    await backend.api.createEvent({
      ...makeEvent({ id: 0, title: "Imported congress", timing: { type: "all_day", first_day: day, last_day: day } }),
    });
    await user.click(screen.getByTestId("import-start"));
    await user.click(await screen.findByTestId("import-close"));

    await waitFor(() =>
      expect(screen.getAllByTestId("occurrence").map((o) => o.querySelector(".title")?.textContent)).toContain("Imported congress"),
    );
  });

  it("takes a dropped .ics file into the import", async () => {
    const { backend } = await renderMain();

    backend.drag({ type: "drop", paths: ["/tmp/grand-rounds.ics"] });

    const panel = await screen.findByTestId("import-panel");
    expect(within(panel).getByRole("list", { name: "Files to import" })).toHaveTextContent("grand-rounds.ics");
  });
});
