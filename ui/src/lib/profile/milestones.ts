/**
 * Milestones as a profile shows them: the kinds the backend knows
 * (`MILESTONE_KINDS` in the reminders model) with readable labels, and how a
 * recorded milestone reads in the list.
 */
import type { MilestoneKindName } from "../bindings/constants";
import type { Milestone } from "../bindings/Milestone";
import { formatDay } from "../calendar/time";

/** A label for every kind the backend accepts (tsc refuses one missing), in the order the form offers them. */
const LABELS: Record<MilestoneKindName, string> = {
  new_job: "New job",
  promotion: "Promotion",
  academic_promotion: "Academic promotion",
  published_paper: "Published a paper",
  award: "Award",
  grant: "Grant",
  board_certification: "Board certification",
  new_license: "New license",
  match_day: "Match Day",
  residency_start: "Started residency",
  fellowship_start: "Started fellowship",
  chief_resident: "Chief resident",
  department_chair: "Department chair",
  practice_opening: "Opened a practice",
  retirement: "Retirement",
  other: "Other",
};

/** Every kind the backend accepts, in the order the form offers them. */
export const MILESTONE_KINDS: ReadonlyArray<{ kind: MilestoneKindName; label: string }> = Object.entries(LABELS).map(
  ([kind, label]) => ({ kind: kind as MilestoneKindName, label }),
);

const LABEL_OF: ReadonlyMap<string, string> = new Map(Object.entries(LABELS));

/** "Promotion"; an unknown kind (from a newer build) reads as itself, underscores as spaces. */
export function milestoneLabel(kind: string): string {
  const known = LABEL_OF.get(kind);
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

