/**
 * What a Today line opens when its title is clicked: the person (their
 * profile), the event (beside the list, as the calendar shows it) or the CME
 * screen. The person wins, because a line titled with a name is about them;
 * CME reminders open the CME screen, where credits are claimed and cycles kept.
 */
import type { Reminder } from "../bindings/Reminder";

export type TodayTarget = { kind: "contact"; id: number } | { kind: "event"; id: number } | { kind: "cme" };

export function targetOf(reminder: Pick<Reminder, "kind" | "subject">): TodayTarget | null {
  const { subject } = reminder;
  if (subject.contact_id !== null) return { kind: "contact", id: subject.contact_id };
  if (reminder.kind === "cme_shortfall" || reminder.kind === "claim_credits") return { kind: "cme" };
  if (subject.event_id !== null) return { kind: "event", id: subject.event_id };
  if (subject.cycle_id !== null) return { kind: "cme" };
  return null;
}

/**
 * The name a line's subject goes by: the title for every kind but the user's
 * own reminders, whose title says what to do, not who it is about.
 */
export function personName(reminder: Pick<Reminder, "kind" | "title">): string | null {
  return reminder.kind === "custom" ? null : reminder.title;
}

/**
 * How the title's link reads to a screen reader, its visible text included:
 * "Open Dr. Amara Okafor's profile", "Send the paper: open the person's profile".
 */
export function targetLabel(target: TodayTarget, reminder: Pick<Reminder, "kind" | "title">): string {
  const { title } = reminder;
  if (target.kind === "contact") {
    const name = personName(reminder);
    return name === null ? `${title}: open the person's profile` : `Open ${name}'s profile`;
  }
  if (target.kind === "event") return `Open the event ${title}`;
  return `Open CME: ${title}`;
}
