/**
 * The one door to the Rust backend. Every Tauri command the UI uses is wrapped
 * here; components receive an `Api` and never import `invoke` themselves, so a
 * component test can hand them a fake.
 */
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";
import type { Affiliation } from "./bindings/Affiliation";
import type { AffiliationDraft } from "./bindings/AffiliationDraft";
import type { Contact } from "./bindings/Contact";
import type { ContactDraft } from "./bindings/ContactDraft";
import type { ContactFilter } from "./bindings/ContactFilter";
import type { ContactProfile } from "./bindings/ContactProfile";
import type { ContactSummary } from "./bindings/ContactSummary";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportSummary } from "./bindings/ImportSummary";
import type { Interaction } from "./bindings/Interaction";
import type { InteractionDraft } from "./bindings/InteractionDraft";
import type { IpcError } from "./bindings/IpcError";
import type { Relationship } from "./bindings/Relationship";
import type { RelationshipKind } from "./bindings/RelationshipKind";
import type { SessionStatus } from "./bindings/SessionStatus";

/** A failed backend call, carrying a message that is fit to show the user. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** What a file drag over the window is doing. */
export type FileDrag = { type: "hover" } | { type: "leave" } | { type: "drop"; paths: string[] };

/** Everything the UI may ask of the backend. */
export interface Api {
  sessionOpen(): Promise<SessionStatus>;
  sessionUnlock(secret: string): Promise<SessionStatus>;
  /** The list's lines, in name order: cheap enough for 100,000 people. */
  contactSummaries(filter?: ContactFilter): Promise<ContactSummary[]>;
  /** A contact with their timeline, newest first. */
  contactProfile(id: number): Promise<ContactProfile>;
  /** Full-text search, best matches first. */
  searchContacts(query: string, limit: number): Promise<Contact[]>;
  getContact(id: number): Promise<Contact>;
  createContact(draft: ContactDraft): Promise<Contact>;
  updateContact(id: number, draft: ContactDraft): Promise<Contact>;
  deleteContact(id: number): Promise<void>;
  /** The contact's photo as a `data:image/…` URL; ask only when `has_photo`. */
  contactPhoto(id: number): Promise<string | null>;
  /** Adds a line to a contact's training and job history (filing a new organisation by name). */
  addAffiliation(contact: number, draft: AffiliationDraft): Promise<Affiliation>;
  removeAffiliation(id: number): Promise<void>;
  /** Records that `contact` is the `kind` of `other` (of the user when null). */
  addRelationship(contact: number, other: number | null, kind: RelationshipKind, label: string): Promise<Relationship>;
  removeRelationship(id: number): Promise<void>;
  findDuplicates(): Promise<DuplicatePair[]>;
  /** Merges `other` into `keep`; returns the merged contact. */
  mergeContacts(keep: number, other: number): Promise<Contact>;
  /** Returns how many contacts changed. */
  tagContacts(ids: number[], tag: string): Promise<number>;
  untagContacts(ids: number[], tag: string): Promise<number>;
  /** Deletes several contacts; returns a token for `undoDelete`. */
  deleteContacts(ids: number[]): Promise<number>;
  undoDelete(token: number): Promise<void>;
  addInteraction(draft: InteractionDraft): Promise<Interaction>;
  /** Imports files; `onProgress` hears how many entries were handled so far. */
  importFiles(paths: string[], skipBad: boolean, onProgress: (progress: ImportProgress) => void): Promise<ImportSummary>;
  importCancel(): Promise<void>;
  /** Writes contacts (`ids`, or all when null) to `path`; returns how many. */
  exportContacts(path: string, format: ExportFormat, ids: number[] | null): Promise<number>;
  /** Asks the user for contact files to import; empty when they cancel. */
  pickImportFiles(): Promise<string[]>;
  /** Asks the user where to export; null when they cancel. */
  pickExportPath(format: ExportFormat): Promise<string | null>;
  /** Hears files dragged onto the window; resolves to a function that stops listening. */
  onFilesDropped(handler: (drag: FileDrag) => void): Promise<() => void>;
}

/** The file types an import reads. */
export const IMPORT_EXTENSIONS = ["vcf", "vcard", "csv"];

const EXPORT_FILES: Record<ExportFormat, { name: string; file: string; extensions: string[] }> = {
  vcard: { name: "vCard", file: "contacts.vcf", extensions: ["vcf"] },
  vcard4: { name: "vCard", file: "contacts.vcf", extensions: ["vcf"] },
  csv: { name: "CSV", file: "contacts.csv", extensions: ["csv"] },
  json: { name: "JSON", file: "contacts.json", extensions: ["json"] },
};

// A Record (not an array) so that tsc fails here when Rust adds an ErrorCode.
const KNOWN_CODES: Record<ErrorCode, true> = {
  invalid_input: true,
  not_found: true,
  passphrase_needed: true,
  wrong_secret: true,
  locked: true,
  storage: true,
  cancelled: true,
  internal: true,
};

const FALLBACK_MESSAGE = "Something went wrong inside Curbside. Please try again.";

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(KNOWN_CODES, value);
}

/** Turns whatever a rejected `invoke` produced into an `ApiError`. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (typeof reason === "object" && reason !== null) {
    // An IpcError from the shell, or an Error thrown on the JS side of invoke.
    const { code, message } = reason as { [K in keyof IpcError]?: unknown };
    const text = typeof message === "string" && message.trim() !== "" ? message : FALLBACK_MESSAGE;
    return new ApiError(isErrorCode(code) ? code : "internal", text);
  }
  if (typeof reason === "string" && reason.trim() !== "") {
    return new ApiError("internal", reason);
  }
  return new ApiError("internal", FALLBACK_MESSAGE);
}

const NO_BACKEND_MESSAGE =
  "Curbside's backend is not running. Open this window through the Curbside app, not a plain browser.";

function insideTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    // In a plain browser (e.g. `npm run dev` alone) invoke fails with a bare TypeError.
    if (reason instanceof TypeError && !insideTauri()) throw new ApiError("internal", NO_BACKEND_MESSAGE);
    throw toApiError(reason);
  }
}

/** The real backend, reached over Tauri IPC. */
export const api: Api = {
  sessionOpen: () => call<SessionStatus>("session_open"),
  sessionUnlock: (secret) => call<SessionStatus>("session_unlock", { secret }),
  getContact: (id) => call<Contact>("contacts_get", { id }),
  createContact: (draft) => call<Contact>("contacts_create", { draft }),
  updateContact: (id, draft) => call<Contact>("contacts_update", { id, draft }),
  deleteContact: async (id) => {
    await call<null>("contacts_delete", { id });
  },
  contactPhoto: (id) => call<string | null>("contacts_photo", { id }),
  addAffiliation: (contact, draft) => call<Affiliation>("affiliations_add", { contact, draft }),
  removeAffiliation: async (id) => {
    await call<null>("affiliations_remove", { id });
  },
  addRelationship: (contact, other, kind, label) =>
    call<Relationship>("relationships_add", { contact, other, kind, label }),
  removeRelationship: async (id) => {
    await call<null>("relationships_remove", { id });
  },
  contactSummaries: (filter = {}) => call<ContactSummary[]>("contacts_summaries", { filter }),
  contactProfile: (id) => call<ContactProfile>("contacts_profile", { id }),
  searchContacts: (query, limit) => call<Contact[]>("contacts_search", { query, limit }),
  findDuplicates: () => call<DuplicatePair[]>("contacts_duplicates"),
  mergeContacts: (keep, other) => call<Contact>("contacts_merge", { keep, other }),
  tagContacts: (ids, tag) => call<number>("contacts_tag", { ids, tag }),
  untagContacts: (ids, tag) => call<number>("contacts_untag", { ids, tag }),
  deleteContacts: (ids) => call<number>("contacts_delete_many", { ids }),
  undoDelete: async (token) => {
    await call<null>("contacts_undo_delete", { token });
  },
  addInteraction: (draft) => call<Interaction>("interactions_add", { draft }),
  importFiles: (paths, skipBad, onProgress) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call<ImportSummary>("import_files", { paths, skipBad, onProgress: channel });
  },
  importCancel: async () => {
    await call<null>("import_cancel");
  },
  exportContacts: (path, format, ids) => call<number>("export_contacts", { path, format, ids }),
  pickImportFiles: async () => {
    const picked = await open({
      title: "Import contacts",
      multiple: true,
      filters: [{ name: "Contacts", extensions: IMPORT_EXTENSIONS }],
    }).catch((reason: unknown) => {
      throw toApiError(reason);
    });
    return picked ?? [];
  },
  pickExportPath: async (format) => {
    const { name, file, extensions } = EXPORT_FILES[format];
    return save({ title: "Export contacts", defaultPath: file, filters: [{ name, extensions }] }).catch((reason: unknown) => {
      throw toApiError(reason);
    });
  },
  onFilesDropped: async (handler) => {
    if (!insideTauri()) return () => {};
    return getCurrentWebview().onDragDropEvent(({ payload }) => {
      if (payload.type === "drop") handler({ type: "drop", paths: payload.paths });
      else if (payload.type === "leave") handler({ type: "leave" });
      else handler({ type: "hover" });
    });
  },
};
