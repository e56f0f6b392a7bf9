/**
 * What is wrong with the membership form and the committee role form, by
 * field, all at once; and where the core's refusal of a field lands.
 */
import { t } from "../../locale/i18n.svelte";
import type { FieldErrors } from "../../widgets/fieldErrors";
import { parseDues } from "./renewals";

/** The membership form: a `society`, `dues` that are an amount, a three-letter `currency`. */
export function membershipFormErrors(form: { society: string; dues: string; currency: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (form.society.trim() === "") errors.society = t("network.memberships.errors.society");
  const amount = parseDues(form.dues);
  if (amount === undefined || (amount !== null && (amount < 0 || amount > 1_000_000))) {
    errors.dues = t("network.memberships.errors.dues", { dues: form.dues.trim() });
  }
  const currency = form.currency.trim();
  if (currency !== "" && !/^[A-Za-z]{3}$/.test(currency)) errors.currency = t("network.memberships.errors.currency");
  return errors;
}

/** A committee role: a committee or a role, at least. */
export function roleFormErrors(form: { committee: string; role: string }): FieldErrors {
  return form.committee.trim() === "" && form.role.trim() === "" ? { committee: t("network.memberships.errors.role") } : {};
}

/** The core's field names (MembershipDraft, CommitteeRole) → the forms'. */
const FIELDS: Record<string, string> = {
  society: "society",
  member_number: "number",
  since: "since",
  renews_on: "renews",
  dues_amount: "dues",
  dues_currency: "currency",
  notes: "notes",
  committee: "committee",
  role: "committee",
};

export function membershipFieldOf(backendField: string): string | undefined {
  return FIELDS[backendField];
}
