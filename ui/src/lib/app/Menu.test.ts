import { screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { makeContact } from "../../test/fakeApi";
import { renderToday } from "../../test/renderMain";
import { forPlatform, MENU_IDS } from "./menu";

describe("the menu bar's items in the window", () => {
  it("go to each screen", async () => {
    const { backend } = await renderToday({ contacts: [makeContact({ id: 1, display_name: "Dr Ana Ruiz" })] });

    backend.choose("go-calendar");
    expect(await screen.findByTestId("calendar-screen")).toBeInTheDocument();
    backend.choose("settings");
    expect(await screen.findByTestId("settings-screen")).toBeInTheDocument();
    backend.choose("go-contacts");
    expect(await screen.findByTestId("contact-list")).toBeInTheDocument();
  });

  it("open a new contact and the shortcut list", async () => {
    const { backend, user } = await renderToday({ contacts: [makeContact({ id: 1, display_name: "Dr Ana Ruiz" })] });

    backend.choose("new-contact");
    expect(await screen.findByTestId("contact-form")).toBeInTheDocument();

    backend.choose("shortcuts");
    const list = await screen.findByTestId("shortcuts");
    expect(list).toHaveTextContent("Find a contact");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("shortcuts")).not.toBeInTheDocument();
  });

  it("import through the file picker", async () => {
    const { api, backend } = await renderToday();

    backend.choose("import");

    await vi.waitFor(() => expect(api.pickImportFiles).toHaveBeenCalledOnce());
  });

  it("ignores what it does not know", async () => {
    const { backend } = await renderToday();

    backend.choose("format-disk");

    expect(screen.getByTestId("today-screen")).toBeInTheDocument();
    expect(MENU_IDS).not.toContain("format-disk");
  });
});

describe("'?' outside a text field", () => {
  it("lists the shortcuts, written for this platform", async () => {
    const { user } = await renderToday();

    await user.keyboard("?");

    expect(await screen.findByTestId("shortcuts")).toHaveTextContent("Ctrl+N");
    expect(forPlatform("Mod+Shift+E", true)).toBe("⌘Shift+E");
  });
});
