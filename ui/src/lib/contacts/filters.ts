/** The list's filters as the filter bar holds them, as chips, and as the backend's `ContactFilter`. */
import type { ContactFilter } from "../bindings/ContactFilter";
import type { RelationshipKind } from "../bindings/RelationshipKind";
import { formatterFor } from "../locale/current.svelte";

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

/** The relationships the backend knows, with the words the user sees. */
export const RELATIONSHIPS: ReadonlyArray<{ value: RelationshipKind; label: string }> = [
  { value: "mentor", label: "Mentor" },
  { value: "mentee", label: "Mentee" },
  { value: "collaborator", label: "Collaborator" },
  { value: "referral_partner", label: "Referral partner" },
  { value: "co_resident", label: "Co-resident" },
  { value: "friend", label: "Friend" },
  { value: "family", label: "Family" },
  { value: "other", label: "Other" },
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
      return `Tag: ${value}`;
    case "specialty":
      return `Specialty: ${value}`;
    case "institution":
      return `Institution: ${value}`;
    case "city":
      return `City: ${value}`;
    case "relationship":
      return `Relationship: ${RELATIONSHIPS.find((r) => r.value === value)?.label ?? value}`;
    case "contacted_before":
      return `Last contact before ${formatDay(value, locale)}`;
    case "contacted_after":
      return `Last contact after ${formatDay(value, locale)}`;
  }
}

/** The same filters without one of them. */
export function withoutFilter(fields: FilterFields, key: FilterKey): FilterFields {
  return { ...fields, [key]: "" };
}
