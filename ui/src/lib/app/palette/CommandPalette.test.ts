import { screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { makeContact } from "../../../test/fakeApi";
import { renderToday } from "../../../test/renderMain";
import { findCommands, matchScore, recentCommands, rememberCommand, RECENT_KEY } from "./commands";

const ana = makeContact({ id: 7, display_name: "Ana Lima", credentials: "MD", specialty: "Oncology", institution: "Mount Sinai" });
const omar = makeContact({ id: 8, display_name: "Omar Haddad", specialty: "Nephrology" });

/** The main window on Today with the palette opened from the menu (Ctrl/⌘+K is the menu's accelerator). */
async function openPalette() {
  const rendered = await renderToday({ contacts: [ana, omar] });
  rendered.backend.choose("command-palette");
  const palette = await screen.findByTestId("command-palette");
  return { ...rendered, palette, input: within(palette).getByTestId("palette-input") };
}

function optionLabels(): string[] {
  return screen.queryAllByTestId("palette-option").map((option) => option.textContent?.trim() ?? "");
}

function activeOption(input: HTMLElement): HTMLElement | null {
  const id = input.getAttribute("aria-activedescendant");
  return id ? document.getElementById(id) : null;
}

afterEach(() => localStorage.removeItem(RECENT_KEY));

describe("the command palette", () => {
  it("opens with its field focused, as a combobox naming the active option of its listbox", async () => {
    const { input } = await openPalette();

    expect(input).toHaveFocus();
    expect(input).toHaveAttribute("role", "combobox");
    const list = document.getElementById(input.getAttribute("aria-controls") ?? "");
    expect(list).toHaveAttribute("role", "listbox");
    expect(activeOption(input)).toHaveAttribute("aria-selected", "true");
    expect(activeOption(input)).toHaveTextContent("Today");
  });

  it("locks the book, as the menu's Lock Curbside does", async () => {
    const { api, user, input } = await openPalette();

    await user.type(input, "lock");
    expect(optionLabels()[0]).toContain("Lock Curbside");
    await user.keyboard("{Enter}");

    await waitFor(() => expect(api.securityLock).toHaveBeenCalledOnce());
  });

  it("goes to a screen typed loosely, with the keyboard only", async () => {
    const { user, input } = await openPalette();

    await user.type(input, "calend");
    expect(optionLabels()[0]).toContain("Calendar");
    await user.keyboard("{Enter}");

    expect(await screen.findByTestId("calendar-screen")).toBeInTheDocument();
    expect(screen.queryByTestId("command-palette")).not.toBeInTheDocument();
  });

  it("finds a contact through the book's search and opens their profile", async () => {
    const { api, user, input } = await openPalette();

    await user.type(input, "lima");
    await waitFor(() => expect(optionLabels().some((label) => label.includes("Ana Lima, MD"))).toBe(true));
    expect(api.searchContacts).toHaveBeenLastCalledWith("lima", 5);
    // Typing fast asks once, after the pause, not once per letter.
    expect(api.searchContacts).toHaveBeenCalledTimes(1);
    while (!activeOption(input)?.textContent?.includes("Ana Lima")) await user.keyboard("{ArrowDown}");
    await user.keyboard("{Enter}");

    expect(await screen.findByTestId("contact-detail")).toHaveTextContent("Ana Lima");
  });

  it("moves with the arrows, wrapping round, and closes on Escape without acting", async () => {
    const { user, input } = await openPalette();
    const count = optionLabels().length;

    await user.keyboard("{ArrowUp}");
    expect(activeOption(input)).toBe(screen.getAllByTestId("palette-option")[count - 1]);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(activeOption(input)).toHaveTextContent("Contacts");
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("command-palette")).not.toBeInTheDocument();
    expect(screen.getByTestId("today-screen")).toBeInTheDocument();
  });

  it("runs an action: a new event opens the calendar's form", async () => {
    const { user, input } = await openPalette();

    await user.type(input, "new event");
    await user.keyboard("{Enter}");

    expect(await screen.findByTestId("calendar-screen")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "New event" })).toBeInTheDocument();
  });

  it("opens a Network tab by name", async () => {
    const { user, input } = await openPalette();

    await user.type(input, "mentorship");
    await user.keyboard("{Enter}");

    expect(await screen.findByRole("tab", { name: "Mentorship", selected: true })).toBeInTheDocument();
  });

  it("says so when nothing matches", async () => {
    const { user, input } = await openPalette();

    await user.type(input, "zzqx");

    await waitFor(() => expect(screen.getByTestId("command-palette")).toHaveTextContent("Nothing matches “zzqx”"));
    expect(input).not.toHaveAttribute("aria-activedescendant");
  });

  it("lists the command chosen last first the next time it opens empty", async () => {
    const { user, input, backend } = await openPalette();
    await user.type(input, "settings");
    await user.keyboard("{Enter}");
    await screen.findByTestId("settings-screen");

    backend.choose("command-palette");
    await screen.findByTestId("command-palette");

    expect(optionLabels()[0]).toContain("Settings");
  });
});

describe("the palette's matching", () => {
  it("finds commands by ordered letters, best first, and by their other words", () => {
    expect(findCommands("nwcon")[0].label).toBe("New contact");
    expect(findCommands("cme")[0].label).toBe("CME");
    expect(findCommands("preferences")[0].label).toBe("Settings");
    expect(findCommands("dark").map((c) => c.id)).toContain("toggle-theme");
    expect(matchScore("xyz", "Calendar")).toBeNull();
  });

  it("keeps the last three chosen, newest first, and nothing but their ids", () => {
    for (const id of ["go-cme", "settings", "go-cme", "find", "import"]) rememberCommand(id);

    expect(recentCommands()).toEqual(["import", "find", "go-cme"]);
    expect(findCommands("", recentCommands()).slice(0, 3).map((c) => c.id)).toEqual(["import", "find", "go-cme"]);
  });
});
