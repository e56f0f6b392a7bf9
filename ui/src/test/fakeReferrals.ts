/**
 * The referral ledger half of the fake backend: referrals kept in memory,
 * listed and counted the way the core does (newest first; per colleague,
 * per specialty, one-sided over two years, not referred to in a year).
 */
import { vi } from "vitest";
import type { Contact } from "../lib/bindings/Contact";
import type { Referral } from "../lib/bindings/Referral";
import type { ReferralDraft } from "../lib/bindings/ReferralDraft";
import type { ReferralFilter } from "../lib/bindings/ReferralFilter";
import type { ReferralStats } from "../lib/bindings/ReferralStats";
import { addDays, today } from "../lib/calendar/time";

export interface FakeReferralOptions {
  referrals?: Referral[];
}

const invalid = (message: string) => ({ code: "invalid_input", message });

export function makeReferral(fields: Partial<Referral> & Pick<Referral, "id" | "contact_id" | "direction" | "on">): Referral {
  return {
    contact_name: "",
    specialty: "",
    reason: "other",
    note: "",
    created_at: "2026-02-01T12:00:00Z",
    ...fields,
  };
}

export function fakeReferralBackend(options: FakeReferralOptions, find: (id: number) => Contact) {
  let rows = [...(options.referrals ?? [])];
  let nextId = Math.max(0, ...rows.map((row) => row.id)) + 1;
  const newestFirst = (list: Referral[]) =>
    [...list].sort((a, b) => b.on.localeCompare(a.on) || b.id - a.id);
  const stored = (id: number, draft: ReferralDraft): Referral => {
    const contact = find(draft.contact_id);
    if (draft.note.length > 2000) throw invalid("The note is too long");
    return {
      id,
      contact_id: draft.contact_id,
      contact_name: contact.display_name,
      direction: draft.direction,
      on: draft.on,
      specialty: draft.specialty.trim() || contact.specialty,
      reason: draft.reason,
      note: draft.note.trim(),
      created_at: "2026-02-01T12:00:00Z",
    };
  };

  function stats(): ReferralStats {
    const day = today();
    const since = addDays(day, -729);
    const cutoff = addDays(day, -365);
    const colleagues = new Map<number, ReferralStats["by_colleague"][number]>();
    const specialties = new Map<string, ReferralStats["by_specialty"][number]>();
    const max = (a: string | null, b: string) => (a === null || b > a ? b : a);
    for (const r of [...rows].sort((a, b) => a.id - b.id)) {
      const c = colleagues.get(r.contact_id) ?? {
        contact_id: r.contact_id,
        contact_name: r.contact_name,
        specialty: find(r.contact_id).specialty,
        sent: 0,
        received: 0,
        last_sent: null,
        last_received: null,
      };
      const key = r.specialty.toLowerCase();
      const s = specialties.get(key) ?? { specialty: r.specialty, sent: 0, received: 0, last_sent: null, last_received: null };
      for (const t of [c, s]) {
        if (r.direction === "sent") {
          t.sent += 1;
          t.last_sent = max(t.last_sent, r.on);
        } else {
          t.received += 1;
          t.last_received = max(t.last_received, r.on);
        }
      }
      colleagues.set(r.contact_id, c);
      specialties.set(key, s);
    }
    const busiest = <T extends { sent: number; received: number }>(a: T, b: T) => b.sent + b.received - (a.sent + a.received);
    const oneSided: ReferralStats["one_sided"] = [];
    for (const c of colleagues.values()) {
      const inWindow = rows.filter((r) => r.contact_id === c.contact_id && r.on >= since && r.on <= day);
      const ways = new Set(inWindow.map((r) => r.direction));
      if (ways.size === 1) {
        const [direction] = [...ways];
        oneSided.push({
          contact_id: c.contact_id,
          contact_name: c.contact_name,
          direction,
          count: inWindow.length,
          last: inWindow.map((r) => r.on).sort().pop() ?? day,
        });
      }
    }
    const quiet = [...colleagues.values()]
      .filter((c) => c.last_sent !== null && c.last_sent <= cutoff)
      .map((c) => ({ contact_id: c.contact_id, contact_name: c.contact_name, specialty: c.specialty, last_sent: c.last_sent, partner: false }));
    return {
      today: day,
      by_colleague: [...colleagues.values()].sort(busiest),
      by_specialty: [...specialties.values()].sort(busiest),
      one_sided_since: since,
      one_sided: oneSided.sort((a, b) => b.count - a.count),
      not_referred_in_a_year: quiet,
    };
  }

  const api = {
    referrals: vi.fn(async (filter: ReferralFilter) => {
      const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
      return newestFirst(
        rows.filter(
          (r) =>
            (filter.contact_id === null || r.contact_id === filter.contact_id) &&
            (filter.direction === null || r.direction === filter.direction) &&
            (filter.from === null || r.on >= filter.from) &&
            (filter.to === null || r.on <= filter.to) &&
            words.every((word) => `${r.contact_name} ${r.specialty} ${r.note}`.toLowerCase().includes(word)),
        ),
      );
    }),
    addReferral: vi.fn(async (draft: ReferralDraft) => {
      const referral = stored(nextId++, draft);
      rows = [...rows, referral];
      return referral;
    }),
    updateReferral: vi.fn(async (id: number, draft: ReferralDraft) => {
      const referral = stored(id, draft);
      rows = rows.map((row) => (row.id === id ? referral : row));
      return referral;
    }),
    deleteReferral: vi.fn(async (id: number) => {
      rows = rows.filter((row) => row.id !== id);
    }),
    referralSpecialties: vi.fn(async () => [...new Set(rows.map((r) => r.specialty).filter(Boolean))].sort()),
    referralStats: vi.fn(async () => stats()),
  };

  return { api, referrals: () => newestFirst(rows) };
}
