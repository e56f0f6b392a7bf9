/**
 * Stay-in-touch cadences as the user reads and picks them. The backend counts
 * in days (a month is 30, a year 365, as the CLI's "3mo" and "1y"); the user
 * picks "every 3 months" or types a number of days, weeks or months.
 */
import type { CadenceRule } from "../bindings/CadenceRule";
import type { CadenceTarget } from "../bindings/CadenceTarget";
import type { Relationship } from "../bindings/Relationship";
import type { RelationshipKind } from "../bindings/RelationshipKind";

/** The choices a profile offers, in days. */
export const CADENCE_PRESETS: ReadonlyArray<{ days: number; label: string }> = [
  { days: 14, label: "Every 2 weeks" },
  { days: 30, label: "Every month" },
  { days: 90, label: "Every 3 months" },
  { days: 180, label: "Every 6 months" },
  { days: 365, label: "Every year" },
];

/** The longest cadence the backend takes (ten years). */
export const MAX_CADENCE_DAYS = 3650;

/** What a profile's cadence menu shows for a cadence: a preset's days, "custom" or "none". */
export type CadenceChoice = "none" | "custom" | `${number}`;

export function choiceOf(days: number | null): CadenceChoice {
  if (days === null) return "none";
  return CADENCE_PRESETS.some((preset) => preset.days === days) ? `${days}` : "custom";
}

/** The units a cadence may be typed in, and their length in days. */
export const CADENCE_UNITS = { days: 1, weeks: 7, months: 30 } as const;
export type CadenceUnit = keyof typeof CADENCE_UNITS;

/** Days from "every `count` `unit`", or what is wrong with what was typed. */
export function cadenceDays(count: string, unit: CadenceUnit): number | { problem: string } {
  const text = count.trim();
  if (!/^\d+$/.test(text) || Number(text) === 0) return { problem: "Write how often as a whole number, like 3." };
  const days = Number(text) * CADENCE_UNITS[unit];
  if (days > MAX_CADENCE_DAYS) return { problem: "A cadence is at most 10 years." };
  return days;
}

function every(count: number, unit: string): string {
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}

/** A cadence in words: "every 2 weeks", "every month", "every 3 months", "every year", "every 10 days". */
export function cadenceWords(days: number): string {
  if (days % 365 === 0) return every(days / 365, "year");
  if (days % 30 === 0) return every(days / 30, "month");
  if (days % 7 === 0) return every(days / 7, "week");
  return every(days, "day");
}

/** The people a relationship cadence is for, as "your …" says them. */
const RELATIONSHIP_PLURALS: Record<RelationshipKind, string> = {
  mentor: "mentors",
  mentee: "mentees",
  collaborator: "collaborators",
  referral_partner: "referral partners",
  co_resident: "co-residents",
  friend: "friends",
  family: "family members",
  other: "other relations",
};

/** Who a cadence is for, in words: "Your mentors", "Tagged “ESC 2026”", "One contact". */
export function targetWords(target: CadenceTarget): string {
  if ("tag" in target) return `Tagged “${target.tag}”`;
  if ("relationship" in target) return `Your ${RELATIONSHIP_PLURALS[target.relationship]}`;
  return "One contact";
}

/** The cadence set on this contact themselves, in days; null when none is. */
export function ownCadence(rules: readonly CadenceRule[], contactId: number): number | null {
  const own = rules.find((rule) => "contact" in rule.target && rule.target.contact === contactId);
  return own?.every.days ?? null;
}

/**
 * The cadence a contact has without one of their own, as the engine picks it:
 * the shortest of their relationships to the user that carry one, else the
 * shortest of their tags'. Null when none applies.
 */
export function inheritedCadence(
  rules: readonly CadenceRule[],
  contactId: number,
  tags: readonly string[],
  relationships: readonly Relationship[],
): { days: number; from: string } | null {
  const mine = new Set(
    relationships.filter((r) => r.contact_id === contactId && r.other_contact_id === null).map((r) => r.kind),
  );
  const shortest = (found: CadenceRule[]) =>
    found.length === 0
      ? null
      : found.reduce((best, rule) => (rule.every.days < best.every.days ? rule : best), found[0]);
  const related = shortest(rules.filter((rule) => "relationship" in rule.target && mine.has(rule.target.relationship)));
  const tagged = shortest(rules.filter((rule) => "tag" in rule.target && tags.includes(rule.target.tag)));
  const rule = related ?? tagged;
  if (rule === null) return null;
  const from = "tag" in rule.target ? `the tag “${rule.target.tag}”` : targetWords(rule.target).toLowerCase();
  return { days: rule.every.days, from };
}
