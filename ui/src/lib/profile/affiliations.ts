/** A contact's training and job history: how a line reads, and what the "add" form sends. */
import type { Affiliation } from "../bindings/Affiliation";
import type { AffiliationDraft } from "../bindings/AffiliationDraft";
import type { AffiliationKind } from "../bindings/AffiliationKind";

/** Every kind, in the order the form offers them, with the words the user sees. */
export const AFFILIATION_KINDS: ReadonlyArray<{ kind: AffiliationKind; label: string }> = [
  { kind: "job", label: "Job" },
  { kind: "medical_school", label: "Medical school" },
  { kind: "residency", label: "Residency" },
  { kind: "fellowship", label: "Fellowship" },
  { kind: "education", label: "Education" },
  { kind: "membership", label: "Membership" },
  { kind: "other", label: "Other" },
];

/** "Residency", "Medical school"… */
export function affiliationKindLabel(kind: AffiliationKind): string {
  return AFFILIATION_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}

/** "Residency · Charité, Berlin · 2015–2020 · Chief resident". */
export function affiliationLine(affiliation: Affiliation): string {
  const { organization } = affiliation;
  const place = [organization.name, organization.city].filter((part) => part !== "").join(", ");
  const start = affiliation.starts_on?.slice(0, 4);
  const end = affiliation.ends_on?.slice(0, 4);
  const years = start ? `${start}–${end ?? "now"}` : end ? `until ${end}` : "";
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
  if (organization === "") return { problem: "Name the hospital, university or organisation." };
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
