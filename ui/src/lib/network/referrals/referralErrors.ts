/**
 * What is wrong with the referral form, by field (`colleague`, `on`), all at
 * once; and where the core's refusal of a field lands in the form.
 */
import { t } from "../../locale/i18n.svelte";
import type { FieldErrors } from "../../widgets/fieldErrors";
import type { PickedContact } from "../../widgets/contactSearch";

export interface ReferralFormValues {
  colleague: PickedContact | null;
  on: string;
}

export function referralFormErrors(form: ReferralFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (form.colleague === null) errors.colleague = t("network.referrals.form.pickColleague");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.on.trim())) errors.on = t("network.referrals.form.sayDay");
  return errors;
}

/** The form's field for the core's name of it (ReferralDraft's fields). */
export function referralFieldOf(backendField: string): string | undefined {
  return ({ contact_id: "colleague", on: "on", specialty: "specialty", note: "note" } as Record<string, string>)[backendField];
}
