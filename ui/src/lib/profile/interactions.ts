/** Interaction kinds as the user reads them, and the date-time field's conversions. */
import type { InteractionKind } from "../bindings/InteractionKind";

export const INTERACTION_KINDS: ReadonlyArray<{ kind: InteractionKind; label: string; icon: string }> = [
  { kind: "meeting", label: "Meeting", icon: "◉" },
  { kind: "call", label: "Call", icon: "☏" },
  { kind: "message", label: "Message", icon: "✉" },
  { kind: "email", label: "Email", icon: "@" },
  { kind: "event", label: "Event", icon: "★" },
  { kind: "article", label: "Shared an article", icon: "¶" },
  { kind: "referral", label: "Referral", icon: "⇄" },
  { kind: "introduction", label: "Introduction", icon: "⋈" },
  { kind: "other", label: "Other", icon: "•" },
];

export function kindLabel(kind: InteractionKind): string {
  return INTERACTION_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}

export function kindIcon(kind: InteractionKind): string {
  return INTERACTION_KINDS.find((entry) => entry.kind === kind)?.icon ?? "•";
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A moment as a `datetime-local` input's value (local wall-clock time, minutes). */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A `datetime-local` value back to an RFC 3339 instant; null when blank or unreadable. */
export function fromDateTimeLocal(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The user's own IANA time zone, or "" when the system does not say. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
}
