import { screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../contacts/draft";
import { makeContact } from "../../../test/fakeApi";
import { renderMain, renderToday, rowNames } from "../../../test/renderMain";

const ACCOUNT = { url: "https://dav.example.com/", user: "ana", addressBook: "/a/", calendar: "/c/", contactNotesPlain: false };

describe("sync in the main window", () => {
  it("shows no sync status in the sidebar without an account", async () => {
    await renderToday();
    expect(screen.queryByTestId("sync-sidebar-status")).not.toBeInTheDocument();
  });

  it("opens Settings → Sync from the sidebar's status", async () => {
    const { user } = await renderToday({ syncStatus: { account: ACCOUNT, lastError: "The server could not be reached: offline" } });

    const status = await screen.findByTestId("sync-sidebar-status");
    expect(status).toHaveTextContent("Sync problem");
    await user.click(status);

    expect(await screen.findByTestId("sync-section")).toBeInTheDocument();
    expect(screen.getByTestId("sync-last-error")).toHaveTextContent("The server could not be reached: offline");
  });

  it("shows what a sync brought in the contact list, and the sidebar says it synced", async () => {
    const { api, user } = await renderMain({
      contacts: [makeContact({ id: 1, display_name: "Amara Okafor" })],
      syncStatus: { account: ACCOUNT },
      report: { sent: 0, received: 1, deletedHere: 0, deletedThere: 0, merged: 0, conflicts: 0, skipped: [] },
    });
    expect(rowNames()).toEqual(["Amara Okafor"]);
    // The other computer's contact, as the sync stores it behind the window's back.
    await api.createContact({ ...emptyDraft(), display_name: "Beatriz Santos" });

    await user.click(screen.getByTestId("nav-settings"));
    await user.click(await screen.findByTestId("sync-now"));
    await screen.findByTestId("sync-notice");
    await waitFor(() => expect(screen.getByTestId("sync-sidebar-status")).toHaveTextContent("Synced"));
    await user.click(screen.getByTestId("nav-contacts"));

    await waitFor(() => expect(rowNames()).toEqual(["Amara Okafor", "Beatriz Santos"]));
  });
});
