import { emptyDraft } from "./draft";
import { invoke } from "@tauri-apps/api/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "./api";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

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
    invokeMock.mockRejectedValueOnce("command contacts_list not found");

    const error = await api.listContacts().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "internal", message: "command contacts_list not found" });
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
    await api.listContacts({ tag: "mentor" });
    await api.getContact(4);
    await api.createContact(draft);
    await api.updateContact(4, draft);
    await api.deleteContact(4);

    expect(invokeMock.mock.calls).toEqual([
      ["session_unlock", { secret: "correct horse" }],
      ["contacts_list", { filter: { tag: "mentor" } }],
      ["contacts_get", { id: 4 }],
      ["contacts_create", { draft }],
      ["contacts_update", { id: 4, draft }],
      ["contacts_delete", { id: 4 }],
    ]);
  });
});
