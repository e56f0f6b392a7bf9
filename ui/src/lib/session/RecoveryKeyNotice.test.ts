import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api";
import { fakeApi } from "../../test/fakeApi";
import RecoveryKeyNotice from "./RecoveryKeyNotice.svelte";
import { keyGroups, matchesLastGroup } from "./recoveryKey";

const KEY = "K7QF-2M9P-XW4R-8TZC-HN3D-6BVJ-QQ2A-ZT7M";

afterEach(() => {
  vi.restoreAllMocks();
});

function show(onAcknowledge = vi.fn(), api = fakeApi()) {
  render(RecoveryKeyNotice, { props: { api, recoveryKey: KEY, onAcknowledge } });
  return { onAcknowledge, api, user: userEvent.setup() };
}

describe("RecoveryKeyNotice", () => {
  it("shows exactly the key, each group whole", () => {
    show();

    expect(screen.getByRole("heading", { name: "Save your recovery key" })).toBeInTheDocument();
    expect(screen.getByTestId("recovery-key").textContent).toBe(KEY);
    const groups = [...screen.getByTestId("recovery-key").querySelectorAll(".group")].map((g) => g.textContent);
    expect(groups).toEqual(KEY.split("-"));
  });

  it("goes on only once the last group is typed back", async () => {
    const { onAcknowledge, user } = show();

    await user.click(screen.getByTestId("recovery-ack"));
    const field = screen.getByTestId("recovery-confirm");
    expect(field).toHaveFocus();
    const next = screen.getByTestId("recovery-continue");
    expect(next).toBeDisabled();

    await user.type(field, "QQ2A");
    expect(screen.getByText(/not the last group/)).toBeInTheDocument();
    expect(next).toBeDisabled();

    await user.clear(field);
    await user.type(field, "zt7m{Enter}");
    expect(onAcknowledge).toHaveBeenCalledOnce();
  });

  it("saves the key to a file the user picks and says so", async () => {
    const { api, user } = show();

    await user.click(screen.getByTestId("recovery-save"));

    expect(api.saveRecoveryKey).toHaveBeenCalledWith(KEY);
    expect(await screen.findByText(/The key is saved/)).toBeInTheDocument();
  });

  it("says why the key could not be saved", async () => {
    const api = fakeApi();
    api.saveRecoveryKey.mockRejectedValue(new ApiError("storage", "the disk is full"));
    const { user } = show(vi.fn(), api);

    await user.click(screen.getByTestId("recovery-save"));

    expect(await screen.findByText(/could not be saved: the disk is full/)).toBeInTheDocument();
  });

  it("prints through the system's print dialog", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { user } = show();

    await user.click(screen.getByRole("button", { name: "Print…" }));

    expect(print).toHaveBeenCalledOnce();
  });

  it("copies the key to the clipboard", async () => {
    const { user } = show();

    await user.click(screen.getByRole("button", { name: "Copy" }));

    expect(await navigator.clipboard.readText()).toBe(KEY);
    expect(screen.getByText(/on your clipboard/)).toBeInTheDocument();
  });

  it("tells the user to copy by hand when the clipboard refuses", async () => {
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    const { user } = show();

    await user.click(screen.getByRole("button", { name: "Copy" }));

    expect(await screen.findByText(/copy it by hand/)).toBeInTheDocument();
  });
});

describe("the recovery key's groups", () => {
  it("splits on dashes and checks the last group whatever the case or spaces", () => {
    expect(keyGroups("ABCD-EFGH")).toEqual(["ABCD", "EFGH"]);
    expect(matchesLastGroup("ABCD-EFGH", " efgh ")).toBe(true);
    expect(matchesLastGroup("ABCD-EFGH", "ABCD")).toBe(false);
    expect(matchesLastGroup("ABCD-EFGH", "")).toBe(false);
  });
});
