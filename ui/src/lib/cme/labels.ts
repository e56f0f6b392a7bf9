/**
 * Credit types, special topics and shortfalls as the user reads them, in the order the forms offer
 * them. The types' and topics' names are the core's (bindings/constants.ts).
 */
import { CME_TOPICS, CREDIT_TYPES } from "../bindings/constants";
import type { CreditType } from "../bindings/CreditType";
import type { CycleProgress } from "../bindings/CycleProgress";
import { fmt } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

/** Credit types by their short names, in the core's order (generated from the core). */
export { CREDIT_TYPES };

/** The special topics licensing boards ask minimums of, as the core names them; users may add their own. */
export const TOPICS = CME_TOPICS;

export function creditTypeLabel(type: CreditType, label = ""): string {
  if (type === "other" && label.trim() !== "") return label;
  return CREDIT_TYPES.find((entry) => entry.value === type)?.label ?? type;
}

export function topicLabel(topic: string): string {
  return TOPICS.find((entry) => entry.value === topic)?.label ?? topic;
}

/** Hours as the user reads them: "12.5", "0.25", "3" ("12,5" in German). */
export function formatHours(hours: number): string {
  return fmt().hours(hours);
}

/**
 * What a cycle still lacks, from the core's list of unmet requirements: "37.5 h in total · 12 h Pain
 * management", or "Total met, but 2 h Ethics" when only a minimum is short. Empty when complete.
 */
export function missingInWords(progress: CycleProgress): string {
  const parts = progress.missing.map((shortfall) =>
    shortfall.requirement === "total"
      ? t("cme.missing.total", { hours: formatHours(shortfall.hours) })
      : t("cme.missing.minimum", { hours: formatHours(shortfall.hours), label: shortfall.label }),
  );
  const totalShort = progress.missing.some((shortfall) => shortfall.requirement === "total");
  const words = parts.join(" · ");
  return parts.length > 0 && !totalShort && progress.total.required > 0 ? t("cme.missing.totalMet", { missing: words }) : words;
}
