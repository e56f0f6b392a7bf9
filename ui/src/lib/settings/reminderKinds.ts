/**
 * The kinds of reminder as the settings screen shows them (plain labels, what
 * a lead time counts from), and the form's text to and from the
 * `ReminderSettings` the backend stores. The backend checks ranges and counts;
 * this only turns what was typed into numbers and says which kind is at fault.
 * The kinds' labels and the defaults come from the core (bindings/constants.ts).
 */
import { DEFAULT_REMINDER_SETTINGS, REMINDER_KINDS as CORE_REMINDER_KINDS } from "../bindings/constants";
import type { KindSettings } from "../bindings/KindSettings";
import type { QuietHours } from "../bindings/QuietHours";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { ReminderSettings } from "../bindings/ReminderSettings";
import type { Weekday } from "../bindings/Weekday";

/** One kind as the user reads it. */
export interface KindInfo {
  kind: ReminderKind;
  /** The core's name for the kind ("Key dates"). */
  label: string;
  /** Key dates and CME cycles remind once per lead time; the other kinds take one (the core says which). */
  many: boolean;
  /** Whether the lead time counts after the date (follow-ups) or before it. */
  after: boolean;
  /** What the lead time counts from: "2 days before *the birthday*". */
  anchor: string;
  /** A lead time of 0: "*on the birthday*". */
  onTheDay: string;
}

/** How the form words each kind's lead time; a Record so that tsc fails here when Rust adds a kind. */
const LEAD_WORDS: Record<ReminderKind, Pick<KindInfo, "after" | "anchor" | "onTheDay">> = {
  stay_in_touch: { after: false, anchor: "the cadence runs out", onTheDay: "on the day the cadence runs out" },
  follow_up: { after: true, anchor: "the meeting or call", onTheDay: "on the day of the meeting or call" },
  event_follow_up: { after: true, anchor: "the event ends", onTheDay: "on the day the event ends" },
  milestone: { after: true, anchor: "it is recorded", onTheDay: "on the day it is recorded" },
  birthday: { after: false, anchor: "the birthday", onTheDay: "on the birthday" },
  work_anniversary: { after: false, anchor: "the anniversary", onTheDay: "on the anniversary" },
  deadline: { after: false, anchor: "the key date", onTheDay: "on the key date" },
  cme_shortfall: { after: false, anchor: "the cycle ends", onTheDay: "on the day the cycle ends" },
  claim_credits: { after: true, anchor: "the event ends", onTheDay: "on the day the event ends" },
  custom: { after: false, anchor: "the time you set", onTheDay: "at the time you set" },
  referral_thanks: { after: false, anchor: "the thank-you is due", onTheDay: "on the day after the referral" },
  intro_follow_up: { after: false, anchor: "the follow-up is due", onTheDay: "a few weeks after the introduction" },
  mentoring: { after: false, anchor: "the meeting or goal is due", onTheDay: "when a meeting or a goal is due" },
  letter_request: { after: false, anchor: "each step's date", onTheDay: "on each step's date" },
  opportunity: { after: false, anchor: "the deadline", onTheDay: "on the deadline" },
  membership_renewal: { after: false, anchor: "the renewal date", onTheDay: "on the renewal date" },
  profile_update: { after: false, anchor: "the update is due", onTheDay: "on the day after your milestone" },
  weekly_review: { after: false, anchor: "its day", onTheDay: "on its day of the week" },
};

/** The days of the week the weekly review may come on, Monday first. */
export const WEEKDAYS: ReadonlyArray<{ day: Weekday; label: string }> = [
  { day: "monday", label: "Monday" },
  { day: "tuesday", label: "Tuesday" },
  { day: "wednesday", label: "Wednesday" },
  { day: "thursday", label: "Thursday" },
  { day: "friday", label: "Friday" },
  { day: "saturday", label: "Saturday" },
  { day: "sunday", label: "Sunday" },
];

/** Every kind, in the order the settings list them (the core's order, labels and lead counts). */
export const REMINDER_KINDS: ReadonlyArray<KindInfo> = CORE_REMINDER_KINDS.map((core) => ({ ...core, ...LEAD_WORDS[core.kind] }));

/**
 * Curbside's own settings (the core's `ReminderSettings::default`, generated), for "Reset to
 * defaults": 09:00, quiet from 22:00 to 07:00, follow-ups two days after, key dates 14, 7 and 1
 * days before, CME cycles 90, 30 and 7.
 */
export { DEFAULT_REMINDER_SETTINGS };

/** The plain label of a kind: "Key dates". */
export function kindLabel(kind: ReminderKind): string {
  return REMINDER_KINDS.find((info) => info.kind === kind)?.label ?? kind;
}

/**
 * Lead times as typed ("14, 7, 1", "14 7 and 1") as numbers of days; null
 * when something else was typed or nothing at all.
 */
export function parseLeadDays(text: string): number[] | null {
  const words = text
    .replace(/\band\b/gi, ",")
    .split(/[\s,;]+/)
    .filter((word) => word !== "");
  if (words.length === 0 || words.some((word) => !/^\d+$/.test(word))) return null;
  return words.map(Number);
}

/** Lead times as the form shows them, longest first: "14, 7, 1". */
export function formatLeadDays(days: readonly number[]): string {
  return [...days].sort((a, b) => b - a).join(", ");
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What lead times mean for a kind, in words: "14, 7 and 1 days before the key date", "On the birthday". */
export function leadWords(info: KindInfo, days: readonly number[]): string {
  const distinct = [...new Set(days)].sort((a, b) => b - a);
  const counted = distinct.filter((day) => day > 0);
  const parts: string[] = [];
  if (counted.length > 0) {
    const unit = counted.length === 1 && counted[0] === 1 ? "day" : "days";
    parts.push(`${listed(counted.map(String))} ${unit} ${info.after ? "after" : "before"} ${info.anchor}`);
  }
  if (distinct.includes(0)) parts.push(info.onTheDay);
  return capitalised(parts.join(" and "));
}

/** Whose quiet hours hold for a kind: the general ones, its own, or none at all. */
export type QuietMode = "general" | "own" | "none";

/** One kind's settings as the form holds them; times are "HH:MM" as a time input gives them. */
export interface KindFormText {
  enabled: boolean;
  leads: string;
  time: string;
  quiet: QuietMode;
  quietStart: string;
  quietEnd: string;
}

/** The whole reminders form. */
export interface SettingsFormText {
  quietStart: string;
  quietEnd: string;
  /** The day of the week the weekly review comes. */
  reviewDay: Weekday;
  kinds: Record<ReminderKind, KindFormText>;
}

/** "09:00:00" (as stored) → "09:00" (as a time input shows it). */
export function timeText(time: string): string {
  return /^\d{2}:\d{2}/.test(time) ? time.slice(0, 5) : time;
}

/** "09:00" (from a time input) → "09:00:00" (as stored); null when it is not a time. */
export function timeValue(text: string): string | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1]}:${match[2]}:00`;
}

function kindForm(settings: KindSettings, general: QuietHours): KindFormText {
  const own = settings.quiet_hours;
  const quiet: QuietMode = own === null ? "general" : timeText(own.start) === timeText(own.end) ? "none" : "own";
  return {
    enabled: settings.enabled,
    leads: formatLeadDays(settings.lead_days),
    time: timeText(settings.time_of_day),
    quiet,
    quietStart: timeText(quiet === "own" && own ? own.start : general.start),
    quietEnd: timeText(quiet === "own" && own ? own.end : general.end),
  };
}

/** The form for stored settings. */
export function settingsForm(settings: ReminderSettings): SettingsFormText {
  const kinds = Object.fromEntries(
    REMINDER_KINDS.map(({ kind }) => [kind, kindForm(settings[kind], settings.quiet_hours)]),
  ) as Record<ReminderKind, KindFormText>;
  return {
    quietStart: timeText(settings.quiet_hours.start),
    quietEnd: timeText(settings.quiet_hours.end),
    reviewDay: settings.weekly_review_day,
    kinds,
  };
}

/** What stops the form being saved, and which kind it is about (none: the general quiet hours). */
export interface SettingsProblem {
  problem: string;
  kind: ReminderKind | null;
}

function quietHours(start: string, end: string): QuietHours | null {
  const from = timeValue(start);
  const to = timeValue(end);
  return from === null || to === null ? null : { start: from, end: to };
}

const NO_QUIET: QuietHours = { start: "00:00:00", end: "00:00:00" };

function kindSettings(info: KindInfo, form: KindFormText): KindSettings | SettingsProblem {
  const fault = (problem: string): SettingsProblem => ({ problem: `${info.label}: ${problem}`, kind: info.kind });
  const lead_days = parseLeadDays(form.leads);
  if (lead_days === null) {
    return fault(info.many ? "write the lead times as days, like 14, 7, 1." : "write the lead time as a number of days, like 2.");
  }
  if (!info.many && lead_days.length > 1) return fault("give one lead time (0 for on the day).");
  const time_of_day = timeValue(form.time);
  if (time_of_day === null) return fault("choose the time of day.");
  let quiet_hours: QuietHours | null = null;
  if (form.quiet === "none") quiet_hours = NO_QUIET;
  if (form.quiet === "own") {
    quiet_hours = quietHours(form.quietStart, form.quietEnd);
    if (quiet_hours === null) return fault("choose when its quiet hours begin and end.");
  }
  return { enabled: form.enabled, lead_days, time_of_day, quiet_hours };
}

/** The settings the form describes, or what stops them being saved. */
export function settingsFrom(form: SettingsFormText): { settings: ReminderSettings } | SettingsProblem {
  const general = quietHours(form.quietStart, form.quietEnd);
  if (general === null) return { problem: "Choose when the quiet hours begin and end.", kind: null };
  const settings: Partial<ReminderSettings> = { quiet_hours: general, weekly_review_day: form.reviewDay };
  for (const info of REMINDER_KINDS) {
    const checked = kindSettings(info, form.kinds[info.kind]);
    if ("problem" in checked) return checked;
    settings[info.kind] = checked;
  }
  return { settings: settings as ReminderSettings };
}
