import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, type FakeOptions } from "../../../test/fakeApi";
import { FAKE_SYNC_KEY } from "../../../test/fakeSync";
import type { Conflict } from "../../bindings/Conflict";
import SyncSection from "./SyncSection.svelte";

const ACCOUNT = { url: "https://dav.example.com/", user: "ana", addressBook: "/ana/contacts/", calendar: "/ana/calendar/", contactNotesPlain: false };

const conflict = (id: number, fields: Partial<Conflict> = {}): Conflict => ({
  id,
  kind: "contact",
  uid: `uid-${id}`,
  item: "Dr. Ana Ruiz",
  field: "EMAIL",
  here: "ana@clinic.example",
  there: "ana.ruiz@hospital.example",
  ...fields,
});

async function openSync(options: FakeOptions = {}) {
  const api = fakeApi(options);
  const user = userEvent.setup();
  render(SyncSection, { props: { api } });
  await waitFor(() => expect(screen.queryByText("Loading…")).not.toBeInTheDocument());
  return { api, user };
}

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Server address"), "https://dav.example.com/");
  await user.type(screen.getByLabelText("User name"), "ana");
  await user.type(screen.getByLabelText("App password"), "app-password");
  await user.click(screen.getByTestId("sync-test"));
}

describe("Settings → Sync", () => {
  it("adds an account after testing the connection, and shows the new sync key once", async () => {
    const { api, user } = await openSync({
      offered: { addressBooks: [{ href: "/ana/contacts/", name: "Contacts" }], calendars: [{ href: "/ana/work/", name: "Work" }], holdsBook: false },
    });

    expect(screen.queryByTestId("sync-add")).not.toBeInTheDocument();
    await signIn(user);
    expect(api.syncOffered).toHaveBeenCalledWith("https://dav.example.com/", "ana", "app-password");
    const books = screen.getByTestId("sync-address-book");
    expect(within(books).getByRole("option", { name: "Create “Curbside”" })).toBeInTheDocument();
    await user.selectOptions(books, "Contacts");
    expect(screen.queryByTestId("sync-key-input")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("sync-add"));

    expect(api.syncAddAccount).toHaveBeenCalledWith({
      url: "https://dav.example.com/",
      user: "ana",
      password: "app-password",
      addressBook: "/ana/contacts/",
      calendar: null,
      syncKey: null,
    });
    const notice = await screen.findByTestId("sync-key-notice");
    expect(within(notice).getByTestId("sync-key")).toHaveTextContent(FAKE_SYNC_KEY);
    expect(notice).toHaveTextContent("only this once");
    await user.click(within(notice).getByTestId("sync-key-copy"));
    expect(await navigator.clipboard.readText()).toBe(FAKE_SYNC_KEY);
    expect(await screen.findByTestId("sync-account")).toHaveTextContent("ana");

    await user.click(screen.getByTestId("sync-key-done"));
    expect(screen.queryByTestId("sync-key-notice")).not.toBeInTheDocument();
    expect(screen.queryByText(FAKE_SYNC_KEY)).not.toBeInTheDocument();
  });

  it("shows why the connection failed, in words, and adds nothing", async () => {
    const message = "The server refused the user name or password (HTTP 401): check them; many servers want an app password here";
    const { api, user } = await openSync({ offeredError: { code: "server", message } });

    await signIn(user);

    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(screen.queryByTestId("sync-add")).not.toBeInTheDocument();
    expect(api.syncAddAccount).not.toHaveBeenCalled();
  });

  it("marks every empty sign-in field at once and asks the server nothing", async () => {
    const { api, user } = await openSync();

    await user.type(screen.getByLabelText("User name"), "ana");
    await user.click(screen.getByTestId("sync-test"));

    expect(await screen.findByTestId("field-error-sync-url")).toHaveTextContent("Type the server's address.");
    expect(screen.getByTestId("field-error-sync-password")).toHaveTextContent("Type the app password.");
    expect(screen.queryByTestId("field-error-sync-user")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText("Server address")).toHaveFocus());
    expect(screen.getByTestId("sync-add-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(api.syncOffered).not.toHaveBeenCalled();
  });

  it("shows a refused server address at the address", async () => {
    const message = "“dav example” is not a web address: write it like https://dav.example.com/";
    const { api, user } = await openSync();
    api.syncOffered.mockRejectedValueOnce({ code: "invalid_input", message, field: "url" });

    await signIn(user);

    expect(await screen.findByTestId("field-error-sync-url")).toHaveTextContent(message);
    expect(screen.getByLabelText("Server address")).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(screen.getByLabelText("Server address")).toHaveFocus());
  });

  it("asks for the sync key when the server already holds a book, and then shows no new key", async () => {
    const { api, user } = await openSync({
      offered: { addressBooks: [], calendars: [], holdsBook: true },
      newSyncKey: null,
    });

    await signIn(user);
    const field = screen.getByTestId("sync-key-input");
    expect(screen.getByTestId("sync-add-form")).toHaveTextContent("already holds a Curbside book");
    await user.click(screen.getByTestId("sync-add"));
    expect(await screen.findByTestId("field-error-sync-key")).toHaveTextContent("Type the sync key your other computer showed.");
    await waitFor(() => expect(field).toHaveFocus());
    expect(api.syncAddAccount).not.toHaveBeenCalled();
    await user.type(field, FAKE_SYNC_KEY);
    expect(screen.queryByTestId("field-error-sync-key")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("sync-add"));

    expect(api.syncAddAccount).toHaveBeenCalledWith(expect.objectContaining({ syncKey: FAKE_SYNC_KEY }));
    expect(await screen.findByTestId("sync-account")).toBeInTheDocument();
    expect(screen.queryByTestId("sync-key-notice")).not.toBeInTheDocument();
  });

  it("syncs now and says what it did, or why it failed", async () => {
    const { user } = await openSync({
      syncStatus: { account: ACCOUNT },
      report: { sent: 2, received: 1, deletedHere: 0, deletedThere: 0, merged: 0, conflicts: 0, skipped: [] },
    });
    expect(screen.getByTestId("sync-status")).toHaveTextContent("Not synced yet.");

    await user.click(screen.getByTestId("sync-now"));

    expect(await screen.findByTestId("sync-notice")).toHaveTextContent("Synced: 2 sent, 1 received.");
    expect(screen.getByTestId("sync-status")).toHaveTextContent("Last synced");
  });

  it("shows a failed sync's reason in words", async () => {
    const message = "The server could not be reached: connection refused";
    const { user } = await openSync({ syncStatus: { account: ACCOUNT }, syncError: { code: "server", message } });

    await user.click(screen.getByTestId("sync-now"));

    expect(await screen.findByTestId("sync-error")).toHaveTextContent(message);
    expect(await screen.findByTestId("sync-last-error")).toHaveTextContent(message);
  });

  it("lists conflicts with both values, and a decided one disappears", async () => {
    const { api, user } = await openSync({
      syncStatus: { account: ACCOUNT },
      conflicts: [conflict(1), conflict(2, { item: "Dr. Li Wei", field: null, here: "Met at ESC 2026", there: "(deleted)" })],
    });

    const rows = await screen.findAllByTestId("sync-conflict");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Dr. Ana Ruiz");
    expect(rows[0]).toHaveTextContent("EMAIL");
    expect(rows[0]).toHaveTextContent("ana@clinic.example");
    expect(rows[0]).toHaveTextContent("ana.ruiz@hospital.example");
    expect(rows[1]).toHaveTextContent("Deleted on one side, changed on the other");

    await user.click(within(rows[0]).getByRole("button", { name: "Keep the other" }));

    expect(api.syncResolve).toHaveBeenCalledWith(1, "there");
    await waitFor(() => expect(screen.getAllByTestId("sync-conflict")).toHaveLength(1));
    expect(screen.getByTestId("sync-conflict")).toHaveTextContent("Dr. Li Wei");
    await user.click(screen.getByRole("button", { name: "Keep this computer's" }));
    expect(api.syncResolve).toHaveBeenLastCalledWith(2, "here");
    await waitFor(() => expect(screen.queryByTestId("sync-conflicts")).not.toBeInTheDocument());
  });

  it("sends contact notes in plain text only when the user turns it on", async () => {
    const { api, user } = await openSync({ syncStatus: { account: ACCOUNT } });
    const box = screen.getByTestId("sync-notes-plain");
    expect(box).not.toBeChecked();
    expect(screen.getByTestId("sync-section")).toHaveTextContent("the server's operator sees them");

    await user.click(box);

    expect(api.syncSetNotesPlain).toHaveBeenCalledWith(true);
    await waitFor(() => expect(screen.getByTestId("sync-notes-plain")).toBeChecked());
  });

  it("removes the account only after a confirmation", async () => {
    const { api, user } = await openSync({ syncStatus: { account: ACCOUNT } });

    await user.click(screen.getByTestId("sync-remove"));
    const dialog = screen.getByTestId("sync-remove-confirm");
    expect(dialog).toHaveTextContent("Stop syncing with https://dav.example.com/?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(api.syncRemoveAccount).not.toHaveBeenCalled();
    expect(screen.getByTestId("sync-account")).toBeInTheDocument();

    await user.click(screen.getByTestId("sync-remove"));
    await user.click(screen.getByTestId("sync-remove-confirm-button"));

    expect(api.syncRemoveAccount).toHaveBeenCalledOnce();
    expect(await screen.findByTestId("sync-add-form")).toBeInTheDocument();
    expect(screen.getByTestId("sync-notice")).toHaveTextContent("Sync is off");
  });

  it("shows the sync key again when asked, for another computer", async () => {
    const { user } = await openSync({ syncStatus: { account: ACCOUNT } });

    await user.click(screen.getByTestId("sync-show-key"));

    const notice = await screen.findByTestId("sync-key-notice");
    expect(notice).toHaveTextContent(FAKE_SYNC_KEY);
    expect(notice).not.toHaveTextContent("only this once");
  });
});
