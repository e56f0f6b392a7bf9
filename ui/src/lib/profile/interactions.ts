/** Interaction kinds as the user reads them, and the date-time field's conversions. */
import type { InteractionKind } from "../bindings/InteractionKind";
import { t, type StringKey } from "../locale/i18n.svelte";

/** Every kind, in the order the form offers them, with the catalogue key of its name and its icon. */
export const INTERACTION_KINDS: ReadonlyArray<{ kind: InteractionKind; label: StringKey; icon: string }> = [
  { kind: "meeting", label: "profile.interactionKinds.meeting", icon: "◉" },
  { kind: "call", label: "profile.interactionKinds.call", icon: "☏" },
  { kind: "message", label: "profile.interactionKinds.message", icon: "✉" },
  { kind: "email", label: "profile.interactionKinds.email", icon: "@" },
  { kind: "event", label: "profile.interactionKinds.event", icon: "★" },
  { kind: "article", label: "profile.interactionKinds.article", icon: "¶" },
  { kind: "referral", label: "profile.interactionKinds.referral", icon: "⇄" },
  { kind: "introduction", label: "profile.interactionKinds.introduction", icon: "⋈" },
  { kind: "other", label: "profile.interactionKinds.other", icon: "•" },
];

export function kindLabel(kind: InteractionKind): string {
  const known = INTERACTION_KINDS.find((entry) => entry.kind === kind);
  return known ? t(known.label) : kind;
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
