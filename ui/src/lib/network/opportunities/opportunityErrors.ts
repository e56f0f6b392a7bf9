/**
 * What is wrong with the opportunity form, by field (`title`, `link`), all
 * at once; and where the core's refusal of a field lands in the form.
 */
import { t } from "../../locale/i18n.svelte";
import type { FieldErrors } from "../../widgets/fieldErrors";

export function opportunityFormErrors(form: { title: string; link: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (form.title.trim() === "") errors.title = t("network.opportunities.errors.title");
  const link = form.link.trim();
  if (link !== "" && !link.startsWith("https://") && !link.startsWith("http://")) {
    errors.link = t("network.opportunities.errors.link");
  }
  return errors;
}

/** The form's field for the core's name of it (OpportunityDraft's fields). */
export function opportunityFieldOf(backendField: string): string | undefined {
  return ({ title: "title", link: "link", notes: "notes", people: "people", deadline: "deadline" } as Record<string, string>)[
    backendField
  ];
}
