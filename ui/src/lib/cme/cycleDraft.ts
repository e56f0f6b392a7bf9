/**
 * The cycle form's fields as text, and the CycleDraft they make: the dates,
 * the total and which credit types it counts, and the minimums per credit type
 * and per special topic (blank rows are left out).
 */
import type { CreditType } from "../bindings/CreditType";
import type { Cycle } from "../bindings/Cycle";
import type { CycleDraft } from "../bindings/CycleDraft";
import type { CycleKind } from "../bindings/CycleKind";
import { readNumber } from "../calendar/eventDraft";
import { t } from "../locale/i18n.svelte";
import { type FieldErrors } from "../widgets/fieldErrors";

export interface MinimumRow {
  key: string;
  hours: string;
}

export interface CycleFormText {
  name: string;
  kind: CycleKind;
  authority: string;
  startsOn: string;
  endsOn: string;
  totalHours: string;
  /** The credit types the total counts; all when none is ticked. */
  totalTypes: CreditType[];
  typeMinimums: MinimumRow[];
  topicMinimums: MinimumRow[];
  notes: string;
}

export function emptyCycleForm(): CycleFormText {
  return {
    name: "",
    kind: "license",
    authority: "",
    startsOn: "",
    endsOn: "",
    totalHours: "",
    totalTypes: [],
    typeMinimums: [],
    topicMinimums: [],
    notes: "",
  };
}

export function cycleForm(cycle: Cycle): CycleFormText {
  const rows = (list: Cycle["type_minimums"]) => list.map((m) => ({ key: m.key, hours: String(m.hours) }));
  return {
    name: cycle.name,
    kind: cycle.kind,
    authority: cycle.authority,
    startsOn: cycle.starts_on,
    endsOn: cycle.ends_on,
    totalHours: String(cycle.total_hours),
    totalTypes: [...cycle.total_types],
    typeMinimums: rows(cycle.type_minimums),
    topicMinimums: rows(cycle.topic_minimums),
    notes: cycle.notes,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a minimum row's problems read as, for credit types and for topics. */
const MINIMUM_ERRORS = {
  type: { key: "cme.cycleForm.errors.typeKey", hours: "cme.cycleForm.errors.typeHours" },
  topic: { key: "cme.cycleForm.errors.topicKey", hours: "cme.cycleForm.errors.topicHours" },
} as const;

function minimums(rows: MinimumRow[], of: "type" | "topic"): CycleDraft["type_minimums"] | string {
  const filled = rows.filter((row) => row.key.trim() !== "" || row.hours.trim() !== "");
  const result: CycleDraft["type_minimums"] = [];
  for (const row of filled) {
    const hours = readNumber(row.hours);
    if (row.key.trim() === "") return t(MINIMUM_ERRORS[of].key);
    if (hours === null || Number.isNaN(hours) || hours <= 0) return t(MINIMUM_ERRORS[of].hours);
    result.push({ key: row.key.trim(), hours });
  }
  return result;
}

/**
 * Every problem of the fields at once, by field (`name`, `startsOn`, `endsOn`,
 * `totalHours`, `typeMinimums`, `topicMinimums`); empty when they make a draft.
 */
export function cycleFormErrors(form: CycleFormText): FieldErrors {
  const errors: FieldErrors = {};
  if (form.name.trim() === "") errors.name = t("cme.cycleForm.errors.name");
  if (!DAY.test(form.startsOn)) errors.startsOn = t("cme.cycleForm.errors.startsOn");
  if (!DAY.test(form.endsOn)) errors.endsOn = t("cme.cycleForm.errors.endsOn");
  else if (DAY.test(form.startsOn) && form.endsOn < form.startsOn) errors.endsOn = t("cme.cycleForm.errors.endsBefore");
  const total = readNumber(form.totalHours);
  if (total === null || Number.isNaN(total)) errors.totalHours = t("cme.cycleForm.errors.totalHours");
  const types = minimums(form.typeMinimums, "type");
  if (typeof types === "string") errors.typeMinimums = types;
  const topics = minimums(form.topicMinimums, "topic");
  if (typeof topics === "string") errors.topicMinimums = topics;
  return errors;
}

/** The draft the fields make, or what is wrong with them (the first of `cycleFormErrors`). */
export function cycleDraft(form: CycleFormText): CycleDraft | string {
  const first = Object.values(cycleFormErrors(form)).find((message) => message);
  if (first) return first;
  const types = minimums(form.typeMinimums, "type");
  const topics = minimums(form.topicMinimums, "topic");
  if (typeof types === "string" || typeof topics === "string") return "";
  return {
    name: form.name.trim(),
    kind: form.kind,
    authority: form.authority.trim(),
    starts_on: form.startsOn,
    ends_on: form.endsOn,
    total_hours: readNumber(form.totalHours) ?? 0,
    total_types: form.totalTypes,
    type_minimums: types,
    topic_minimums: topics,
    notes: form.notes.trim(),
  };
}
