import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, type FakeOptions } from "../../test/fakeApi";
import { DEFAULT_BACKUP_FOLDER, makeBackup } from "../../test/fakeBackups";
import BackupsSection from "./BackupsSection.svelte";

const older = makeBackup({
  created_at: "2026-12-04T02:00:00Z",
  counts: { contacts: 1204, interactions: 3310, events: 41, cme_credits: 57 },
});
const newer = makeBackup({
  created_at: "2026-12-05T09:30:00Z",
  reason: "before_import",
  size: 3_500_000,
  counts: { contacts: 1180, interactions: 3300, events: 40, cme_credits: 57 },
});

async function openBackups(options: FakeOptions = {}) {
  const api = fakeApi({ backups: [newer, older], ...options });
  const onRestored = vi.fn();
  const user = userEvent.setup();
  render(BackupsSection, { props: { api, onRestored } });
  await waitFor(() => expect(screen.getByTestId("backup-now")).toBeEnabled());
  return { api, user, onRestored };
}

describe("backups in Settings", () => {
  it("lists every backup with its date, reason, size and counts, and where they are kept", async () => {
    await openBackups();

    const rows = screen.getAllByTestId("backup-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Before an import");
    expect(rows[0]).toHaveTextContent("3.3 MB");
    expect(rows[0]).toHaveTextContent(`${(1180).toLocaleString()} contacts · ${(3300).toLocaleString()} interactions · 40 events · 57 CME credits`);
    expect(rows[1]).toHaveTextContent("Daily");
    expect(rows[1]).toHaveTextContent("2026");
    expect(screen.getByTestId("backup-folder")).toHaveTextContent(DEFAULT_BACKUP_FOLDER);
    expect(screen.getByTestId("backups-section")).toHaveTextContent("the default");
  });

  it("backs up now and shows the new backup first", async () => {
    const { api, user } = await openBackups();

    await user.click(screen.getByTestId("backup-now"));

    expect(api.backUpNow).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(3));
    expect(screen.getAllByTestId("backup-row")[0]).toHaveTextContent("Made by hand");
    expect(screen.getByTestId("backups-notice")).toHaveTextContent("Backed up:");
  });

  it("says why a backup failed", async () => {
    const { api, user } = await openBackups();
    api.backUpNow.mockRejectedValueOnce({ code: "storage", message: "the backup could not be written: No space left on device" });

    await user.click(screen.getByTestId("backup-now"));

    expect(await screen.findByTestId("backups-error")).toHaveTextContent("No space left on device");
    expect(screen.getAllByTestId("backup-row")).toHaveLength(2);
  });

  it("restores only after a confirmation that says the current state is backed up first", async () => {
    const { api, user, onRestored } = await openBackups();

    await user.click(within(screen.getAllByTestId("backup-row")[1]).getByRole("button", { name: /Restore the backup of/ }));
    const dialog = screen.getByTestId("restore-confirm");
    expect(dialog).toHaveTextContent("A backup of the current state is made first");
    expect(dialog).toHaveTextContent(`${(1204).toLocaleString()} contacts`);
    expect(api.restoreBackup).not.toHaveBeenCalled();

    await user.click(within(dialog).getByTestId("restore-confirm-button"));

    expect(api.restoreBackup).toHaveBeenCalledExactlyOnceWith(older.path);
    await waitFor(() => expect(screen.queryByTestId("restore-confirm")).not.toBeInTheDocument());
    expect(screen.getByTestId("backups-notice")).toHaveTextContent(`Restored: ${(1204).toLocaleString()} contacts`);
    expect(onRestored).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getAllByTestId("backup-row")[0]).toHaveTextContent("Before a restore"));
  });

  it("cancelling the confirmation restores nothing", async () => {
    const { api, user, onRestored } = await openBackups();

    await user.click(within(screen.getAllByTestId("backup-row")[0]).getByRole("button", { name: /Restore the backup of/ }));
    await user.click(within(screen.getByTestId("restore-confirm")).getByRole("button", { name: "Cancel" }));

    expect(screen.queryByTestId("restore-confirm")).not.toBeInTheDocument();
    expect(api.restoreBackup).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it("keeps the dialog open with the reason when a damaged backup is refused", async () => {
    const { api, user, onRestored } = await openBackups();
    api.restoreBackup.mockRejectedValueOnce({
      code: "invalid_input",
      message: "curbside-….db is damaged or not a Curbside backup (database disk image is malformed); it was not used",
    });

    await user.click(within(screen.getAllByTestId("backup-row")[0]).getByRole("button", { name: /Restore the backup of/ }));
    await user.click(screen.getByTestId("restore-confirm-button"));

    expect(await screen.findByTestId("restore-error")).toHaveTextContent("is damaged");
    expect(screen.getByTestId("restore-confirm")).toBeInTheDocument();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it("changes the folder to one the user picks, and back to the default", async () => {
    const { api, user } = await openBackups({ pickedBackupFolder: "/home/doc/Dropbox/curbside" });

    await user.click(screen.getByTestId("backup-folder-change"));

    expect(api.setBackupFolder).toHaveBeenCalledExactlyOnceWith("/home/doc/Dropbox/curbside");
    await waitFor(() => expect(screen.getByTestId("backup-folder")).toHaveTextContent("/home/doc/Dropbox/curbside"));

    await user.click(screen.getByTestId("backup-folder-default"));

    expect(api.setBackupFolder).toHaveBeenLastCalledWith(null);
    await waitFor(() => expect(screen.getByTestId("backup-folder")).toHaveTextContent(DEFAULT_BACKUP_FOLDER));
  });

  it("says at the folder why a picked folder is refused, and keeps the one in use", async () => {
    const { api, user } = await openBackups({ pickedBackupFolder: "/media/usb" });
    api.setBackupFolder.mockRejectedValueOnce({ code: "storage", message: "/media/usb cannot be written to" });

    await user.click(screen.getByTestId("backup-folder-change"));

    const change = screen.getByTestId("backup-folder-change");
    expect(await screen.findByTestId("field-error-backup-folder-change")).toHaveTextContent("/media/usb cannot be written to");
    expect(change).toHaveAttribute("aria-invalid", "true");
    expect(change).toHaveAccessibleDescription("/media/usb cannot be written to");
    await waitFor(() => expect(change).toHaveFocus());
    expect(screen.getByTestId("backup-folder")).toHaveTextContent(DEFAULT_BACKUP_FOLDER);
  });

  it("leaves the folder as it was when the picker is cancelled", async () => {
    const { api, user } = await openBackups({ pickedBackupFolder: null });

    await user.click(screen.getByTestId("backup-folder-change"));

    expect(api.pickBackupFolder).toHaveBeenCalledOnce();
    expect(api.setBackupFolder).not.toHaveBeenCalled();
  });

  it("says when there are no backups yet", async () => {
    await openBackups({ backups: [] });
    expect(screen.getByTestId("backups-empty")).toHaveTextContent("No backups yet");
  });
});
