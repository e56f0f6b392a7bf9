/**
 * The settings half of the fake backend: reminder settings (Curbside's real
 * defaults, checked and tidied as the core does), start at login, milestones
 * and stay-in-touch cadences.
 */
import { vi } from "vitest";
import type { CadenceRule } from "../lib/bindings/CadenceRule";
import type { CadenceTarget } from "../lib/bindings/CadenceTarget";
import { DEFAULT_REMINDER_SETTINGS, MILESTONE_KINDS } from "../lib/bindings/constants";
import type { ContactCadence } from "../lib/bindings/ContactCadence";
import type { Milestone } from "../lib/bindings/Milestone";
import type { MilestoneDraft } from "../lib/bindings/MilestoneDraft";
import type { RelationshipKind } from "../lib/bindings/RelationshipKind";
import type { ReminderKind } from "../lib/bindings/ReminderKind";
import type { ReminderSettings } from "../lib/bindings/ReminderSettings";
import { kindLabel } from "../lib/settings/reminderKinds";

export interface FakeSettingsOptions {
  /** The stored reminder settings; the defaults when not given. */
  reminderSettings?: ReminderSettings;
  /** Whether Curbside starts at login. */
  autostart?: boolean;
  milestones?: Milestone[];
  cadences?: CadenceRule[];
}

/** The core's `ReminderSettings::default()`, as it crosses IPC. */
export function defaultReminderSettings(): ReminderSettings {
  return structuredClone(DEFAULT_REMINDER_SETTINGS);
}

/** Every kind, as the settings name them. */
const KINDS = Object.entries(DEFAULT_REMINDER_SETTINGS)
  .filter(([key, value]) => key !== "quiet_hours" && typeof value === "object" && "lead_days" in value)
  .map(([key]) => key) as ReminderKind[];

const invalid = (message: string) => ({ code: "invalid_input", message });

/** `ReminderSettings::checked`: lead times longest first without repeats, one per kind but key dates and CME. */
function checked(settings: ReminderSettings): ReminderSettings {
  const clean: ReminderSettings = structuredClone(settings);
  for (const name of KINDS) {
    const many = name === "deadline" || name === "cme_shortfall";
    const leads = [...new Set(clean[name].lead_days)].sort((a, b) => b - a);
    if (leads.length === 0 || (!many && leads.length > 1)) {
      throw invalid(`${kindLabel(name)}: give ${many ? "one or more lead times" : "one lead time"} in days (0 for on the day)`);
    }
    if (leads.length > 8) throw invalid(`${kindLabel(name)}: at most 8 lead times`);
    if (leads.some((days) => days > 365)) throw invalid(`${kindLabel(name)}: a lead time is at most 365 days`);
    clean[name].lead_days = leads;
  }
  return clean;
}

const sameTarget = (a: CadenceTarget, b: CadenceTarget) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `find` throws as the backend does for a contact that does not exist, and
 * gives their tags; `relatedAs` what they are to the user.
 */
export function fakeSettingsBackend(
  options: FakeSettingsOptions,
  find: (contactId: number) => { tags: string[] } = () => ({ tags: [] }),
  relatedAs: (contactId: number) => RelationshipKind[] = () => [],
) {
  let settings = structuredClone(options.reminderSettings ?? defaultReminderSettings());
  let autostart = options.autostart ?? false;
  let milestones = [...(options.milestones ?? [])];
  let cadences = [...(options.cadences ?? [])];
  let nextMilestone = Math.max(0, ...milestones.map((m) => m.id)) + 1;
  const today = () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  };

  const api = {
    reminderSettings: vi.fn(async () => structuredClone(settings)),
    saveReminderSettings: vi.fn(async (next: ReminderSettings) => {
      settings = checked(next);
    }),
    autostart: vi.fn(async () => autostart),
    setAutostart: vi.fn(async (enabled: boolean) => {
      autostart = enabled;
    }),
    setNotificationClock: vi.fn(async (_twelveHour: boolean) => {}),
    milestones: vi.fn(async (contactId: number) =>
      milestones
        .filter((m) => m.contact_id === contactId)
        .sort((a, b) => b.on.localeCompare(a.on) || b.id - a.id),
    ),
    addMilestone: vi.fn(async (draft: MilestoneDraft): Promise<Milestone> => {
      if (!(MILESTONE_KINDS as readonly string[]).includes(draft.kind)) {
        throw invalid(`"${draft.kind}" is not a milestone Curbside knows: use one of ${MILESTONE_KINDS.join(", ")}`);
      }
      find(draft.contact_id);
      const added: Milestone = {
        id: nextMilestone++,
        contact_id: draft.contact_id,
        kind: draft.kind,
        on: draft.on ?? today(),
        note: draft.note.trim(),
        source: "user",
        recorded_at: new Date().toISOString(),
      };
      milestones = [...milestones, added];
      return added;
    }),
    deleteMilestone: vi.fn(async (id: number) => {
      if (!milestones.some((m) => m.id === id)) throw { code: "not_found", message: `There is no milestone ${id}.` };
      milestones = milestones.filter((m) => m.id !== id);
    }),
    cadences: vi.fn(async () => [...cadences]),
    /** The core's choice: their own, else the shortest of their relationships', else of their tags'. */
    cadenceOf: vi.fn(async (contactId: number): Promise<ContactCadence> => {
      const tags = find(contactId).tags.map((tag) => tag.toLowerCase());
      const kinds = relatedAs(contactId);
      const shortest = (applies: (target: CadenceTarget) => boolean) =>
        cadences.filter((rule) => applies(rule.target)).sort((a, b) => a.every.days - b.every.days)[0] ?? null;
      const own = shortest((target) => "contact" in target && target.contact === contactId);
      const holds =
        own ??
        shortest((target) => "relationship" in target && kinds.includes(target.relationship)) ??
        shortest((target) => "tag" in target && tags.includes(target.tag.toLowerCase()));
      return { own: own?.every ?? null, holds };
    }),
    setCadence: vi.fn(async (target: CadenceTarget, days: number | null) => {
      if (days !== null && (days < 1 || days > 3650)) throw invalid("A cadence is 1 day to 10 years (3650 days)");
      if ("contact" in target) find(target.contact);
      if ("tag" in target && target.tag.trim() === "") throw invalid("Name the tag the cadence is for");
      const rest = cadences.filter((rule) => !sameTarget(rule.target, target));
      cadences = days === null ? rest : [...rest, { target, every: { days } }];
    }),
  };
  return { api };
}
