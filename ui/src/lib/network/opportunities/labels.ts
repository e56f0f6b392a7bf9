/**
 * The words the Opportunities tab shows for the core's values (from the
 * generated constants), and the list grouped by status in the core's order.
 */
import type { Opportunity } from "../../bindings/Opportunity";
import type { OpportunityKind } from "../../bindings/OpportunityKind";
import type { OpportunityRole } from "../../bindings/OpportunityRole";
import type { OpportunityStatus } from "../../bindings/OpportunityStatus";
import { OPPORTUNITY_KINDS, OPPORTUNITY_ROLES, OPPORTUNITY_STATUSES } from "../../bindings/constants";

export function kindLabel(kind: OpportunityKind): string {
  return OPPORTUNITY_KINDS.find((option) => option.value === kind)?.label ?? kind;
}

export function roleLabel(role: OpportunityRole): string {
  return OPPORTUNITY_ROLES.find((option) => option.value === role)?.label ?? role;
}

export function statusLabel(status: OpportunityStatus): string {
  return OPPORTUNITY_STATUSES.find((option) => option.value === status)?.label ?? status;
}

export interface StatusGroup {
  status: OpportunityStatus;
  label: string;
  items: Opportunity[];
}

/** The opportunities under each status that has any, in the statuses' order (the list's own order kept within). */
export function groupByStatus(all: Opportunity[]): StatusGroup[] {
  return OPPORTUNITY_STATUSES.map((option) => ({
    status: option.value,
    label: option.label,
    items: all.filter((opportunity) => opportunity.status === option.value),
  })).filter((group) => group.items.length > 0);
}
