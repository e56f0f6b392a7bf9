/**
 * Errors shown at the fields they are about: a form checks every field at once
 * into `FieldErrors` (field name → message), marks each control with
 * aria-invalid and aria-describedby (see `FieldError.svelte`), moves focus to
 * the first invalid control on Save, and clears a field's error as it is fixed.
 * An error from the backend that names its field lands there too.
 */
import { ApiError } from "../api";
import { fmt } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

/** What is wrong with each field, by the field's name; a field absent here is fine. */
export type FieldErrors = Partial<Record<string, string>>;

/** True when no field has an error. */
export function isClear(errors: FieldErrors): boolean {
  return Object.values(errors).every((message) => message === undefined || message === "");
}

/** The id of the message under the control `controlId`, for aria-describedby. */
export function errorIdOf(controlId: string): string {
  return `${controlId}-error`;
}

/** The aria attributes a control takes: invalid and described by its message when it has one. */
export function invalidAttributes(
  controlId: string,
  message: string | undefined,
  describedBy: string[] = [],
): { "aria-invalid": "true" | undefined; "aria-describedby": string | undefined } {
  const ids = message ? [...describedBy, errorIdOf(controlId)] : describedBy;
  return { "aria-invalid": message ? "true" : undefined, "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined };
}

/** The same errors without `field`'s, for clearing an error as the user edits that field. */
export function withoutError(errors: FieldErrors, field: string): FieldErrors {
  if (errors[field] === undefined) return errors;
  const { [field]: _cleared, ...rest } = errors;
  return rest;
}

/**
 * Moves focus to the first control inside `form` marked invalid, in the order
 * the user reads them. Returns whether one was found.
 */
export function focusFirstInvalid(form: HTMLElement | undefined | null): boolean {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return false;
  first.focus();
  return true;
}

/**
 * A backend failure as field errors: the message on `field` when the backend
 * named one the form shows (through `fieldOf`, which maps the backend's field
 * names to the form's), otherwise null and the caller shows it near Save.
 */
export function fieldErrorOf(
  reason: ApiError,
  fieldOf: (backendField: string, message: string) => string | undefined,
): FieldErrors | null {
  if (reason.code !== "invalid_input" || !reason.field) return null;
  const field = fieldOf(reason.field, reason.message);
  return field === undefined ? null : { [field]: reason.message };
}

/** The summary by Save while fields are marked. */
export function fieldsToFix(count: number): string {
  return t("widgets.fieldsToFix", { count, n: fmt().number(count) });
}
