/**
 * Milestones as a profile shows them: the kinds the backend knows
 * (`MILESTONE_KINDS` in the reminders model) with readable labels, and how a
 * recorded milestone reads in the list.
 */
import type { Milestone } from "../bindings/Milestone";
import { formatDay } from "../calendar/time";

/** Every kind the backend accepts, in the order the form offers them. */
export const MILESTONE_KINDS: ReadonlyArray<{ kind: string; label: string }> = [
  { kind: "new_job", label: "New job" },
  { kind: "promotion", label: "Promotion" },
  { kind: "academic_promotion", label: "Academic promotion" },
  { kind: "published_paper", label: "Published a paper" },
  { kind: "award", label: "Award" },
  { kind: "grant", label: "Grant" },
  { kind: "board_certification", label: "Board certification" },
  { kind: "new_license", label: "New license" },
  { kind: "match_day", label: "Match Day" },
  { kind: "residency_start", label: "Started residency" },
  { kind: "fellowship_start", label: "Started fellowship" },
  { kind: "chief_resident", label: "Chief resident" },
  { kind: "department_chair", label: "Department chair" },
  { kind: "practice_opening", label: "Opened a practice" },
  { kind: "retirement", label: "Retirement" },
  { kind: "other", label: "Other" },
];

/** "Promotion"; an unknown kind (from a newer build) reads as itself, underscores as spaces. */
export function milestoneLabel(kind: string): string {
  const known = MILESTONE_KINDS.find((entry) => entry.kind === kind)?.label;
  if (known) return known;
  const words = kind.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Promotion · Tue, 3 Mar 2026 · Associate professor · from import". */
export function milestoneLine(milestone: Milestone): string {
  const parts = [milestoneLabel(milestone.kind), formatDay(milestone.on)];
  if (milestone.note.trim() !== "") parts.push(milestone.note.trim());
  if (milestone.source === "import") parts.push("from import");
  return parts.join(" · ");
}

