/**
 * The one door to the Rust backend. Every Tauri command the UI uses is wrapped
 * here; components receive an `Api` and never import `invoke` themselves, so a
 * component test can hand them a fake.
 */
import { invoke } from "@tauri-apps/api/core";
import type { Contact } from "./bindings/Contact";
import type { ContactDraft } from "./bindings/ContactDraft";
import type { ContactFilter } from "./bindings/ContactFilter";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";
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

/** Everything the UI may ask of the backend. */
export interface Api {
  sessionOpen(): Promise<SessionStatus>;
  sessionUnlock(secret: string): Promise<SessionStatus>;
  listContacts(filter?: ContactFilter): Promise<Contact[]>;
  getContact(id: number): Promise<Contact>;
  createContact(draft: ContactDraft): Promise<Contact>;
  updateContact(id: number, draft: ContactDraft): Promise<Contact>;
  deleteContact(id: number): Promise<void>;
}

// A Record (not an array) so that tsc fails here when Rust adds an ErrorCode.
const KNOWN_CODES: Record<ErrorCode, true> = {
  invalid_input: true,
  not_found: true,
  passphrase_needed: true,
  wrong_secret: true,
  locked: true,
  storage: true,
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
  listContacts: (filter = {}) => call<Contact[]>("contacts_list", { filter }),
  getContact: (id) => call<Contact>("contacts_get", { id }),
  createContact: (draft) => call<Contact>("contacts_create", { draft }),
  updateContact: (id, draft) => call<Contact>("contacts_update", { id, draft }),
  deleteContact: async (id) => {
    await call<null>("contacts_delete", { id });
  },
};
