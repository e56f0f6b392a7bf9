import { emptyDraft } from "./draft";
import { invoke } from "@tauri-apps/api/core";
import { open, save } from "@tauri-apps/plugin-dialog";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "./api";

vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

const invokeMock = vi.mocked(invoke);

beforeEach(() => {
  invokeMock.mockReset();
});

describe("api", () => {
  it("turns a rejected IpcError into an ApiError with the same code and message", async () => {
    invokeMock.mockRejectedValueOnce({ code: "wrong_secret", message: "That passphrase is not right." });

    const error = await api.sessionUnlock("nope").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "wrong_secret", message: "That passphrase is not right." });
  });

  it("turns a plain string rejection into an internal ApiError carrying that text", async () => {
    invokeMock.mockRejectedValueOnce("command contacts_summaries not found");

    const error = await api.contactSummaries().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "internal", message: "command contacts_summaries not found" });
  });

  it("never shows an object dump for a rejection of unknown shape", async () => {
    invokeMock.mockRejectedValueOnce({ code: "kaboom", detail: { line: 3 } });

    const error = (await api.sessionOpen().catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe("internal");
    expect(error.message).not.toMatch(/object|\{|kaboom/i);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("explains that the backend is missing when the UI runs in a plain browser", async () => {
    invokeMock.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'invoke')"));

    const error = (await api.sessionOpen().catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe("internal");
    expect(error.message).toMatch(/backend is not running/);
  });

  it("passes through the backend's value on success", async () => {
    invokeMock.mockResolvedValueOnce({ state: "unlocked", recovery_key: null, key_in_keyring: true, data_dir: "/d" });

    await expect(api.sessionOpen()).resolves.toMatchObject({ state: "unlocked" });
    expect(invokeMock).toHaveBeenCalledWith("session_open", undefined);
  });

  it("calls each command by its Rust name with camelCase argument keys", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { ...emptyDraft(), display_name: "Ana Ruiz", credentials: "MD" };

    await api.sessionUnlock("correct horse");
    await api.getContact(4);
    await api.createContact(draft);
    await api.updateContact(4, draft);
    await api.deleteContact(4);

    expect(invokeMock.mock.calls).toEqual([
      ["session_unlock", { secret: "correct horse" }],
      ["contacts_get", { id: 4 }],
      ["contacts_create", { draft }],
      ["contacts_update", { id: 4, draft }],
      ["contacts_delete", { id: 4 }],
    ]);
  });

  it("calls the contact book's newer commands by their Rust names", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { kind: "call" as const, occurred_at: null, time_zone: "", note: "", contact_ids: [4] };

    await api.contactSummaries({ city: "Berlin" });
    await api.contactProfile(4);
    await api.searchContacts("okafor", 200);
    await api.findDuplicates();
    await api.mergeContacts(1, 2);
    await api.tagContacts([1, 2], "mentor");
    await api.untagContacts([1], "mentor");
    await api.deleteContacts([1, 2]);
    await api.undoDelete(7);
    await api.addInteraction(draft);
    await api.importCancel();
    await api.exportContacts("/tmp/c.vcf", "vcard4", null);

    expect(invokeMock.mock.calls).toEqual([
      ["contacts_summaries", { filter: { city: "Berlin" } }],
      ["contacts_profile", { id: 4 }],
      ["contacts_search", { query: "okafor", limit: 200 }],
      ["contacts_duplicates", undefined],
      ["contacts_merge", { keep: 1, other: 2 }],
      ["contacts_tag", { ids: [1, 2], tag: "mentor" }],
      ["contacts_untag", { ids: [1], tag: "mentor" }],
      ["contacts_delete_many", { ids: [1, 2] }],
      ["contacts_undo_delete", { token: 7 }],
      ["interactions_add", { draft }],
      ["import_cancel", undefined],
      ["export_contacts", { path: "/tmp/c.vcf", format: "vcard4", ids: null }],
    ]);
  });

  it("calls the photo, history and relationship commands by their Rust names", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { organization: "Charité", kind: "residency" as const, role: "", starts_on: "2015-07-01", ends_on: null };

    await api.contactPhoto(4);
    await api.addAffiliation(4, draft);
    await api.removeAffiliation(9);
    await api.addRelationship(4, null, "mentor", "PhD supervisor");
    await api.addRelationship(4, 5, "collaborator", "");
    await api.removeRelationship(3);

    expect(invokeMock.mock.calls).toEqual([
      ["contacts_photo", { id: 4 }],
      ["affiliations_add", { contact: 4, draft }],
      ["affiliations_remove", { id: 9 }],
      ["relationships_add", { contact: 4, other: null, kind: "mentor", label: "PhD supervisor" }],
      ["relationships_add", { contact: 4, other: 5, kind: "collaborator", label: "" }],
      ["relationships_remove", { id: 3 }],
    ]);
  });

  it("imports through a channel that reports progress, and turns a cancel into an ApiError", async () => {
    const heard: number[] = [];
    invokeMock.mockImplementationOnce(async (_command, args) => {
      const channel = (args as { onProgress: { onmessage: (p: { done: number }) => void } }).onProgress;
      channel.onmessage({ done: 500 });
      channel.onmessage({ done: 1000 });
      throw { code: "cancelled", message: "Import cancelled" };
    });

    const error = await api.importFiles(["/a.vcf"], false, ({ done }) => heard.push(done)).catch((e: unknown) => e);

    expect(invokeMock).toHaveBeenCalledWith("import_files", {
      paths: ["/a.vcf"],
      skipBad: false,
      onProgress: expect.anything(),
    });
    expect(heard).toEqual([500, 1000]);
    expect(error).toMatchObject({ code: "cancelled" });
  });

  it("asks for contact files, and for an export path with the format's extension", async () => {
    vi.mocked(open).mockResolvedValueOnce(["/a.vcf", "/b.csv"]).mockResolvedValueOnce(null);
    vi.mocked(save).mockResolvedValueOnce("/home/doc/contacts.csv");

    expect(await api.pickImportFiles()).toEqual(["/a.vcf", "/b.csv"]);
    expect(await api.pickImportFiles()).toEqual([]);
    expect(await api.pickExportPath("csv")).toBe("/home/doc/contacts.csv");

    expect(open).toHaveBeenCalledWith({
      title: "Import contacts",
      multiple: true,
      filters: [{ name: "Contacts", extensions: ["vcf", "vcard", "csv"] }],
    });
    expect(save).toHaveBeenCalledWith({
      title: "Export contacts",
      defaultPath: "contacts.csv",
      filters: [{ name: "CSV", extensions: ["csv"] }],
    });
  });
});
