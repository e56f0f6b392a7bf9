/** Reminder kinds as the user reads them, on each Today line. */
import type { ReminderKind } from "../bindings/ReminderKind";
import { t, type StringKey } from "../locale/i18n.svelte";

// A Record so that tsc fails here when Rust adds a kind.
const KIND_LABELS: Record<ReminderKind, StringKey> = {
  stay_in_touch: "today.kinds.stayInTouch",
  follow_up: "today.kinds.followUp",
  event_follow_up: "today.kinds.eventFollowUp",
  milestone: "today.kinds.milestone",
  birthday: "today.kinds.birthday",
  work_anniversary: "today.kinds.workAnniversary",
  deadline: "today.kinds.deadline",
  cme_shortfall: "today.kinds.cmeShortfall",
  claim_credits: "today.kinds.claimCredits",
  custom: "today.kinds.custom",
  referral_thanks: "today.kinds.referralThanks",
  intro_follow_up: "today.kinds.introFollowUp",
  mentoring: "today.kinds.mentoring",
  letter_request: "today.kinds.letterRequest",
  opportunity: "today.kinds.opportunity",
  membership_renewal: "today.kinds.membershipRenewal",
  profile_update: "today.kinds.profileUpdate",
  weekly_review: "today.kinds.weeklyReview",
};

export function kindLabel(kind: ReminderKind): string {
  return t(KIND_LABELS[kind]);
}
