/**
 * How the UI reaches the Rust backend: one typed `call` per Tauri command
 * (typed by the generated command table) and the one error every failure
 * becomes. Only ../api.ts and the parts of the door beside this file use it.
 */
import { invoke } from "@tauri-apps/api/core";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { IpcError } from "../bindings/IpcError";
import type { CommandName, Commands } from "../bindings/commands";

/** A failed backend call, carrying a message that is fit to show the user. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: ErrorCode;
  /** The form field the input broke a rule in, when the backend named one (`display_name`, `emails`…). */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

// A Record (not an array) so that tsc fails here when Rust adds an ErrorCode.
const KNOWN_CODES: Record<ErrorCode, true> = {
  invalid_input: true,
  not_found: true,
  passphrase_needed: true,
  wrong_secret: true,
  locked: true,
  storage: true,
  cancelled: true,
  server: true,
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
    const { code, message, field } = reason as { [K in keyof IpcError]?: unknown };
    const text = typeof message === "string" && message.trim() !== "" ? message : FALLBACK_MESSAGE;
    return new ApiError(isErrorCode(code) ? code : "internal", text, typeof field === "string" ? field : undefined);
  }
  if (typeof reason === "string" && reason.trim() !== "") {
    return new ApiError("internal", reason);
  }
  return new ApiError("internal", FALLBACK_MESSAGE);
}

const NO_BACKEND_MESSAGE =
  "Curbside's backend is not running. Open this window through the Curbside app, not a plain browser.";

/** Whether this page runs inside the Curbside app (not a plain browser). */
export function insideTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

/** A command's arguments: none (left out), or the object its Rust function names. */
type ArgsOf<C extends CommandName> = Commands[C]["args"] extends Record<string, never> ? [] : [args: Commands[C]["args"]];

/** Invokes a backend command, typed by the generated command table (bindings/commands.ts). */
export async function call<C extends CommandName>(command: C, ...args: ArgsOf<C>): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args[0]);
  } catch (reason) {
    // In a plain browser (e.g. `npm run dev` alone) invoke fails with a bare TypeError.
    if (reason instanceof TypeError && !insideTauri()) throw new ApiError("internal", NO_BACKEND_MESSAGE);
    throw toApiError(reason);
  }
}

/** Rethrows a failure from a plugin call (a dialog) as an `ApiError`. */
export function rethrow(reason: unknown): never {
  throw toApiError(reason);
}
