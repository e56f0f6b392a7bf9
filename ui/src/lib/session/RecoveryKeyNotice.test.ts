import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import RecoveryKeyNotice from "./RecoveryKeyNotice.svelte";

const KEY = "K7QF-2M9P-XW4R-8TZC-HN3D-6BVJ";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("RecoveryKeyNotice", () => {
  it("shows exactly the key and continues on 'I have saved it'", async () => {
    const onAcknowledge = vi.fn();
    render(RecoveryKeyNotice, { props: { recoveryKey: KEY, onAcknowledge } });

    expect(screen.getByRole("heading", { name: "Save your recovery key" })).toBeInTheDocument();
    expect(screen.getByTestId("recovery-key").textContent).toBe(KEY);

    await userEvent.setup().click(screen.getByTestId("recovery-ack"));

    expect(onAcknowledge).toHaveBeenCalledOnce();
  });

  it("copies the key to the clipboard", async () => {
    const user = userEvent.setup();
    render(RecoveryKeyNotice, { props: { recoveryKey: KEY, onAcknowledge: vi.fn() } });

    await user.click(screen.getByRole("button", { name: "Copy" }));

    expect(await navigator.clipboard.readText()).toBe(KEY);
    expect(screen.getByRole("button", { name: "Copied" })).toBeInTheDocument();
  });

  it("tells the user to copy by hand when the clipboard refuses", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    render(RecoveryKeyNotice, { props: { recoveryKey: KEY, onAcknowledge: vi.fn() } });

    await user.click(screen.getByRole("button", { name: "Copy" }));

    expect(await screen.findByText(/copy it by hand/)).toBeInTheDocument();
  });
});
