import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { makeBackup } from "../../test/fakeBackups";
import { ApiError } from "../api";
import DamagedScreen from "./DamagedScreen.svelte";

const FINDINGS = ["HMAC verification failed for page 42"];

function renderDamaged(options: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi(options);
  const onContinue = vi.fn();
  render(DamagedScreen, {
    props: {
      api,
      message: "/d/curbside.db is damaged, so Curbside will not write to it",
      findings: FINDINGS,
      onContinue,
    },
  });
  return { api, onContinue, user: userEvent.setup() };
}

describe("DamagedScreen", () => {
  it("says in plain words what happened and that nothing was changed", () => {
    renderDamaged();

    expect(screen.getByRole("heading", { name: "Your Curbside data is damaged" })).toBeInTheDocument();
    expect(screen.getByText(/has not changed the file/)).toBeInTheDocument();
    expect(screen.getByTestId("damage-findings")).toHaveTextContent("page 42");
  });

  it("salvages, then shows what was saved and what could not be read", async () => {
    const { api, onContinue, user } = renderDamaged();
    vi.mocked(api.sessionSalvage).mockResolvedValueOnce({
      damaged_copy: "/d/curbside.db.damaged-20261205T101500Z",
      complete: false,
      tables: [
        { table: "contacts", saved: 1480, unreadable: ["ids 601 to 620"], orphans_left_out: 0 },
        { table: "contact_emails", saved: 1480, unreadable: [], orphans_left_out: 20 },
        { table: "events", saved: 12, unreadable: [], orphans_left_out: 0 },
      ],
    });

    await user.click(screen.getByTestId("salvage"));

    expect(api.sessionSalvage).toHaveBeenCalledExactlyOnceWith(null);
    expect(screen.getByTestId("salvage-summary")).toHaveTextContent("2,972 entries were saved");
    const losses = screen.getByTestId("salvage-losses");
    expect(losses).toHaveTextContent("contacts: 1,480 saved; could not be read: ids 601 to 620");
    expect(losses).toHaveTextContent("20 left out");
    expect(losses).not.toHaveTextContent("events");
    expect(screen.getByText("/d/curbside.db.damaged-20261205T101500Z")).toBeInTheDocument();

    await user.click(screen.getByTestId("salvage-continue"));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it("asks for the passphrase when the keyring does not hold the key, and salvages with it", async () => {
    const { api, user } = renderDamaged();
    vi.mocked(api.sessionSalvage).mockRejectedValueOnce(
      new ApiError("passphrase_needed", "Enter your passphrase or recovery key"),
    );

    await user.click(screen.getByTestId("salvage"));
    expect(screen.getByTestId("salvage-error")).toHaveTextContent("Enter your passphrase");
    await user.type(screen.getByTestId("salvage-secret"), "correct horse");
    await user.click(screen.getByTestId("salvage"));

    expect(api.sessionSalvage).toHaveBeenLastCalledWith("correct horse");
    expect(screen.getByTestId("salvage-summary")).toHaveTextContent("nothing was lost");
  });

  it("offers no backup to restore when there is none, only the salvage", async () => {
    const { api } = renderDamaged();
    await vi.waitFor(() => expect(api.backups).toHaveBeenCalled());

    expect(screen.queryByTestId("newest-backup")).not.toBeInTheDocument();
    expect(screen.getByTestId("salvage")).toBeEnabled();
  });

  it("offers the newest backup with what it holds, restores it, and says where the damaged file is kept", async () => {
    const newest = makeBackup({ created_at: "2026-12-04T09:00:00Z", counts: { contacts: 1204, interactions: 3310, events: 41, cme_credits: 57 } });
    const older = makeBackup({ created_at: "2026-12-01T09:00:00Z" });
    const { api, onContinue, user } = renderDamaged({ backups: [newest, older] });
    vi.mocked(api.sessionRestoreBackup).mockResolvedValueOnce("/d/curbside.db.damaged-20261205T101500Z");

    const offer = await screen.findByTestId("newest-backup");
    expect(offer).toHaveTextContent("1,204 contacts");
    await user.click(screen.getByTestId("restore-newest"));

    expect(api.sessionRestoreBackup).toHaveBeenCalledExactlyOnceWith(newest.path, null);
    expect(api.sessionSalvage).not.toHaveBeenCalled();
    expect(screen.getByTestId("restored-summary")).toBeInTheDocument();
    expect(screen.getByText("/d/curbside.db.damaged-20261205T101500Z")).toBeInTheDocument();
    await user.click(screen.getByTestId("restored-continue"));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it("asks for the passphrase before restoring when the keyring does not hold the key", async () => {
    const newest = makeBackup({ created_at: "2026-12-04T09:00:00Z" });
    const { api, user } = renderDamaged({ backups: [newest] });
    vi.mocked(api.sessionRestoreBackup).mockRejectedValueOnce(
      new ApiError("passphrase_needed", "Enter your passphrase or recovery key"),
    );

    await user.click(await screen.findByTestId("restore-newest"));
    await user.type(screen.getByTestId("salvage-secret"), "correct horse");
    await user.click(screen.getByTestId("restore-newest"));

    expect(api.sessionRestoreBackup).toHaveBeenLastCalledWith(newest.path, "correct horse");
    expect(screen.getByTestId("restored-summary")).toBeInTheDocument();
  });
});
