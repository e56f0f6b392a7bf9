/** An in-memory stand-in for the backend, for component tests. Every method is a vi.fn spy. */
import { vi } from "vitest";
import type { Api, FileDrag } from "../lib/api";
import type { Affiliation } from "../lib/bindings/Affiliation";
import type { AffiliationDraft } from "../lib/bindings/AffiliationDraft";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactDraft } from "../lib/bindings/ContactDraft";
import type { ContactFilter } from "../lib/bindings/ContactFilter";
import type { ContactProfile } from "../lib/bindings/ContactProfile";
import type { ContactSummary } from "../lib/bindings/ContactSummary";
import type { Credit } from "../lib/bindings/Credit";
import type { DuplicatePair } from "../lib/bindings/DuplicatePair";
import type { ImportSummary } from "../lib/bindings/ImportSummary";
import type { Interaction } from "../lib/bindings/Interaction";
import type { InteractionDraft } from "../lib/bindings/InteractionDraft";
import type { Organization } from "../lib/bindings/Organization";
import type { Relationship } from "../lib/bindings/Relationship";
import type { RelationshipKind } from "../lib/bindings/RelationshipKind";
import type { SessionStatus } from "../lib/bindings/SessionStatus";
import { emptyDraft } from "../lib/contacts/draft";
import { contactMatches, matchOf } from "./fakeSearch";
import { fakeBackupBackend, type FakeBackupOptions } from "./fakeBackups";
import { fakeCmeBackend, type FakeCmeOptions } from "./fakeCme";
import { fakeIntroBackend, type FakeIntroOptions } from "./fakeIntros";
import { fakeReferralBackend, type FakeReferralOptions } from "./fakeReferrals";
import { fakeConferenceBackend, type FakeConferenceOptions } from "./fakeConference";
import { fakeNetworkSearchBackend, type FakeNetworkSearchOptions } from "./fakeNetworkSearch";
import { fakeEventBackend, type FakeEventOptions } from "./fakeEvents";
import { fakeGuardBackend, type FakeGuardOptions } from "./fakeGuard";
import { fakeMessageBackend, type FakeMessageOptions } from "./fakeMessages";
import { fakeMentorshipBackend, type FakeMentorshipOptions } from "./fakeMentorship";
import { fakeOpportunityBackend, type FakeOpportunityOptions } from "./fakeOpportunities";
import { fakeReminderBackend, type FakeReminderOptions } from "./fakeReminders";
import { fakeSettingsBackend, type FakeSettingsOptions } from "./fakeSettings";
import { fakeSecurityBackend, type FakeSecurityOptions } from "./fakeSecurity";
import { fakeSyncBackend, type FakeSyncOptions } from "./fakeSync";

/** What the backend makes of a draft: the stored contact. */
function stored(draft: ContactDraft, id: number, stamp: string): Contact {
  const empty = { prefix: "", given: "", middle: "", family: "", suffix: "" };
  return {
    ...draft,
    id,
    name: draft.name ?? empty,
    birthday: draft.birthday === "" ? null : draft.birthday,
    met: draft.met ?? { on: null, at: "", introduced_by: null },
    uid: null,
    extra: [],
    has_photo: false,
    last_interaction_at: null,
    created_at: stamp,
    updated_at: stamp,
  };
}

export function makeContact(fields: Partial<Contact> & Pick<Contact, "id" | "display_name">): Contact {
  return { ...stored(emptyDraft(), fields.id, "2026-01-15T09:30:00Z"), ...fields };
}

export function summaryOf(contact: Contact): ContactSummary {
  const { id, display_name, credentials, specialty, institution, last_interaction_at } = contact;
  return { id, display_name, credentials, specialty, institution, last_interaction_at };
}

export const UNLOCKED: Extract<SessionStatus, { state: "unlocked" }> = {
  state: "unlocked",
  recovery_key: null,
  key_in_keyring: true,
  data_dir: "/home/doc/.local/share/curbside",
};

/** The photo the fake returns for every contact with `has_photo` (a 1×1 PNG). */
export const FAKE_PHOTO =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

export type FakeApi = {
  [K in keyof Api]: Api[K] & ReturnType<typeof vi.fn>;
};

export interface FakeOptions extends FakeEventOptions, FakeCmeOptions, FakeMentorshipOptions, FakeIntroOptions, FakeReminderOptions, FakeMessageOptions, FakeSettingsOptions, FakeBackupOptions, FakeSyncOptions, FakeOpportunityOptions, FakeGuardOptions, FakeReferralOptions, FakeConferenceOptions, FakeNetworkSearchOptions, FakeSecurityOptions {
  contacts?: Contact[];
  interactions?: Interaction[];
  duplicates?: DuplicatePair[];
  session?: SessionStatus;
  /** Training and job history, by contact id. */
  affiliations?: Record<number, Affiliation[]>;
  relationships?: Relationship[];
}

/** The fake's own state, for tests that drive a drop or check what is stored. */
export interface FakeBackend {
  api: FakeApi;
  contacts(): Contact[];
  /** The credits stored, as the CME screen will find them. */
  credits(): Credit[];
  /** Sends a file drag to whoever listens through `onFilesDropped`. */
  drag(drag: FileDrag): void;
  /** Opens files with Curbside, as the OS would: they wait for `openedFiles`, and listeners hear of them. */
  open(paths: string[]): void;
  /** Chooses one of the menu bar's own items, as the shell reports it. */
  choose(menuId: string): void;
  /** The shell's reminder events, and reminders falling due behind the window's back. */
  reminders: Pick<ReturnType<typeof fakeReminderBackend>, "shell" | "addDue">;
}

const NOT_FOUND = { code: "not_found", message: "No such contact." };
const invalid = (message: string) => ({ code: "invalid_input", message });

function passes(contact: Contact, filter: ContactFilter): boolean {
  const same = (a: string, b?: string) => b === undefined || a.toLowerCase() === b.toLowerCase();
  return (
    (filter.tag === undefined || contact.tags.some((tag) => same(tag, filter.tag))) &&
    (same(contact.specialty, filter.specialty) || same(contact.subspecialty, filter.specialty)) &&
    same(contact.institution, filter.institution) &&
    (filter.city === undefined || contact.addresses.some((a) => same(a.locality, filter.city)))
  );
}

export function fakeBackend(options: FakeOptions = {}): FakeBackend {
  let rows = [...(options.contacts ?? [])];
  let interactions = [...(options.interactions ?? [])];
  let duplicates = [...(options.duplicates ?? [])];
  let affiliations = Object.entries(options.affiliations ?? {}).flatMap(([contact, lines]) =>
    lines.map((line) => ({ contact: Number(contact), line })),
  );
  let relationships = [...(options.relationships ?? [])];
  const organizations = new Map<string, Organization>(
    affiliations.map(({ line }) => [line.organization.name.toLowerCase(), line.organization]),
  );
  let nextAffiliation = Math.max(0, ...affiliations.map(({ line }) => line.id)) + 1;
  let nextRelationship = Math.max(0, ...relationships.map((r) => r.id)) + 1;
  /** What each undo token puts back. */
  const undoable = new Map<number, () => void>();
  const keepForUndo = (putBack: () => void) => {
    const token = nextToken++;
    undoable.set(token, putBack);
    return token;
  };
  const takeBack = async (token: number) => {
    const putBack = undoable.get(token);
    if (!putBack) throw { code: "not_found", message: "That change can no longer be undone" };
    undoable.delete(token);
    putBack();
  };
  let nextId = Math.max(0, ...rows.map((row) => row.id)) + 1;
  let nextInteraction = Math.max(0, ...interactions.map((row) => row.id)) + 1;
  let nextToken = 41;
  const listeners = new Set<(drag: FileDrag) => void>();
  const openListeners = new Set<() => void>();
  const menuHandlers = new Set<(id: string) => void>();
  let opened: string[] = [];
  const sorted = () => [...rows].sort((a, b) => a.display_name.localeCompare(b.display_name));
  const lastWord = (row: Contact) => row.display_name.split(" ").at(-1) ?? "";
  const stamp = "2026-02-01T12:00:00Z";
  const find = (id: number) => {
    const found = rows.find((row) => row.id === id);
    if (!found) throw NOT_FOUND;
    return found;
  };
  const lastAt = (id: number) =>
    interactions
      .filter((i) => i.contact_ids.includes(id))
      .map((i) => i.occurred_at)
      .sort()
      .pop() ?? null;
  const retag = (ids: number[], change: (tags: string[]) => string[]) => {
    rows = rows.map((row) => (ids.includes(row.id) ? { ...row, tags: change(row.tags) } : row));
    return ids.length;
  };
  const emptySummary: ImportSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0, errors: [], warnings: [] };
  const cme = fakeCmeBackend(options, () => calendar.events());
  const calendar = fakeEventBackend(options, (id) => find(id).display_name, cme.creditsFor, keepForUndo);
  const referrals = fakeReferralBackend(options, find);
  const reminders = fakeReminderBackend(options, () => sorted().map(summaryOf));
  const messages = fakeMessageBackend(options, find, (id) => reminders.complete(id));
  const opportunities = fakeOpportunityBackend(
    options,
    (id) => find(id).display_name,
    (id) => {
      const event = calendar.events().find((e) => e.id === id);
      if (!event) return undefined;
      return { title: event.title, day: event.timing.type === "all_day" ? event.timing.first_day : event.timing.start.slice(0, 10) };
    },
  );
  const settings = fakeSettingsBackend(options, find, (id) =>
    relationships.filter((r) => r.contact_id === id && r.other_contact_id === null).map((r) => r.kind),
  );

  const api = {
    sessionOpen: vi.fn(async () => options.session ?? UNLOCKED),
    sessionUnlock: vi.fn(async () => UNLOCKED),
    sessionRestoreBackup: vi.fn(async () => "/d/curbside.db.damaged-1"),
    saveRecoveryKey: vi.fn(async () => true),
    onMenu: vi.fn(async (handler: (id: string) => void) => {
      menuHandlers.add(handler);
      return () => menuHandlers.delete(handler);
    }),
    sampleCounts: vi.fn(async () => ({ contacts: 0, events: 0 })),
    addSampleData: vi.fn(async () => ({ contacts: 12, events: 2 })),
    removeSampleData: vi.fn(async () => ({ contacts: 12, events: 2 })),
    sessionSalvage: vi.fn(async () => ({ damaged_copy: "/d/curbside.db.damaged-1", tables: [], complete: true })),
    contactOrder: vi.fn(async (filter: ContactFilter = {}) =>
      // The core sorts by family name; here the shown name's last word stands in for it.
      (filter.sort === "family" ? sorted().sort((a, b) => lastWord(a).localeCompare(lastWord(b))) : sorted())
        .filter((row) => passes(row, filter))
        .map((row) => row.id),
    ),
    contactLines: vi.fn(async (ids: number[]) =>
      ids.flatMap((id) => {
        const row = rows.find((contact) => contact.id === id);
        return row ? [summaryOf(row)] : [];
      }),
    ),
    contactCount: vi.fn(async () => rows.length),
    contactProfile: vi.fn(async (id: number): Promise<ContactProfile> => {
      const contact = find(id);
      const mine = interactions
        .filter((i) => i.contact_ids.includes(id))
        .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at));
      return {
        ...contact,
        affiliations: affiliations.filter((a) => a.contact === id).map((a) => a.line),
        relationships: relationships.filter((r) => r.contact_id === id || r.other_contact_id === id),
        interactions: mine,
        last_interaction_at: mine[0]?.occurred_at ?? null,
      };
    }),
    contactFacets: vi.fn(async () => {
      const once = (values: string[]) =>
        [...new Map(values.filter((v) => v.trim() !== "").map((v) => [v.toLowerCase(), v])).values()].sort((a, b) =>
          a.localeCompare(b),
        );
      return {
        tags: once(rows.flatMap((c) => c.tags)),
        specialties: once(rows.flatMap((c) => [c.specialty, c.subspecialty])),
        institutions: once(rows.map((c) => c.institution)),
        cities: once(rows.flatMap((c) => c.addresses.map((a) => a.locality))),
      };
    }),
    searchContacts: vi.fn(async (query: string, limit: number) =>
      sorted()
        .filter((row) => contactMatches(row, query))
        .slice(0, limit)
        .map((row) => ({ ...summaryOf(row), matched: matchOf(row, query) })),
    ),
    getContact: vi.fn(async (id: number) => find(id)),
    createContact: vi.fn(async (draft: ContactDraft) => {
      const created = stored(draft, nextId++, stamp);
      rows.push(created);
      return created;
    }),
    updateContact: vi.fn(async (id: number, draft: ContactDraft) => {
      const existing = find(id);
      const updated: Contact = {
        ...stored(draft, id, stamp),
        created_at: existing.created_at,
        last_interaction_at: existing.last_interaction_at,
      };
      rows = rows.map((row) => (row.id === id ? updated : row));
      return updated;
    }),
    deleteContact: vi.fn(async (id: number) => {
      const gone = find(id);
      rows = rows.filter((row) => row.id !== id);
      return keepForUndo(() => (rows = [...rows, gone]));
    }),
    contactPhoto: vi.fn(async (id: number) => (find(id).has_photo ? FAKE_PHOTO : null)),
    addAffiliation: vi.fn(async (contact: number, draft: AffiliationDraft) => {
      find(contact);
      const name = draft.organization.trim();
      if (name === "") throw invalid("Name the organisation.");
      if (draft.starts_on && draft.ends_on && draft.ends_on < draft.starts_on) {
        throw invalid("The end date is before the start date.");
      }
      const key = name.toLowerCase();
      const organization = organizations.get(key) ?? { id: organizations.size + 1, name, kind: "other", city: "", country: "" };
      organizations.set(key, organization);
      const line: Affiliation = { ...draft, id: nextAffiliation++, organization, role: draft.role.trim() };
      affiliations = [...affiliations, { contact, line }];
      return line;
    }),
    removeAffiliation: vi.fn(async (id: number) => {
      affiliations = affiliations.filter((a) => a.line.id !== id);
    }),
    addRelationship: vi.fn(async (contact: number, other: number | null, kind: RelationshipKind, label: string) => {
      if (other === contact) throw invalid("Nobody is their own relation.");
      const added: Relationship = {
        id: nextRelationship++,
        contact_id: contact,
        other_contact_id: other,
        other_name: other === null ? null : find(other).display_name,
        contact_name: find(contact).display_name,
        kind,
        label: label.trim(),
      };
      relationships = [...relationships, added];
      return added;
    }),
    removeRelationship: vi.fn(async (id: number) => {
      relationships = relationships.filter((r) => r.id !== id);
    }),
    findDuplicates: vi.fn(async () => [...duplicates]),
    duplicateCount: vi.fn(async () => duplicates.length),
    mergeContacts: vi.fn(async (keep: number, other: number) => {
      const [rowsBefore, duplicatesBefore] = [rows, duplicates];
      const kept = find(keep);
      const gone = find(other);
      const merged: Contact = {
        ...kept,
        emails: [...new Set([...kept.emails, ...gone.emails])],
        phones: [...new Set([...kept.phones, ...gone.phones])],
        tags: [...new Set([...kept.tags, ...gone.tags])].sort(),
      };
      rows = rows.filter((row) => row.id !== other).map((row) => (row.id === keep ? merged : row));
      duplicates = duplicates.filter((pair) => ![pair.keep, pair.other].includes(other));
      return keepForUndo(() => {
        rows = rowsBefore;
        duplicates = duplicatesBefore;
      });
    }),
    tagContacts: vi.fn(async (ids: number[], tag: string) =>
      retag(ids, (tags) => [...new Set([...tags, tag])].sort()),
    ),
    untagContacts: vi.fn(async (ids: number[], tag: string) => retag(ids, (tags) => tags.filter((t) => t !== tag))),
    deleteContacts: vi.fn(async (ids: number[]) => {
      const back = rows.filter((row) => ids.includes(row.id));
      rows = rows.filter((row) => !ids.includes(row.id));
      return keepForUndo(() => (rows = [...rows, ...back]));
    }),
    undoDelete: vi.fn(takeBack),
    undoChange: vi.fn(takeBack),
    addInteraction: vi.fn(async (draft: InteractionDraft) => {
      const added: Interaction = {
        id: nextInteraction++,
        kind: draft.kind,
        occurred_at: draft.occurred_at ?? stamp,
        time_zone: draft.time_zone,
        topic: draft.topic ?? "",
        note: draft.note,
        contact_ids: draft.contact_ids,
        event_id: draft.event_id ?? null,
      };
      interactions = [...interactions, added];
      rows = rows.map((row) =>
        draft.contact_ids.includes(row.id) ? { ...row, last_interaction_at: lastAt(row.id) } : row,
      );
      return added;
    }),
    updateInteraction: vi.fn(async (id: number, draft: InteractionDraft) => {
      const before = interactions.find((i) => i.id === id);
      if (!before) throw { code: "invalid", message: `There is no interaction with id ${id}` };
      const updated: Interaction = {
        ...before,
        kind: draft.kind,
        occurred_at: draft.occurred_at ?? before.occurred_at,
        time_zone: draft.time_zone,
        topic: draft.topic ?? "",
        note: draft.note,
        contact_ids: draft.contact_ids,
        event_id: draft.event_id ?? null,
      };
      interactions = interactions.map((i) => (i.id === id ? updated : i));
      const touched = [...before.contact_ids, ...draft.contact_ids];
      rows = rows.map((row) => (touched.includes(row.id) ? { ...row, last_interaction_at: lastAt(row.id) } : row));
      return updated;
    }),
    deleteInteraction: vi.fn(async (id: number) => {
      const before = interactions.find((i) => i.id === id);
      if (!before) throw { code: "invalid", message: `There is no interaction with id ${id}` };
      interactions = interactions.filter((i) => i.id !== id);
      rows = rows.map((row) =>
        before.contact_ids.includes(row.id) ? { ...row, last_interaction_at: lastAt(row.id) } : row,
      );
      return before;
    }),
    importFiles: vi.fn(async () => emptySummary),
    importCancel: vi.fn(async () => {}),
    exportContacts: vi.fn(async (_path: string, _format: string, ids: number[] | null) => ids?.length ?? rows.length),
    pickImportFiles: vi.fn(async (_kind?: string) => [] as string[]),
    pickExportPath: vi.fn(async () => "/home/doc/contacts.vcf"),
    openedFiles: vi.fn(async () => opened.splice(0)),
    benchMark: vi.fn(async () => {}),
    onFilesOpened: vi.fn(async (handler: () => void) => {
      openListeners.add(handler);
      return () => openListeners.delete(handler);
    }),
    onFilesDropped: vi.fn(async (handler: (drag: FileDrag) => void) => {
      listeners.add(handler);
      return () => listeners.delete(handler);
    }),
    ...calendar.api,
    ...cme.api,
    ...fakeIntroBackend(options, (id) => find(id).display_name).api,
    ...referrals.api,
    ...reminders.api,
    ...messages.api,
    ...settings.api,
    ...fakeBackupBackend(options),
    ...fakeSecurityBackend(options).api,
    ...fakeSyncBackend(options),
    ...fakeMentorshipBackend(options, (id) => find(id).display_name),
    ...opportunities.api,
    ...fakeGuardBackend(options).api,
    ...fakeConferenceBackend(options).api,
    ...fakeNetworkSearchBackend(options).api,
  };

  return {
    api: (api satisfies Api) as FakeApi,
    choose: (menuId) => menuHandlers.forEach((handler) => handler(menuId)),
    contacts: () => sorted(),
    credits: () => cme.credits(),
    drag: (drag) => listeners.forEach((listener) => listener(drag)),
    open: (paths) => {
      opened = [...opened, ...paths];
      openListeners.forEach((listener) => listener());
    },
    reminders,
  };
}

export function fakeApi(options: FakeOptions = {}): FakeApi {
  return fakeBackend(options).api;
}
