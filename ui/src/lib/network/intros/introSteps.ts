/**
 * What an introduction's next step is, by its status and answers: the one
 * main action the Introductions tab offers on it, and the words the list
 * and the timeline say about it.
 */
import type { Introduction } from "../../bindings/Introduction";
import type { IntroductionStatus } from "../../bindings/IntroductionStatus";

/** The statuses in the order the list groups them, with their headings. */
export const STATUS_GROUPS: { status: IntroductionStatus; heading: string }[] = [
  { status: "proposed", heading: "Proposed: ask both sides" },
  { status: "asked", heading: "Asked: waiting for answers" },
  { status: "accepted", heading: "Both said yes: introduce them" },
  { status: "introduced", heading: "Introduced" },
  { status: "declined", heading: "Declined" },
];

/** The main action of an introduction in its status, or null when it is over. */
export function nextStep(intro: Introduction): string | null {
  switch (intro.status) {
    case "proposed":
      return "Draft the asks";
    case "asked":
      return "Record the answers";
    case "accepted":
      return "Draft the introduction";
    default:
      return null;
  }
}

/** "yes", "no" or "not yet", for one side's answer. */
export function answerWords(saidYes: boolean | null): string {
  return saidYes === null ? "not yet" : saidYes ? "yes" : "no";
}

/** How a contact's timeline tells it, from the side of `contactId`. */
export function timelineLine(intro: Introduction, contactId: number): string {
  const other = intro.from.contact_id === contactId ? intro.to.name : intro.from.name;
  const verb = intro.from.contact_id === contactId ? "Introduction to" : "Introduction from";
  return `${verb} ${other}: ${intro.status}`;
}
