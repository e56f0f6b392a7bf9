/** How a profile's stored values read on screen: birthdays, local times, addresses. */
import type { Address } from "./bindings/Address";
import type { Affiliation } from "./bindings/Affiliation";
import type { AffiliationKind } from "./bindings/AffiliationKind";
import type { Relationship } from "./bindings/Relationship";
import type { RelationshipKind } from "./bindings/RelationshipKind";

const BIRTHDAY = /^(?:(\d{4})-?|--)(\d{2})-?(\d{2})$/;

/** "29 March 1980", or "29 March" for a yearless `--03-29`, in the user's locale; the raw text if unreadable. */
export function formatBirthday(birthday: string, locale?: string): string {
  const match = BIRTHDAY.exec(birthday);
  if (!match) return birthday;
  const [, year, month, day] = match;
  // Noon UTC, formatted in UTC, so no time zone can move the day.
  const date = new Date(Date.UTC(year ? Number(year) : 2000, Number(month) - 1, Number(day), 12));
  if (Number.isNaN(date.getTime())) return birthday;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    ...(year ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(date);
}

/** The wall-clock time now in an IANA zone ("14:05"), or null when the zone is unknown. */
export function localTimeIn(timeZone: string, now: Date = new Date(), locale?: string): string | null {
  if (timeZone.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(now);
  } catch {
    return null;
  }
}

/** A postal address on one line, blank parts left out. */
export function addressLine(address: Address): string {
  const cityLine = [address.postal_code, address.locality].filter((part) => part !== "").join(" ");
  return [address.po_box, address.extended, address.street, cityLine, address.region, address.country]
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(", ");
}

/** Every IANA zone this system knows, for the time zone field's suggestions. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] };
  return typeof intl.supportedValuesOf === "function" ? intl.supportedValuesOf("timeZone") : [];
}

const AFFILIATION_KINDS: Record<AffiliationKind, string> = {
  job: "Job",
  medical_school: "Medical school",
  residency: "Residency",
  fellowship: "Fellowship",
  education: "Education",
  membership: "Membership",
  other: "Other",
};

/** "Residency · Charité, Berlin · 2015–2020 · Chief resident". */
export function affiliationLine(affiliation: Affiliation): string {
  const { organization } = affiliation;
  const place = [organization.name, organization.city].filter((part) => part !== "").join(", ");
  const years =
    affiliation.starts_on || affiliation.ends_on
      ? `${affiliation.starts_on?.slice(0, 4) ?? "?"}–${affiliation.ends_on?.slice(0, 4) ?? "now"}`
      : "";
  return [AFFILIATION_KINDS[affiliation.kind], place, years, affiliation.role].filter((part) => part !== "").join(" · ");
}

const RELATIONSHIP_WORDS: Record<RelationshipKind, string> = {
  mentor: "mentor",
  mentee: "mentee",
  collaborator: "collaborator",
  referral_partner: "referral partner",
  co_resident: "co-resident",
  friend: "friend",
  family: "family",
  other: "other",
};

/** A relationship seen from the profile of `profileId`: "Mentor of you", "Sam Lee is their collaborator". */
export function relationshipLine(relationship: Relationship, profileId: number): string {
  const word = RELATIONSHIP_WORDS[relationship.kind];
  const label = relationship.label ? ` (${relationship.label})` : "";
  if (relationship.contact_id === profileId) {
    const whose = relationship.other_name ?? "you";
    return `${word.charAt(0).toUpperCase()}${word.slice(1)} of ${whose}${label}`;
  }
  return `${relationship.contact_name} is their ${word}${label}`;
}
