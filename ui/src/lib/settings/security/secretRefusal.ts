/**
 * Where the backend's refusal of a passphrase change or a new recovery key
 * belongs: a wrong current secret at the current-secret field (`current`);
 * anything else (a passphrase the form already found long enough, a storage
 * failure) is about no one field and is said by the action button.
 */
import type { ApiError } from "../../api";
import type { FieldErrors } from "../../widgets/fieldErrors";

export function secretRefusal(refused: ApiError, hasCurrent: boolean): FieldErrors | null {
  return refused.code === "wrong_secret" && hasCurrent ? { current: refused.message } : null;
}
