/**
 * What a Today line opens when its title is clicked: the person (their
 * profile), the event (beside the list, as the calendar shows it) or the CME
 * screen. The person wins, because a line titled with a name is about them;
 * CME reminders open the CME screen, where credits are claimed and cycles kept.
 */
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import { t, type StringKey } from "../locale/i18n.svelte";

export type TodayTarget =
  | { kind: "contact"; id: number }
  | { kind: "event"; id: number }
  | { kind: "cme" }
  | { kind: "network"; tab: string }
  | { kind: "settings" };

/** The Network tab (by its key) where each networking reminder's workflow lives. */
const NETWORK_TABS: Partial<Record<ReminderKind, string>> = {
  referral_thanks: "referrals",
  intro_follow_up: "intros",
  mentoring: "mentorship",
  letter_request: "mentorship",
  opportunity: "opportunities",
  membership_renewal: "memberships",
  weekly_review: "review",
};

/** The Network tab of a reminder's workflow, if it comes from one. */
export function networkTabOf(reminder: Pick<Reminder, "kind">): string | null {
  return NETWORK_TABS[reminder.kind] ?? null;
}

/**
 * Where a networking reminder's "Open" goes: its workflow's Network tab, or
 * Settings for the user's own profiles (kept there, under "You").
 */
export function workflowTarget(reminder: Pick<Reminder, "kind">): TodayTarget | null {
  if (reminder.kind === "profile_update") return { kind: "settings" };
  const tab = networkTabOf(reminder);
  return tab === null ? null : { kind: "network", tab };
}

/**
 * What a line's one main button does: draft a message to its person, open what
 * it is about, or mark it done. `label` is the button's catalogue key, shown with `t()`.
 */
export type MainAction =
  | { kind: "draft"; label: StringKey; contactId: number }
  | { kind: "open"; label: StringKey; target: TodayTarget }
  | { kind: "done"; label: StringKey };

const DRAFT_LABELS: Partial<Record<ReminderKind, StringKey>> = {
  follow_up: "today.main.draftFollowUp",
  event_follow_up: "today.main.draftFollowUp",
  stay_in_touch: "today.main.draftNote",
  birthday: "today.main.draftWishes",
  milestone: "today.main.draftCongratulations",
  work_anniversary: "today.main.draftCongratulations",
  referral_thanks: "today.main.draftThanks",
  intro_follow_up: "today.main.draftFollowUp",
  custom: "today.main.draftMessage",
};

/**
 * The one main action suited to a reminder's kind: draft the message where
 * writing is the point (a follow-up, staying in touch, wishes and
 * congratulations, a referral's thanks, an introduction's follow-up, one of
 * the user's own reminders about a person); open the event of a key date
 * ("Open event"), the CME screen to log credits ("Log credits"), the
 * workflow's Network tab ("Open", "Open review"), Settings for the user's
 * own profiles; "Done" only where nothing else is to be done.
 */
export function mainAction(reminder: Pick<Reminder, "kind" | "subject">): MainAction {
  const { kind, subject } = reminder;
  const draft = DRAFT_LABELS[kind];
  if (draft !== undefined && subject.contact_id !== null) return { kind: "draft", label: draft, contactId: subject.contact_id };
  if (kind === "weekly_review") return { kind: "open", label: "today.main.openReview", target: { kind: "network", tab: "review" } };
  const workflow = workflowTarget(reminder);
  if (workflow !== null) return { kind: "open", label: "today.main.open", target: workflow };
  if (kind === "cme_shortfall" || kind === "claim_credits") return { kind: "open", label: "today.main.logCredits", target: { kind: "cme" } };
  if (subject.event_id !== null) return { kind: "open", label: "today.main.openEvent", target: { kind: "event", id: subject.event_id } };
  return { kind: "done", label: "today.main.done" };
}

export function targetOf(reminder: Pick<Reminder, "kind" | "subject">): TodayTarget | null {
  const { subject } = reminder;
  if (subject.contact_id !== null) return { kind: "contact", id: subject.contact_id };
  const workflow = workflowTarget(reminder);
  if (workflow !== null) return workflow;
  if (reminder.kind === "cme_shortfall" || reminder.kind === "claim_credits") return { kind: "cme" };
  if (subject.event_id !== null) return { kind: "event", id: subject.event_id };
  if (subject.cycle_id !== null) return { kind: "cme" };
  return null;
}

/**
 * The name of the person a line is about: the name the engine gives, else
 * the title for every kind but the user's own reminders, whose title says
 * what to do, not who it is about.
 */
export function personName(reminder: Pick<Reminder, "kind" | "title" | "contact_name">): string | null {
  // A networking prompt's title says what to do ("Thank Dr. Anna Berg for the referral").
  return reminder.contact_name ?? (reminder.kind === "custom" || workflowTarget(reminder) !== null ? null : reminder.title);
}

/**
 * How the title's link reads to a screen reader, its visible text included:
 * "Open Dr. Amara Okafor's profile", "Send the paper: open Dr. Kenji Tanaka's profile"
 * ("… the person's profile" when the name is not known).
 */
export function targetLabel(target: TodayTarget, reminder: Pick<Reminder, "kind" | "title" | "contact_name">): string {
  const { title } = reminder;
  if (target.kind === "contact") {
    const name = personName(reminder);
    if (name === null) return t("today.target.unnamedProfile", { title });
    return name === title ? t("today.target.profile", { name }) : t("today.target.titledProfile", { title, name });
  }
  if (target.kind === "event") return t("today.target.event", { title });
  if (target.kind === "network") return t("today.target.network", { title });
  if (target.kind === "settings") return t("today.target.settings", { title });
  return t("today.target.cme", { title });
}
