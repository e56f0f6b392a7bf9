/**
 * Milestones as a profile shows them: the kinds the backend knows
 * (`MILESTONE_KINDS` in the reminders model) with readable labels, and how a
 * recorded milestone reads in the list.
 */
import type { MilestoneKindName } from "../bindings/constants";
import type { Milestone } from "../bindings/Milestone";
import { formatDay } from "../calendar/time";
import { t, type StringKey } from "../locale/i18n.svelte";

/** The catalogue key of a label for every kind the backend accepts (tsc refuses one missing), in the order the form offers them. */
const LABELS: Record<MilestoneKindName, StringKey> = {
  new_job: "profile.milestoneKinds.new_job",
  promotion: "profile.milestoneKinds.promotion",
  academic_promotion: "profile.milestoneKinds.academic_promotion",
  published_paper: "profile.milestoneKinds.published_paper",
  award: "profile.milestoneKinds.award",
  grant: "profile.milestoneKinds.grant",
  board_certification: "profile.milestoneKinds.board_certification",
  new_license: "profile.milestoneKinds.new_license",
  match_day: "profile.milestoneKinds.match_day",
  residency_start: "profile.milestoneKinds.residency_start",
  fellowship_start: "profile.milestoneKinds.fellowship_start",
  chief_resident: "profile.milestoneKinds.chief_resident",
  department_chair: "profile.milestoneKinds.department_chair",
  practice_opening: "profile.milestoneKinds.practice_opening",
  retirement: "profile.milestoneKinds.retirement",
  other: "profile.milestoneKinds.other",
};

/** Every kind the backend accepts, in the order the form offers them. */
export const MILESTONE_KINDS: ReadonlyArray<{ kind: MilestoneKindName; label: StringKey }> = Object.entries(LABELS).map(
  ([kind, label]) => ({ kind: kind as MilestoneKindName, label }),
);

const LABEL_OF: ReadonlyMap<string, StringKey> = new Map(Object.entries(LABELS));

/** "Promotion"; an unknown kind (from a newer build) reads as itself, underscores as spaces. */
export function milestoneLabel(kind: string): string {
  const known = LABEL_OF.get(kind);
  if (known) return t(known);
  const words = kind.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Promotion · Tue, 3 Mar 2026 · Associate professor · from import". */
export function milestoneLine(milestone: Milestone): string {
  const parts = [milestoneLabel(milestone.kind), formatDay(milestone.on)];
  if (milestone.note.trim() !== "") parts.push(milestone.note.trim());
  if (milestone.source === "import") parts.push(t("profile.milestones.fromImport"));
  return parts.join(" · ");
}

