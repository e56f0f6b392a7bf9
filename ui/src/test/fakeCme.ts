/**
 * The CME half of the fake backend: credits with certificates, cycles, and
 * each cycle's progress worked out the way the core does (a credit counts in
 * every cycle it falls in; the total counts the cycle's types, or all).
 */
import { vi } from "vitest";
import type { CertificateInfo } from "../lib/bindings/CertificateInfo";
import type { ClaimableCredits } from "../lib/bindings/ClaimableCredits";
import type { Credit } from "../lib/bindings/Credit";
import type { CreditDraft } from "../lib/bindings/CreditDraft";
import type { Cycle } from "../lib/bindings/Cycle";
import type { CycleDraft } from "../lib/bindings/CycleDraft";
import type { CycleProgress } from "../lib/bindings/CycleProgress";
import type { Event } from "../lib/bindings/Event";
import type { HoursLine } from "../lib/bindings/HoursLine";
import type { Shortfall } from "../lib/bindings/Shortfall";
import { addDays, today, zonedToInstant } from "../lib/calendar/time";
import { creditTypeLabel, topicLabel } from "../lib/cme/labels";

export interface FakeCmeOptions {
  credits?: Credit[];
  cycles?: Cycle[];
}

export function makeCredit(fields: Partial<Credit> & Pick<Credit, "id" | "title" | "earned_on" | "hours">): Credit {
  return {
    provider: "",
    credit_type: "ama_pra_1",
    type_label: "",
    topics: [],
    event_id: null,
    notes: "",
    certificates: [],
    ...fields,
  };
}

export function makeCycle(fields: Partial<Cycle> & Pick<Cycle, "id" | "name" | "starts_on" | "ends_on" | "total_hours">): Cycle {
  return {
    kind: "license",
    authority: "",
    total_types: [],
    type_minimums: [],
    topic_minimums: [],
    notes: "",
    ...fields,
  };
}

const invalid = (message: string) => ({ code: "invalid_input", message });
const DAY = 24 * 60 * 60 * 1000;

function line(key: string, label: string, required: number, earned: number): HoursLine {
  return { key, label, required, earned, missing: Math.max(0, required - earned) };
}

/** Every required key, then every earned one, each once. */
function lines(required: Map<string, number>, earned: Map<string, number>, label: (key: string) => string): HoursLine[] {
  const keys = [...new Set([...required.keys(), ...earned.keys()])];
  return keys.map((key) => line(key, label(key), required.get(key) ?? 0, earned.get(key) ?? 0));
}

function progressOf(cycle: Cycle, credits: Credit[], day: string): CycleProgress {
  // As the core counts: earned in the cycle's days by the day measured on; the total and the topics
  // count only the credit types the total counts.
  const inCycle = credits
    .filter((c) => c.earned_on >= cycle.starts_on && c.earned_on <= cycle.ends_on && c.earned_on <= day)
    .sort((a, b) => a.earned_on.localeCompare(b.earned_on));
  const counted = inCycle.filter((c) => cycle.total_types.length === 0 || cycle.total_types.includes(c.credit_type));
  const sum = (list: Credit[]) => list.reduce((hours, c) => hours + c.hours, 0);
  const byType = new Map<string, number>();
  const byTopic = new Map<string, number>();
  for (const credit of inCycle) {
    byType.set(credit.credit_type, (byType.get(credit.credit_type) ?? 0) + credit.hours);
  }
  for (const credit of counted) {
    for (const topic of credit.topics) byTopic.set(topic, (byTopic.get(topic) ?? 0) + credit.hours);
  }
  const total = line("total", "Total", cycle.total_hours, sum(counted));
  const by_type = lines(
    new Map(cycle.type_minimums.map((m) => [m.key, m.hours])),
    byType,
    (key) => creditTypeLabel(key as Credit["credit_type"]),
  );
  const by_topic = lines(new Map(cycle.topic_minimums.map((m) => [m.key, m.hours])), byTopic, topicLabel);
  const missing: Shortfall[] = [
    ...[total].map((l) => ({ requirement: "total" as const, l })),
    ...by_type.map((l) => ({ requirement: "credit_type" as const, l })),
    ...by_topic.map((l) => ({ requirement: "topic" as const, l })),
  ]
    .filter(({ l }) => l.missing > 0)
    .map(({ requirement, l }) => ({ requirement, key: l.key, label: l.label, hours: l.missing }));
  return {
    cycle,
    total,
    by_type,
    by_topic,
    days_left: Math.round((Date.parse(cycle.ends_on) - Date.parse(day)) / DAY),
    complete: missing.length === 0,
    missing,
    credits: counted,
  };
}

function checkCredit(draft: CreditDraft) {
  if (draft.title.trim() === "") throw invalid("Give the activity's title.");
  if (!(draft.hours > 0 && draft.hours <= 1000)) throw invalid("Hours must be more than 0 and at most 1000.");
}

function checkCycle(draft: CycleDraft) {
  if (draft.name.trim() === "") throw invalid("Name the cycle.");
  if (draft.ends_on < draft.starts_on) throw invalid("The cycle ends before it starts.");
}

function mediaType(path: string): string {
  const ext = path.split(".").pop()?.toLowerCase() ?? "";
  return ext === "pdf" ? "application/pdf" : `image/${ext === "jpg" ? "jpeg" : ext}`;
}

/** The CME part of the fake; `events` gives the events, for the credits still to claim. */
export function fakeCmeBackend(options: FakeCmeOptions, events: () => Event[]) {
  let credits = [...(options.credits ?? [])];
  let cycles = [...(options.cycles ?? [])];
  let nextCredit = Math.max(0, ...credits.map((c) => c.id)) + 1;
  let nextCycle = Math.max(0, ...cycles.map((c) => c.id)) + 1;
  let nextCertificate = Math.max(0, ...credits.flatMap((c) => c.certificates.map((f) => f.id))) + 1;

  const findCredit = (id: number) => {
    const found = credits.find((c) => c.id === id);
    if (!found) throw { code: "not_found", message: "No such credit." };
    return found;
  };
  const storeCredit = (draft: CreditDraft, id: number, certificates: CertificateInfo[]): Credit => {
    checkCredit(draft);
    const stored: Credit = { ...draft, id, certificates };
    credits = [...credits.filter((c) => c.id !== id), stored];
    return stored;
  };
  const storeCycle = (draft: CycleDraft, id: number): Cycle => {
    checkCycle(draft);
    const stored: Cycle = { ...draft, id };
    cycles = [...cycles.filter((c) => c.id !== id), stored];
    return stored;
  };

  function claimable(): ClaimableCredits[] {
    const now = Date.now();
    return events().flatMap((event) => {
      const { timing } = event;
      const end =
        timing.type === "timed"
          ? zonedToInstant(timing.end, timing.time_zone)
          : zonedToInstant(`${addDays(timing.last_day, 1)}T00:00:00`, "");
      const owed =
        event.status === "attended" &&
        (event.expected_credits ?? 0) > 0 &&
        end !== null &&
        end.getTime() <= now &&
        !credits.some((c) => c.event_id === event.id);
      return owed && end
        ? [{ event_id: event.id, title: event.title, ended_at: end.toISOString(), expected_credits: event.expected_credits ?? 0 }]
        : [];
    });
  }

  const api = {
    credits: vi.fn(async (from: string | null, to: string | null) =>
      credits
        .filter((c) => (from === null || c.earned_on >= from) && (to === null || c.earned_on <= to))
        .sort((a, b) => a.earned_on.localeCompare(b.earned_on)),
    ),
    addCredit: vi.fn(async (draft: CreditDraft) => storeCredit(draft, nextCredit++, [])),
    updateCredit: vi.fn(async (id: number, draft: CreditDraft) => storeCredit(draft, id, findCredit(id).certificates)),
    deleteCredit: vi.fn(async (id: number) => {
      credits = credits.filter((c) => c.id !== id);
    }),
    attachCertificate: vi.fn(async (creditId: number, path: string) => {
      const credit = findCredit(creditId);
      const info: CertificateInfo = {
        id: nextCertificate++,
        file_name: path.split(/[\\/]/).pop() ?? path,
        media_type: mediaType(path),
        size: 48_213,
      };
      credits = credits.map((c) => (c.id === creditId ? { ...credit, certificates: [...credit.certificates, info] } : c));
      return info;
    }),
    openCertificate: vi.fn(async () => {}),
    removeCertificate: vi.fn(async (id: number) => {
      credits = credits.map((c) => ({ ...c, certificates: c.certificates.filter((f) => f.id !== id) }));
    }),
    cycles: vi.fn(async () => [...cycles]),
    addCycle: vi.fn(async (draft: CycleDraft) => storeCycle(draft, nextCycle++)),
    updateCycle: vi.fn(async (id: number, draft: CycleDraft) => storeCycle(draft, id)),
    deleteCycle: vi.fn(async (id: number) => {
      cycles = cycles.filter((c) => c.id !== id);
    }),
    cmeStatus: vi.fn(async () =>
      [...cycles].sort((a, b) => a.ends_on.localeCompare(b.ends_on)).map((cycle) => progressOf(cycle, credits, today())),
    ),
    claimableCredits: vi.fn(async () => claimable()),
    exportReport: vi.fn(async () => {}),
    printReport: vi.fn(async () => {}),
    pickCertificateFile: vi.fn(async (): Promise<string | null> => "/home/doc/Downloads/esc-2026-certificate.pdf"),
    pickReportPath: vi.fn(async (_format: string, name: string): Promise<string | null> => `/home/doc/${name}`),
  };

  const creditsFor = (eventId: number) =>
    credits.filter((c) => c.event_id === eventId).reduce((hours, c) => hours + c.hours, 0);
  return { api, credits: () => credits, creditsFor };
}
