import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import AppearanceSection from "./AppearanceSection.svelte";
import { applyTheme, storedTheme, THEME_KEY } from "./theme";

/** A system colour preference the test can flip, as a MediaQueryList. */
function systemPrefers(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  } as unknown as MediaQueryList;
  const flip = (to: boolean) => {
    (media as { matches: boolean }).matches = to;
    listeners.forEach((listener) => listener());
  };
  return { media, flip, listening: () => listeners.size };
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe("the colour theme", () => {
  it("follows the system while the choice is 'system', and stops when asked", () => {
    const root = document.createElement("div");
    const system = systemPrefers(true);

    const stop = applyTheme("system", root, system.media);
    expect(root.dataset.theme).toBe("dark");
    system.flip(false);
    expect(root.dataset.theme).toBe("light");

    stop();
    expect(system.listening()).toBe(0);
  });

  it("keeps to the user's choice whatever the system says", () => {
    const root = document.createElement("div");
    const system = systemPrefers(true);

    applyTheme("light", root, system.media);

    expect(root.dataset.theme).toBe("light");
    expect(system.listening()).toBe(0);
  });

  it("reads a kept choice, and anything else as 'system'", () => {
    localStorage.setItem(THEME_KEY, "dark");
    expect(storedTheme()).toBe("dark");
    localStorage.setItem(THEME_KEY, "purple");
    expect(storedTheme()).toBe("system");
  });

  it("is chosen in Settings → Appearance, shown at once and kept", async () => {
    render(AppearanceSection);
    expect(screen.getByTestId("theme-system")).toBeChecked();

    await userEvent.setup().click(screen.getByTestId("theme-dark"));

    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_KEY)).toBe("dark");
  });
});
