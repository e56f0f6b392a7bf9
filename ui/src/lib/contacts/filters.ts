/** The list's filters as the filter bar holds them, as chips, and as the backend's `ContactFilter`. */
import type { ContactFilter } from "../bindings/ContactFilter";
import type { RelationshipKind } from "../bindings/RelationshipKind";
import { formatterFor } from "../locale/current.svelte";
import { t, type StringKey } from "../locale/i18n.svelte";

/** What the filter bar's fields hold; an empty string means "any". Dates are `YYYY-MM-DD`. */
export interface FilterFields {
  tag: string;
  specialty: string;
  institution: string;
  city: string;
  relationship: RelationshipKind | "";
  contacted_before: string;
  contacted_after: string;
}

export type FilterKey = keyof FilterFields;

export const FILTER_KEYS: readonly FilterKey[] = [
  "tag",
  "specialty",
  "institution",
  "city",
  "relationship",
  "contacted_after",
  "contacted_before",
];

/** The relationships the backend knows, with the catalogue keys of the words the user sees. */
export const RELATIONSHIPS: ReadonlyArray<{ value: RelationshipKind; label: StringKey }> = [
  { value: "mentor", label: "contacts.relationships.mentor" },
  { value: "mentee", label: "contacts.relationships.mentee" },
  { value: "collaborator", label: "contacts.relationships.collaborator" },
  { value: "referral_partner", label: "contacts.relationships.referral_partner" },
  { value: "co_resident", label: "contacts.relationships.co_resident" },
  { value: "friend", label: "contacts.relationships.friend" },
  { value: "family", label: "contacts.relationships.family" },
  { value: "other", label: "contacts.relationships.other" },
];

export function noFilters(): FilterFields {
  return {
    tag: "",
    specialty: "",
    institution: "",
    city: "",
    relationship: "",
    contacted_before: "",
    contacted_after: "",
  };
}

/** The start of a calendar day in the user's own time zone, as an RFC 3339 instant. */
function startOfLocalDay(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Number(year), Number(month) - 1, Number(day)).toISOString();
}

/** The backend filter for these fields; blank fields are left out. */
export function toContactFilter(fields: FilterFields): ContactFilter {
  const filter: ContactFilter = {};
  for (const key of ["tag", "specialty", "institution", "city"] as const) {
    const value = fields[key].trim();
    if (value !== "") filter[key] = value;
  }
  if (fields.relationship !== "") filter.relationship = fields.relationship;
  const before = startOfLocalDay(fields.contacted_before);
  if (before) filter.contacted_before = before;
  const after = startOfLocalDay(fields.contacted_after);
  if (after) filter.contacted_after = after;
  return filter;
}

function formatDay(date: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return formatterFor(locale).date(date);
}

export interface FilterChip {
  key: FilterKey;
  label: string;
}

/** One chip per active filter, in a fixed order. */
export function filterChips(fields: FilterFields, locale?: string): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const key of FILTER_KEYS) {
    const value = fields[key].trim();
    if (value === "") continue;
    chips.push({ key, label: chipLabel(key, value, locale) });
  }
  return chips;
}

function chipLabel(key: FilterKey, value: string, locale?: string): string {
  switch (key) {
    case "tag":
      return t("contacts.filters.chips.tag", { value });
    case "specialty":
      return t("contacts.filters.chips.specialty", { value });
    case "institution":
      return t("contacts.filters.chips.institution", { value });
    case "city":
      return t("contacts.filters.chips.city", { value });
    case "relationship": {
      const kind = RELATIONSHIPS.find((r) => r.value === value);
      return t("contacts.filters.chips.relationship", { value: kind ? t(kind.label) : value });
    }
    case "contacted_before":
      return t("contacts.filters.chips.contactedBefore", { date: formatDay(value, locale) });
    case "contacted_after":
      return t("contacts.filters.chips.contactedAfter", { date: formatDay(value, locale) });
  }
}

/** The same filters without one of them. */
export function withoutFilter(fields: FilterFields, key: FilterKey): FilterFields {
  return { ...fields, [key]: "" };
}
