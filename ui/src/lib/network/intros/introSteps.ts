/**
 * What an introduction's next step is, by its status and answers: the one
 * main action the Introductions tab offers on it, and the words the list
 * and the timeline say about it. Tables hold catalogue keys; the words are
 * looked up when shown.
 */
import type { Introduction } from "../../bindings/Introduction";
import type { IntroductionStatus } from "../../bindings/IntroductionStatus";
import { t, type StringKey } from "../../locale/i18n.svelte";

/** The statuses in the order the list groups them, with their headings. */
export const STATUS_GROUPS: { status: IntroductionStatus; heading: StringKey }[] = [
  { status: "proposed", heading: "network.intros.groups.proposed" },
  { status: "asked", heading: "network.intros.groups.asked" },
  { status: "accepted", heading: "network.intros.groups.accepted" },
  { status: "introduced", heading: "network.intros.groups.introduced" },
  { status: "declined", heading: "network.intros.groups.declined" },
];

/** The main action of an introduction in its status, or null when it is over. */
export function nextStep(intro: Introduction): string | null {
  switch (intro.status) {
    case "proposed":
      return t("network.intros.next.proposed");
    case "asked":
      return t("network.intros.next.asked");
    case "accepted":
      return t("network.intros.next.accepted");
    default:
      return null;
  }
}

/** "yes", "no" or "not yet", for one side's answer. */
export function answerWords(saidYes: boolean | null): string {
  return saidYes === null ? t("network.intros.answer.notYet") : saidYes ? t("network.intros.answer.yes") : t("network.intros.answer.no");
}

/** A status as a word ("proposed", "asked"…). */
export function statusWord(status: IntroductionStatus): string {
  return t(`network.intros.status.${status}`);
}

/** How a contact's timeline tells it, from the side of `contactId`. */
export function timelineLine(intro: Introduction, contactId: number): string {
  const values = { status: statusWord(intro.status) };
  return intro.from.contact_id === contactId
    ? t("network.intros.timelineTo", { ...values, name: intro.to.name })
    : t("network.intros.timelineFrom", { ...values, name: intro.from.name });
}
