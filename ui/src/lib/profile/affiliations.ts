/** A contact's training and job history: how a line reads, and what the "add" form sends. */
import type { Affiliation } from "../bindings/Affiliation";
import type { AffiliationDraft } from "../bindings/AffiliationDraft";
import type { AffiliationKind } from "../bindings/AffiliationKind";
import { t, type StringKey } from "../locale/i18n.svelte";

/** Every kind, in the order the form offers them, with the catalogue key of the words the user sees. */
export const AFFILIATION_KINDS: ReadonlyArray<{ kind: AffiliationKind; label: StringKey }> = [
  { kind: "job", label: "profile.affiliationKinds.job" },
  { kind: "medical_school", label: "profile.affiliationKinds.medical_school" },
  { kind: "residency", label: "profile.affiliationKinds.residency" },
  { kind: "fellowship", label: "profile.affiliationKinds.fellowship" },
  { kind: "education", label: "profile.affiliationKinds.education" },
  { kind: "membership", label: "profile.affiliationKinds.membership" },
  { kind: "other", label: "profile.affiliationKinds.other" },
];

/** "Residency", "Medical school"… */
export function affiliationKindLabel(kind: AffiliationKind): string {
  const known = AFFILIATION_KINDS.find((entry) => entry.kind === kind);
  return known ? t(known.label) : kind;
}

/** "Residency · Charité, Berlin · 2015–2020 · Chief resident". */
export function affiliationLine(affiliation: Affiliation): string {
  const { organization } = affiliation;
  const place = [organization.name, organization.city].filter((part) => part !== "").join(", ");
  const start = affiliation.starts_on?.slice(0, 4);
  const end = affiliation.ends_on?.slice(0, 4);
  const years = start
    ? end
      ? t("profile.history.years", { start, end })
      : t("profile.history.yearsSince", { start })
    : end
      ? t("profile.history.yearsUntil", { end })
      : "";
  return [affiliationKindLabel(affiliation.kind), place, years, affiliation.role]
    .filter((part) => part !== "")
    .join(" · ");
}

/** The "add training or job" form's fields, as typed. Dates are `YYYY-MM-DD` or empty. */
export interface AffiliationFormText {
  organization: string;
  kind: AffiliationKind;
  role: string;
  starts_on: string;
  ends_on: string;
}

export function emptyAffiliationForm(): AffiliationFormText {
  return { organization: "", kind: "job", role: "", starts_on: "", ends_on: "" };
}

/**
 * The form as a draft, trimmed, blank dates as null; or what to tell the user
 * when there is nothing to file. Date order is the backend's to judge.
 */
export function affiliationDraftFrom(form: AffiliationFormText): { draft: AffiliationDraft } | { problem: string } {
  const organization = form.organization.trim();
  if (organization === "") return { problem: t("profile.affiliationForm.noOrganization") };
  const date = (text: string) => (text.trim() === "" ? null : text.trim());
  return {
    draft: {
      organization,
      kind: form.kind,
      role: form.role.trim(),
      starts_on: date(form.starts_on),
      ends_on: date(form.ends_on),
    },
  };
}
