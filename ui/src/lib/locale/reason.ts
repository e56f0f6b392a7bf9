/**
 * A reminder's reason as the user reads it: the core's words with each date
 * written by the formatter, in the user's locale and clock ("Abstracts due
 * Do., 10. Dez., 23:59 AoE"). A reminder without parts (from an older
 * backend) shows its reason as it came.
 */
import type { ReasonPart } from "../bindings/ReasonPart";
import type { Reminder } from "../bindings/Reminder";
import { formatterFor } from "./current.svelte";

function partText(part: ReasonPart, locale?: string): string {
  const formatter = formatterFor(locale);
  switch (part.type) {
    case "text":
      return part.text;
    case "day":
      return formatter.weekdayDate(part.day);
    case "due_at":
      return formatter.dateTime(part.at, part.zone, { year: false });
  }
}

/** The reason with its dates in the user's locale (or the one given). */
export function reasonText(reminder: Pick<Reminder, "reason" | "reason_parts">, locale?: string): string {
  if (reminder.reason_parts.length === 0) return reminder.reason;
  return reminder.reason_parts.map((part) => partText(part, locale)).join("");
}
