/** Reminder kinds as the user reads them, on each Today line. */
import type { ReminderKind } from "../bindings/ReminderKind";

// A Record so that tsc fails here when Rust adds a kind.
const KIND_LABELS: Record<ReminderKind, string> = {
  stay_in_touch: "Stay in touch",
  follow_up: "Follow up",
  event_follow_up: "Follow up after an event",
  milestone: "Milestone",
  birthday: "Birthday",
  work_anniversary: "Work anniversary",
  deadline: "Key date",
  cme_shortfall: "CME shortfall",
  claim_credits: "Credits to claim",
  custom: "Your reminder",
  referral_thanks: "Referral thanks",
  intro_follow_up: "Introduction",
  mentoring: "Mentoring",
  letter_request: "Letter of recommendation",
  opportunity: "Opportunity",
  membership_renewal: "Membership renewal",
  profile_update: "Your profiles",
  weekly_review: "Weekly review",
};

export function kindLabel(kind: ReminderKind): string {
  return KIND_LABELS[kind];
}
