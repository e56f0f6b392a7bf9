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
 * The name of the person a line is about: the name the engine gives, else
 * the title for every kind but the user's own reminders, whose title says
 * what to do, not who it is about.
 */
export function personName(reminder: Pick<Reminder, "kind" | "title" | "contact_name">): string | null {
  return reminder.contact_name ?? (reminder.kind === "custom" ? null : reminder.title);
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
    if (name === null) return `${title}: open the person's profile`;
    return name === title ? `Open ${name}'s profile` : `${title}: open ${name}'s profile`;
  }
  if (target.kind === "event") return `Open the event ${title}`;
  return `Open CME: ${title}`;
}
