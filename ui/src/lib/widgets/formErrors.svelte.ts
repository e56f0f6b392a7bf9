/**
 * A form's field errors as they live while the form is open: shown all at
 * once (with focus moved to the first invalid control), each checked again as
 * its field is edited, so it goes once the value is right, or, for an error
 * only the backend could find, once the value changes. Create it while the
 * form component initialises (it registers an effect).
 */
import { tick, untrack } from "svelte";
import { focusFirstInvalid, type FieldErrors } from "./fieldErrors";

export class FormErrors {
  /** What is wrong, by field, since the last Save. */
  errors: FieldErrors = $state({});
  /** How many fields are wrong, for the summary by Save. */
  readonly count: number = $derived(Object.keys(this.errors).length);

  /** Each erring field's value when its error was shown. */
  #erredAt = new Map<string, string>();
  #valueOf: (field: string) => string;
  #check: () => FieldErrors;

  /**
   * `value` reads a field's current value (any shape: it is compared as
   * JSON); `check` finds every problem of the form as it is now.
   */
  constructor(value: (field: string) => unknown, check: () => FieldErrors) {
    this.#valueOf = (field) => JSON.stringify(value(field)) ?? "";
    this.#check = check;
    $effect(() => {
      const now = Object.keys(this.errors).map((field) => [field, this.#valueOf(field)] as const);
      untrack(() => this.#recheck(now));
    });
  }

  /** Shows `errors` at their fields and moves focus to the first invalid control inside `form`. */
  async show(errors: FieldErrors, form: HTMLElement | undefined): Promise<void> {
    this.errors = errors;
    this.#erredAt = new Map(Object.keys(errors).map((field) => [field, this.#valueOf(field)]));
    await tick();
    focusFirstInvalid(form);
  }

  /** Adds errors (the backend's refusal of a field) to those shown, and moves focus to the first. */
  add(errors: FieldErrors, form: HTMLElement | undefined): Promise<void> {
    return this.show({ ...this.errors, ...errors }, form);
  }

  clear(): void {
    this.errors = {};
    this.#erredAt.clear();
  }

  #recheck(now: ReadonlyArray<readonly [string, string]>) {
    const edited = now.filter(([field, value]) => this.#erredAt.get(field) !== value);
    if (edited.length === 0) return;
    const fresh = this.#check();
    const next = { ...this.errors };
    for (const [field, value] of edited) {
      this.#erredAt.set(field, value);
      if (fresh[field]) next[field] = fresh[field];
      else delete next[field];
    }
    this.errors = next;
  }
}
