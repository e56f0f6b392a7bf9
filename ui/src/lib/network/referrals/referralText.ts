/**
 * How the referral ledger reads: a reason's name (from the core's list)
 * and a day that may be missing.
 */
import type { ReferralReason } from "../../bindings/ReferralReason";
import { REFERRAL_REASONS } from "../../bindings/constants";

export function reasonLabel(reason: ReferralReason): string {
  return REFERRAL_REASONS.find((entry) => entry.value === reason)?.label ?? reason;
}

/** A day, or a dash when there is none. */
export function dayOrDash(day: string | null): string {
  return day ?? "—";
}
