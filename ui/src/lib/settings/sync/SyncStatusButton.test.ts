import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { NO_SYNC } from "../../../test/fakeSync";
import SyncStatusButton from "./SyncStatusButton.svelte";

const ACCOUNT = { url: "https://dav.example.com/", user: "ana", addressBook: "/a/", calendar: "/c/", contactNotesPlain: false };

describe("the sidebar's sync status", () => {
  it("shows nothing when sync is not set up", () => {
    render(SyncStatusButton, { props: { sync: { status: NO_SYNC, syncing: false, progress: null }, onOpen: vi.fn() } });
    expect(screen.queryByTestId("sync-sidebar-status")).not.toBeInTheDocument();
  });

  it("shows a problem with its reason on hover, and opens Settings → Sync", async () => {
    const onOpen = vi.fn();
    const status = { ...NO_SYNC, account: ACCOUNT, lastError: "The server could not be reached: connection refused" };
    render(SyncStatusButton, { props: { sync: { status, syncing: false, progress: null }, onOpen } });

    const button = screen.getByTestId("sync-sidebar-status");
    expect(button).toHaveTextContent("Sync problem");
    expect(button).toHaveAttribute("title", status.lastError);
    await userEvent.setup().click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });
});
