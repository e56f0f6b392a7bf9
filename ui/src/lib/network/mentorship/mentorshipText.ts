/**
 * What the Mentorship tab shows in words and how its filter reads: a
 * mentorship's cadence line, the action items typed one per line, and
 * whether a mentorship or letter matches the words typed in the filter.
 */
import type { LetterRequest } from "../../bindings/LetterRequest";
import type { Mentorship } from "../../bindings/Mentorship";
import { fmt } from "../../locale/current.svelte";
import { t } from "../../locale/i18n.svelte";

/** "Meet every 4 weeks · next by Feb 7, 2026" (in the user's locale), or "No meeting cadence". */
export function cadenceLine(mentorship: Mentorship): string {
  if (mentorship.every_weeks === null) return t("network.mentorship.noCadence");
  const every = { count: mentorship.every_weeks, n: fmt().number(mentorship.every_weeks) };
  return mentorship.next_meeting_on
    ? t("network.mentorship.cadenceNext", { ...every, day: fmt().date(mentorship.next_meeting_on) })
    : t("network.mentorship.cadence", every);
}

/** Action items typed one per line, blank lines left out. */
export function actionLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Every word of `query` is somewhere in `texts` (any case). */
function matches(query: string, texts: string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = texts.join("\n").toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Whether a mentorship matches the filter: its person, notes, goals, meetings and action items. */
export function mentorshipMatches(mentorship: Mentorship, query: string): boolean {
  return matches(query, [
    mentorship.contact_name,
    mentorship.role,
    mentorship.notes,
    ...mentorship.goals.map((goal) => goal.text),
    ...mentorship.meetings.flatMap((meeting) => [meeting.notes, ...meeting.actions.map((action) => action.text)]),
  ]);
}

/** Whether a letter request matches the filter: its person, program and notes. */
export function letterMatches(letter: LetterRequest, query: string): boolean {
  return matches(query, [letter.contact_name, letter.program, letter.program_name, letter.notes]);
}
