/**
 * What is wrong with the form proposing an introduction, by field (`from`,
 * `to`, `reason`), all at once; and where the core's refusal lands.
 */
import { t } from "../../locale/i18n.svelte";
import type { PickedContact } from "../../widgets/contactSearch";
import type { FieldErrors } from "../../widgets/fieldErrors";

export interface IntroFormValues {
  from: PickedContact | null;
  to: PickedContact | null;
  reason: string;
}

export function introFormErrors(form: IntroFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (form.from === null) errors.from = t("network.intros.form.pickFrom");
  if (form.to === null) errors.to = t("network.intros.form.pickTo");
  if (form.reason.trim() === "") errors.reason = t("network.intros.form.sayWhy");
  return errors;
}

/** The form's field for the core's name of it (IntroductionDraft's fields). */
export function introFieldOf(backendField: string): string | undefined {
  return ({ from_contact_id: "from", to_contact_id: "to", reason: "reason" } as Record<string, string>)[backendField];
}
