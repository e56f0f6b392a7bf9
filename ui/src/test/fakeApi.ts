/** An in-memory stand-in for the backend, for component tests. Every method is a vi.fn spy. */
import { vi } from "vitest";
import type { Api } from "../lib/api";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactDraft } from "../lib/bindings/ContactDraft";
import type { SessionStatus } from "../lib/bindings/SessionStatus";
import { emptyDraft } from "../lib/draft";

/** What the backend makes of a draft: the stored contact. */
function stored(draft: ContactDraft, id: number, stamp: string): Contact {
  const empty = { prefix: "", given: "", middle: "", family: "", suffix: "" };
  return {
    ...draft,
    id,
    name: draft.name ?? empty,
    birthday: draft.birthday === "" ? null : draft.birthday,
    met: draft.met ?? { on: null, at: "", introduced_by: null },
    uid: null,
    extra: [],
    has_photo: false,
    created_at: stamp,
    updated_at: stamp,
  };
}

export function makeContact(fields: Partial<Contact> & Pick<Contact, "id" | "display_name">): Contact {
  return { ...stored(emptyDraft(), fields.id, "2026-01-15T09:30:00Z"), ...fields };
}

export const UNLOCKED: Extract<SessionStatus, { state: "unlocked" }> = {
  state: "unlocked",
  recovery_key: null,
  key_in_keyring: true,
  data_dir: "/home/doc/.local/share/curbside",
};

export type FakeApi = {
  [K in keyof Api]: Api[K] & ReturnType<typeof vi.fn>;
};

export function fakeApi(options: { contacts?: Contact[]; session?: SessionStatus } = {}): FakeApi {
  let rows = [...(options.contacts ?? [])];
  let nextId = Math.max(0, ...rows.map((row) => row.id)) + 1;
  const sorted = () => [...rows].sort((a, b) => a.display_name.localeCompare(b.display_name));
  const stamp = "2026-02-01T12:00:00Z";

  return {
    sessionOpen: vi.fn(async () => options.session ?? UNLOCKED),
    sessionUnlock: vi.fn(async () => UNLOCKED),
    listContacts: vi.fn(async () => sorted()),
    getContact: vi.fn(async (id: number) => {
      const found = rows.find((row) => row.id === id);
      if (!found) throw { code: "not_found", message: "No such contact." };
      return found;
    }),
    createContact: vi.fn(async (draft: ContactDraft) => {
      const created = stored(draft, nextId++, stamp);
      rows.push(created);
      return created;
    }),
    updateContact: vi.fn(async (id: number, draft: ContactDraft) => {
      const existing = rows.find((row) => row.id === id);
      if (!existing) throw { code: "not_found", message: "No such contact." };
      const updated: Contact = { ...stored(draft, id, stamp), created_at: existing.created_at };
      rows = rows.map((row) => (row.id === id ? updated : row));
      return updated;
    }),
    deleteContact: vi.fn(async (id: number) => {
      rows = rows.filter((row) => row.id !== id);
    }),
  } as FakeApi;
}
