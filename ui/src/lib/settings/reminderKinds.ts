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
import { fmt } from "../locale/current.svelte";
import { t, type StringKey } from "../locale/i18n.svelte";
import type { FieldErrors } from "../widgets/fieldErrors";

/** One kind as the user reads it. */
export interface KindInfo {
  kind: ReminderKind;
  /** The core's name for the kind ("Key dates"). */
  label: string;
  /** Key dates and CME cycles remind once per lead time; the other kinds take one (the core says which). */
  many: boolean;
  /** Whether the lead time counts after the date (follow-ups) or before it. */
  after: boolean;
  /** What the lead time counts from: "2 days before *the birthday*" (a catalogue key). */
  anchor: StringKey;
  /** A lead time of 0: "*on the birthday*" (a catalogue key). */
  onTheDay: StringKey;
}

/** Whether each kind's lead time counts after its date; a Record so that tsc fails here when Rust adds a kind. */
const COUNTS_AFTER: Record<ReminderKind, boolean> = {
  stay_in_touch: false,
  follow_up: true,
  event_follow_up: true,
  milestone: true,
  birthday: false,
  work_anniversary: false,
  deadline: false,
  cme_shortfall: false,
  claim_credits: true,
  custom: false,
  referral_thanks: false,
  intro_follow_up: false,
  mentoring: false,
  letter_request: false,
  opportunity: false,
  membership_renewal: false,
  profile_update: false,
  weekly_review: false,
};

/** The days of the week the weekly review may come on, Monday first. */
export const WEEKDAYS: ReadonlyArray<{ day: Weekday; label: StringKey }> = (
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const
).map((day) => ({ day, label: `settings.reminders.weekdays.${day}` }));

/** Every kind, in the order the settings list them (the core's order, labels and lead counts). */
export const REMINDER_KINDS: ReadonlyArray<KindInfo> = CORE_REMINDER_KINDS.map((core) => ({
  ...core,
  after: COUNTS_AFTER[core.kind],
  anchor: `settings.reminders.anchor.${core.kind}`,
  onTheDay: `settings.reminders.onTheDay.${core.kind}`,
}));

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
  if (items.length <= 1) return items.join("");
  return t("settings.reminders.and", { first: items.slice(0, -1).join(", "), last: items[items.length - 1] });
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
    const values = { days: listed(counted.map((day) => fmt().number(day))), anchor: t(info.anchor), count: counted.length === 1 ? counted[0] : counted.length };
    parts.push(info.after ? t("settings.reminders.leadAfter", values) : t("settings.reminders.leadBefore", values));
  }
  if (distinct.includes(0)) parts.push(t(info.onTheDay));
  return capitalised(parts.length === 2 ? t("settings.reminders.and", { first: parts[0], last: parts[1] }) : parts.join(""));
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
  /** The field at fault: of that kind, or of the general quiet hours when `kind` is null. */
  field: KindField;
}

/** A field of a kind's row (or, for the general quiet hours, `quietStart` and `quietEnd`). */
export type KindField = "leads" | "time" | "quietStart" | "quietEnd";

function quietHours(start: string, end: string): QuietHours | null {
  const from = timeValue(start);
  const to = timeValue(end);
  return from === null || to === null ? null : { start: from, end: to };
}

const NO_QUIET: QuietHours = { start: "00:00:00", end: "00:00:00" };

/** Every problem of one kind's fields, by field, as keys of the catalogue with the kind's name to fill in. */
function kindProblems(info: KindInfo, form: KindFormText): Partial<Record<KindField, StringKey>> {
  const problems: Partial<Record<KindField, StringKey>> = {};
  const lead_days = parseLeadDays(form.leads);
  if (lead_days === null) problems.leads = info.many ? "settings.reminders.problems.leadsMany" : "settings.reminders.problems.leadsOne";
  else if (!info.many && lead_days.length > 1) problems.leads = "settings.reminders.problems.oneLead";
  if (info.kind !== "custom" && timeValue(form.time) === null) problems.time = "settings.reminders.problems.time";
  if (form.quiet === "own") {
    if (timeValue(form.quietStart) === null) problems.quietStart = "settings.reminders.problems.ownQuiet";
    if (timeValue(form.quietEnd) === null) problems.quietEnd = "settings.reminders.problems.ownQuiet";
  }
  return problems;
}

function kindSettings(info: KindInfo, form: KindFormText): KindSettings | SettingsProblem {
  const problems = Object.entries(kindProblems(info, form)) as [KindField, StringKey][];
  if (problems.length > 0) {
    const [field, problem] = problems[0];
    return { problem: t(problem, { kind: info.label }), kind: info.kind, field };
  }
  const own = form.quiet === "own" ? quietHours(form.quietStart, form.quietEnd) : null;
  return {
    enabled: form.enabled,
    lead_days: parseLeadDays(form.leads) ?? [],
    time_of_day: timeValue(form.time) ?? "09:00:00",
    quiet_hours: form.quiet === "none" ? NO_QUIET : own,
  };
}

/** The id of a field's control on the form: `quiet-start` for the general hours, `kind-birthday-leads` for a kind's. */
export function fieldId(kind: ReminderKind | null, field: KindField): string {
  const name = { leads: "leads", time: "time", quietStart: "quiet-start", quietEnd: "quiet-end" }[field];
  return kind === null ? name : `kind-${kind}-${name}`;
}

/** Every problem of the form at once, by the id of the control it is about (see `fieldId`). */
export function settingsFormErrors(form: SettingsFormText): FieldErrors {
  const errors: FieldErrors = {};
  if (timeValue(form.quietStart) === null) errors[fieldId(null, "quietStart")] = t("settings.reminders.problems.quiet");
  if (timeValue(form.quietEnd) === null) errors[fieldId(null, "quietEnd")] = t("settings.reminders.problems.quiet");
  for (const info of REMINDER_KINDS) {
    for (const [field, problem] of Object.entries(kindProblems(info, form.kinds[info.kind])) as [KindField, StringKey][]) {
      errors[fieldId(info.kind, field)] = t(problem, { kind: info.label });
    }
  }
  return errors;
}

/** The control a refusal of the backend is about: it names the kind whose lead times it refused. */
export function refusedFieldOf(backendField: string): string | undefined {
  return REMINDER_KINDS.some((info) => info.kind === backendField) ? fieldId(backendField as ReminderKind, "leads") : undefined;
}

/** The settings the form describes, or what stops them being saved. */
export function settingsFrom(form: SettingsFormText): { settings: ReminderSettings } | SettingsProblem {
  const general = quietHours(form.quietStart, form.quietEnd);
  if (general === null) {
    const field = timeValue(form.quietStart) === null ? "quietStart" : "quietEnd";
    return { problem: t("settings.reminders.problems.quiet"), kind: null, field };
  }
  const settings: Partial<ReminderSettings> = { quiet_hours: general, weekly_review_day: form.reviewDay };
  for (const info of REMINDER_KINDS) {
    const checked = kindSettings(info, form.kinds[info.kind]);
    if ("problem" in checked) return checked;
    settings[info.kind] = checked;
  }
  return { settings: settings as ReminderSettings };
}
