/**
 * The opportunities and memberships half of the fake backend: stored in
 * memory, with the core's rules a component shows (a new opportunity starts
 * as "heard of", a status move is kept in the history, renewing moves the
 * date a year on, a title and a society are required).
 */
import { vi } from "vitest";
import type { CommitteeRole } from "../lib/bindings/CommitteeRole";
import type { Membership } from "../lib/bindings/Membership";
import type { MembershipDraft } from "../lib/bindings/MembershipDraft";
import type { Opportunity } from "../lib/bindings/Opportunity";
import type { OpportunityDraft } from "../lib/bindings/OpportunityDraft";
import type { OpportunityFilter } from "../lib/bindings/OpportunityFilter";
import type { OpportunityStatus } from "../lib/bindings/OpportunityStatus";

export interface FakeOpportunityOptions {
  opportunities?: Opportunity[];
  memberships?: Membership[];
}

const invalid = (message: string) => ({ code: "invalid_input", message });
const notFound = (what: string, id: number) => ({ code: "not_found", message: `there is no ${what} with id ${id}` });
const TODAY = "2026-03-01";

export function makeOpportunity(fields: Partial<Opportunity> & Pick<Opportunity, "id" | "title">): Opportunity {
  return {
    kind: "job",
    status: "heard_of",
    deadline: null,
    link: "",
    notes: "",
    people: [],
    history: [{ status: fields.status ?? "heard_of", on: TODAY }],
    ...fields,
  };
}

export function makeMembership(fields: Partial<Membership> & Pick<Membership, "id" | "society">): Membership {
  return {
    member_number: "",
    since: null,
    dues_amount: null,
    dues_currency: "",
    renews_on: null,
    renews_yearly: true,
    status: "active",
    notes: "",
    roles: [],
    meetings: [],
    ...fields,
  };
}

/** The title and first day of a calendar event, if the fake calendar has it. */
export type EventLookup = (id: number) => { title: string; day: string } | undefined;

export function fakeOpportunityBackend(
  options: FakeOpportunityOptions,
  nameOf: (id: number) => string,
  eventOf: EventLookup = () => undefined,
) {
  let opportunities = [...(options.opportunities ?? [])];
  let memberships = [...(options.memberships ?? [])];
  let nextOpportunity = Math.max(0, ...opportunities.map((o) => o.id)) + 1;
  let nextMembership = Math.max(0, ...memberships.map((m) => m.id)) + 1;

  const opportunity = (id: number) => {
    const found = opportunities.find((o) => o.id === id);
    if (!found) throw notFound("opportunity", id);
    return found;
  };
  const membership = (id: number) => {
    const found = memberships.find((m) => m.id === id);
    if (!found) throw notFound("membership", id);
    return found;
  };
  const fromDraft = (draft: OpportunityDraft) => {
    if (draft.title.trim() === "") throw invalid("Title is required");
    return {
      title: draft.title.trim(),
      kind: draft.kind,
      deadline: draft.deadline,
      link: draft.link,
      notes: draft.notes,
      people: draft.people.map((p) => ({ ...p, display_name: nameOf(p.contact_id) })),
    };
  };
  const saveOpportunity = (changed: Opportunity) => {
    opportunities = opportunities.map((o) => (o.id === changed.id ? changed : o));
    return changed;
  };
  const saveMembership = (changed: Membership) => {
    memberships = memberships.map((m) => (m.id === changed.id ? changed : m));
    return changed;
  };
  const fromMembershipDraft = (draft: MembershipDraft) => {
    if (draft.society.trim() === "") throw invalid("Society is required");
    const { status, ...rest } = draft;
    return { ...rest, society: draft.society.trim(), dues_currency: draft.dues_currency.toUpperCase(), status };
  };
  const nextYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

  const api = {
    opportunities: vi.fn(async (filter: OpportunityFilter) =>
      opportunities.filter(
        (o) =>
          (filter.status === null || filter.status === undefined || o.status === filter.status) &&
          (filter.text === undefined ||
            filter.text === "" ||
            `${o.title} ${o.notes}`.toLowerCase().includes(filter.text.toLowerCase())),
      ),
    ),
    addOpportunity: vi.fn(async (draft: OpportunityDraft) => {
      const status = draft.status ?? "heard_of";
      const added: Opportunity = {
        id: nextOpportunity++,
        status,
        history: [{ status, on: TODAY }],
        ...fromDraft(draft),
      };
      opportunities.push(added);
      return added;
    }),
    updateOpportunity: vi.fn(async (id: number, draft: OpportunityDraft) =>
      saveOpportunity({ ...opportunity(id), ...fromDraft(draft) }),
    ),
    setOpportunityStatus: vi.fn(async (id: number, status: OpportunityStatus) => {
      const current = opportunity(id);
      if (current.status === status) return current;
      return saveOpportunity({ ...current, status, history: [...current.history, { status, on: TODAY }] });
    }),
    deleteOpportunity: vi.fn(async (id: number) => {
      opportunity(id);
      opportunities = opportunities.filter((o) => o.id !== id);
    }),
    memberships: vi.fn(async () => [...memberships]),
    addMembership: vi.fn(async (draft: MembershipDraft) => {
      const { status, ...fields } = fromMembershipDraft(draft);
      const added = makeMembership({ id: nextMembership++, ...fields, status: status ?? "active" });
      memberships.push(added);
      return added;
    }),
    updateMembership: vi.fn(async (id: number, draft: MembershipDraft) => {
      const current = membership(id);
      const { status, ...fields } = fromMembershipDraft(draft);
      return saveMembership({ ...current, ...fields, status: status ?? current.status });
    }),
    renewMembership: vi.fn(async (id: number, to: string | null) => {
      const current = membership(id);
      const next = to ?? (current.renews_on === null ? null : nextYear(current.renews_on));
      if (next === null) throw invalid(`${current.society} has no renewal date: say the next one`);
      return saveMembership({ ...current, renews_on: next, status: "active" });
    }),
    deleteMembership: vi.fn(async (id: number) => {
      membership(id);
      memberships = memberships.filter((m) => m.id !== id);
    }),
    addMembershipRole: vi.fn(async (id: number, role: CommitteeRole) => {
      const current = membership(id);
      return saveMembership({ ...current, roles: [...current.roles, role] });
    }),
    removeMembershipRole: vi.fn(async (id: number, index: number) => {
      const current = membership(id);
      return saveMembership({ ...current, roles: current.roles.filter((_, i) => i !== index) });
    }),
    linkMembershipEvent: vi.fn(async (id: number, event: number) => {
      const current = membership(id);
      if (current.meetings.some((m) => m.event_id === event)) return current;
      const linked = eventOf(event) ?? { title: `Event ${event}`, day: TODAY };
      return saveMembership({
        ...current,
        meetings: [...current.meetings, { event_id: event, title: linked.title, starts_on: linked.day }],
      });
    }),
    unlinkMembershipEvent: vi.fn(async (id: number, event: number) => {
      const current = membership(id);
      return saveMembership({ ...current, meetings: current.meetings.filter((m) => m.event_id !== event) });
    }),
    eventMemberships: vi.fn(async (event: number) =>
      memberships.filter((m) => m.meetings.some((meeting) => meeting.event_id === event)),
    ),
  };

  return { api, opportunities: () => opportunities, memberships: () => memberships };
}
