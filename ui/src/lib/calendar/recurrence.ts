/**
 * The editor's recurrence presets and the RFC 5545 RRULE text each stands for.
 * A rule the presets cannot say stays as "custom" text, so editing an event
 * never rewrites a rule the user (or an imported .ics) wrote.
 */
import { fmt } from "../locale/current.svelte";
import { t, type StringKey } from "../locale/i18n.svelte";

export type RecurrencePreset = "none" | "weekly" | "monthly" | "yearly" | "custom";

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
/** "Monthly on the first …" to "… fourth …", by a weekday's position in its month. */
const MONTHLY_ON: readonly StringKey[] = [
  "calendar.recurrence.monthlyOn.first",
  "calendar.recurrence.monthlyOn.second",
  "calendar.recurrence.monthlyOn.third",
  "calendar.recurrence.monthlyOn.fourth",
];

interface Day {
  year: number;
  month: number;
  day: number;
}

function readDay(civil: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(civil);
  return match ? { year: +match[1], month: +match[2], day: +match[3] } : null;
}

function weekdayOf({ year, month, day }: Day): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function daysInMonth({ year, month }: Day): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Which of its weekdays in the month a day is: 1–4, or -1 for the last. */
function weekdayPosition(day: Day): number {
  return day.day + 7 > daysInMonth(day) ? -1 : Math.ceil(day.day / 7);
}

/** The RRULE a preset stands for, from the event's first day ("" for none and custom). */
export function ruleFor(preset: RecurrencePreset, start: string): string {
  const day = readDay(start);
  if (preset === "none" || preset === "custom" || !day) return "";
  const weekday = WEEKDAYS[weekdayOf(day)];
  if (preset === "weekly") return `FREQ=WEEKLY;BYDAY=${weekday}`;
  if (preset === "monthly") return `FREQ=MONTHLY;BYDAY=${weekdayPosition(day)}${weekday}`;
  return "FREQ=YEARLY";
}

/** The preset a stored rule matches for this start, or "custom". */
export function presetOf(rule: string, start: string): RecurrencePreset {
  const text = rule.trim().toUpperCase();
  if (text === "") return "none";
  for (const preset of ["weekly", "monthly", "yearly"] as const) {
    if (text === ruleFor(preset, start)) return preset;
  }
  return "custom";
}

const weekdayName = (day: Day) => fmt().weekday(new Date(Date.UTC(day.year, day.month - 1, day.day)), "UTC", "long");

/** The presets as the editor offers them, worded for this start ("Monthly on the second Tuesday"). */
export function presetChoices(start: string): Array<{ value: RecurrencePreset; label: string }> {
  const day = readDay(start);
  const position = day ? weekdayPosition(day) : 1;
  const monthlyOn = position === -1 ? "calendar.recurrence.monthlyOn.last" : MONTHLY_ON[position - 1];
  return [
    { value: "none", label: t("calendar.recurrence.none") },
    { value: "weekly", label: day ? t("calendar.recurrence.weeklyOn", { weekday: weekdayName(day) }) : t("calendar.recurrence.weekly") },
    { value: "monthly", label: day ? t(monthlyOn, { weekday: weekdayName(day) }) : t("calendar.recurrence.monthly") },
    { value: "yearly", label: t("calendar.recurrence.yearly") },
    { value: "custom", label: t("calendar.recurrence.custom") },
  ];
}

/** A rule in words for the detail pane; the rule itself when it is not one of the presets. */
export function describeRule(rule: string, start: string): string {
  const preset = presetOf(rule, start);
  if (preset === "none") return "";
  if (preset === "custom") return t("calendar.recurrence.repeats", { rule });
  return presetChoices(start).find((choice) => choice.value === preset)?.label ?? rule;
}
