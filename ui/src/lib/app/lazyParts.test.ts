import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeBackend, UNLOCKED } from "../../test/fakeApi";
import { lazy, parts } from "./lazyParts";
import MainView from "./MainView.svelte";

describe("a part loaded on first use", () => {
  it("is loaded once, and is the part itself once loaded (a screen shown again renders at once)", async () => {
    const part = { name: "the calendar" };
    const load = vi.fn(async () => ({ default: part }));
    const get = lazy(load);

    const first = get();
    expect(first).toBeInstanceOf(Promise);
    expect(get()).toBe(first);
    expect(await first).toBe(part);
    expect(get()).toBe(part);
    expect(load).toHaveBeenCalledOnce();
  });

  it("is tried again after a failed load", async () => {
    const part = { name: "the settings" };
    const load = vi
      .fn<() => Promise<{ default: typeof part }>>()
      .mockRejectedValueOnce(new Error("chunk missing"))
      .mockResolvedValueOnce({ default: part });
    const get = lazy(load);

    await expect(get()).rejects.toThrow("chunk missing");
    expect(await get()).toBe(part);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the main window with its screens in their own chunks", () => {
  // Not preloaded as renderMain does: CME, the palette and the calendar load when first asked for.
  it("stays on the screen chosen last when a screen chosen before it was still loading", async () => {
    const backend = fakeBackend({});
    render(MainView, { props: { api: backend.api, session: UNLOCKED } });
    await screen.findByTestId("app-ready");
    const user = userEvent.setup();

    await user.click(screen.getByTestId("nav-cme"));
    await user.click(screen.getByTestId("nav-contacts"));
    await screen.findByTestId("contact-list");
    await parts.cme();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(screen.getByTestId("contact-list")).toBeInTheDocument();
    expect(screen.queryByTestId("cme-screen")).not.toBeInTheDocument();
    expect(screen.getByTestId("nav-contacts")).toHaveAttribute("aria-current", "page");
  }, 30_000);

  it("opens the palette, and its New event reaches the calendar's form on the calendar's first visit", async () => {
    const backend = fakeBackend({});
    render(MainView, { props: { api: backend.api, session: UNLOCKED } });
    await screen.findByTestId("app-ready");
    const user = userEvent.setup();

    backend.choose("command-palette");
    const palette = await screen.findByTestId("command-palette", {}, { timeout: 10_000 });
    await user.type(within(palette).getByTestId("palette-input"), "new event");
    await user.keyboard("{Enter}");

    expect(await screen.findByRole("heading", { name: "New event" }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByTestId("calendar-screen")).toBeInTheDocument();
    expect(screen.queryByTestId("part-loading")).not.toBeInTheDocument();
    // The first import of a chunk is transformed on the fly under vitest: seconds on a busy machine.
  }, 30_000);
});
