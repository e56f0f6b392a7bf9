/**
 * The credit form's fields as text, and the CreditDraft they make: a date, a
 * title, hours in quarter steps written with a point or a comma, the standard
 * special topics ticked plus any typed, and an optional event.
 */
import type { Credit } from "../bindings/Credit";
import type { CreditDraft } from "../bindings/CreditDraft";
import type { CreditType } from "../bindings/CreditType";
import { readNumber } from "../calendar/eventDraft";
import { t } from "../locale/i18n.svelte";
import { TOPICS } from "./labels";
import type { FieldErrors } from "../widgets/fieldErrors";

export interface CreditFormText {
  earnedOn: string;
  title: string;
  provider: string;
  creditType: CreditType;
  typeLabel: string;
  hours: string;
  /** The standard topics ticked. */
  topics: string[];
  /** Other topics, separated by commas. */
  otherTopics: string;
  eventId: number | null;
  notes: string;
}

const STANDARD = new Set(TOPICS.map((topic) => topic.value));

export function emptyCreditForm(day: string): CreditFormText {
  return {
    earnedOn: day,
    title: "",
    provider: "",
    creditType: "ama_pra_1",
    typeLabel: "",
    hours: "",
    topics: [],
    otherTopics: "",
    eventId: null,
    notes: "",
  };
}

/** A new credit for an event: its title, organiser, last day and expected hours. */
export function creditPrefill(from: { title: string; provider: string; day: string; hours: number | null; eventId: number }): CreditFormText {
  return {
    ...emptyCreditForm(from.day),
    title: from.title,
    provider: from.provider,
    hours: from.hours === null ? "" : String(from.hours),
    eventId: from.eventId,
  };
}

export function creditForm(credit: Credit): CreditFormText {
  return {
    earnedOn: credit.earned_on,
    title: credit.title,
    provider: credit.provider,
    creditType: credit.credit_type,
    typeLabel: credit.type_label,
    hours: String(credit.hours),
    topics: credit.topics.filter((topic) => STANDARD.has(topic)),
    otherTopics: credit.topics.filter((topic) => !STANDARD.has(topic)).join(", "),
    eventId: credit.event_id,
    notes: credit.notes,
  };
}

/**
 * Every problem of the fields at once, by field (`title`, `earnedOn`,
 * `hours`, `typeLabel`); empty when they make a draft.
 */
export function creditFormErrors(form: CreditFormText): FieldErrors {
  const errors: FieldErrors = {};
  if (form.title.trim() === "") errors.title = t("cme.creditForm.errors.title");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.earnedOn)) errors.earnedOn = t("cme.creditForm.errors.earnedOn");
  const hours = readNumber(form.hours);
  if (hours === null || Number.isNaN(hours) || hours <= 0 || hours > 1000) {
    errors.hours = t("cme.creditForm.errors.hours");
  }
  if (form.creditType === "other" && form.typeLabel.trim() === "") {
    errors.typeLabel = t("cme.creditForm.errors.typeLabel");
  }
  return errors;
}

/** The draft the fields make, or what is wrong with them (the first of `creditFormErrors`). */
export function creditDraft(form: CreditFormText): CreditDraft | string {
  const first = Object.values(creditFormErrors(form)).find((message) => message);
  if (first) return first;
  const title = form.title.trim();
  const hours = readNumber(form.hours) ?? 0;
  const typeLabel = form.creditType === "other" ? form.typeLabel.trim() : "";
  const typed = form.otherTopics
    .split(",")
    .map((topic) => topic.trim())
    .filter((topic) => topic !== "");
  return {
    earned_on: form.earnedOn,
    title,
    provider: form.provider.trim(),
    credit_type: form.creditType,
    type_label: typeLabel,
    hours,
    topics: [...new Set([...TOPICS.map((t) => t.value).filter((t) => form.topics.includes(t)), ...typed])],
    event_id: form.eventId,
    notes: form.notes.trim(),
  };
}
