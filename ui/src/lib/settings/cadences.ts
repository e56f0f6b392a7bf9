/**
 * Stay-in-touch cadences as the user reads and picks them. The backend counts
 * in days (a month is 30, a year 365, as the CLI's "3mo" and "1y"); the user
 * picks "every 3 months" or types a number of days, weeks or months.
 */
import type { CadenceRule } from "../bindings/CadenceRule";
import type { CadenceTarget } from "../bindings/CadenceTarget";
import type { RelationshipKind } from "../bindings/RelationshipKind";
import { fmt } from "../locale/current.svelte";
import { t, type StringKey } from "../locale/i18n.svelte";

/** A preset as the menu shows it; `label` is read from the catalogue when shown. */
function preset(days: number, key: StringKey): { days: number; readonly label: string } {
  return {
    days,
    get label() {
      return t(key);
    },
  };
}

/** The choices a profile offers, in days. */
export const CADENCE_PRESETS: ReadonlyArray<{ days: number; readonly label: string }> = [
  preset(14, "settings.cadences.presets.twoWeeks"),
  preset(30, "settings.cadences.presets.month"),
  preset(90, "settings.cadences.presets.threeMonths"),
  preset(180, "settings.cadences.presets.sixMonths"),
  preset(365, "settings.cadences.presets.year"),
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
  if (!/^\d+$/.test(text) || Number(text) === 0) return { problem: t("settings.cadences.countWrong") };
  const days = Number(text) * CADENCE_UNITS[unit];
  if (days > MAX_CADENCE_DAYS) return { problem: t("settings.cadences.tooLong") };
  return days;
}

type EveryKey = "settings.cadences.everyDay" | "settings.cadences.everyWeek" | "settings.cadences.everyMonth" | "settings.cadences.everyYear";

function every(count: number, key: EveryKey): string {
  return t(key, { count, n: fmt().number(count) });
}

/** A cadence in words: "every 2 weeks", "every month", "every 3 months", "every year", "every 10 days". */
export function cadenceWords(days: number): string {
  if (days % 365 === 0) return every(days / 365, "settings.cadences.everyYear");
  if (days % 30 === 0) return every(days / 30, "settings.cadences.everyMonth");
  if (days % 7 === 0) return every(days / 7, "settings.cadences.everyWeek");
  return every(days, "settings.cadences.everyDay");
}

/** The people a relationship cadence is for, as "your …" says them (from `settings.cadences.relations`). */
const relations = (kind: RelationshipKind) => t(`settings.cadences.relations.${kind}`);

/** Who a cadence is for, in words: "Your mentors", "Tagged “ESC 2026”", "One contact". */
export function targetWords(target: CadenceTarget): string {
  if ("tag" in target) return t("settings.cadences.tagged", { tag: target.tag });
  if ("relationship" in target) return t("settings.cadences.yourRelations", { relations: relations(target.relationship) });
  return t("settings.cadences.oneContact");
}

/**
 * Where an inherited cadence comes from, in words ("your mentors", "the tag
 * “ESC 2026”"), with its days; null when none holds or it is the contact's own.
 */
export function inheritedCadence(holds: CadenceRule | null): { days: number; from: string } | null {
  if (holds === null || "contact" in holds.target) return null;
  const from =
    "tag" in holds.target
      ? t("settings.cadences.theTag", { tag: holds.target.tag })
      : t("settings.cadences.yourRelationsInSentence", { relations: relations(holds.target.relationship) });
  return { days: holds.every.days, from };
}
