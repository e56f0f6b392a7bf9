/**
 * The one door to the Rust backend. Every Tauri command the UI uses is wrapped
 * here; components receive an `Api` and never import `invoke` themselves, so a
 * component test can hand them a fake.
 */
import { Channel } from "@tauri-apps/api/core";
import { ApiError, call, insideTauri, rethrow, toApiError } from "./backend/ipc";
import { cmeApi, type CmeApi } from "./backend/cme";
import { networkApi, type NetworkApi } from "./backend/network";
import { settingsApi, type SettingsApi } from "./backend/settings";

export { ApiError, toApiError };
export { CERTIFICATE_EXTENSIONS } from "./backend/cme";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";
import type { Affiliation } from "./bindings/Affiliation";
import type { AffiliationDraft } from "./bindings/AffiliationDraft";
import type { Contact } from "./bindings/Contact";
import type { ContactDraft } from "./bindings/ContactDraft";
import type { ContactFilter } from "./bindings/ContactFilter";
import type { ContactLineHit } from "./bindings/ContactLineHit";
import type { ContactProfile } from "./bindings/ContactProfile";
import type { ContactSummary } from "./bindings/ContactSummary";
import type { CadenceRule } from "./bindings/CadenceRule";
import type { ContactCadence } from "./bindings/ContactCadence";
import type { CadenceTarget } from "./bindings/CadenceTarget";
import type { CustomReminder } from "./bindings/CustomReminder";
import type { CustomReminderDraft } from "./bindings/CustomReminderDraft";
import type { Deadline } from "./bindings/Deadline";
import type { DeadlineDraft } from "./bindings/DeadlineDraft";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { Event } from "./bindings/Event";
import type { EventDetail } from "./bindings/EventDetail";
import type { EventDraft } from "./bindings/EventDraft";
import type { EventFilter } from "./bindings/EventFilter";
import type { EventPerson } from "./bindings/EventPerson";
import type { EventStatus } from "./bindings/EventStatus";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportSummary } from "./bindings/ImportSummary";
import type { Interaction } from "./bindings/Interaction";
import type { InteractionDraft } from "./bindings/InteractionDraft";
import type { MessageDraft } from "./bindings/MessageDraft";
import type { MessageTemplate } from "./bindings/MessageTemplate";
import type { Milestone } from "./bindings/Milestone";
import type { MilestoneDraft } from "./bindings/MilestoneDraft";
import type { Occurrence } from "./bindings/Occurrence";
import type { PersonRole } from "./bindings/PersonRole";
import type { PlannedSession } from "./bindings/PlannedSession";
import type { Relationship } from "./bindings/Relationship";
import type { Reminder } from "./bindings/Reminder";
import type { SentMessage } from "./bindings/SentMessage";
import type { TemplateKind } from "./bindings/TemplateKind";
import type { RelationshipKind } from "./bindings/RelationshipKind";
import type { SessionDraft } from "./bindings/SessionDraft";
import type { Salvaged } from "./bindings/Salvaged";
import type { SessionStatus } from "./bindings/SessionStatus";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { Counts } from "./bindings/Counts";
import type { FolderChoice } from "./bindings/FolderChoice";
import type { Written } from "./bindings/Written";
import type { ReportFormat } from "./bindings/ReportFormat";
import type { UpcomingDeadline } from "./bindings/UpcomingDeadline";
import type { Conflict } from "./bindings/Conflict";
import type { Finished } from "./bindings/Finished";
import type { Keep } from "./bindings/Keep";
import type { Offered } from "./bindings/Offered";
import type { Progress } from "./bindings/Progress";
import type { Report } from "./bindings/Report";
import type { SyncState } from "./bindings/SyncState";
import type { SampleCounts } from "./bindings/SampleCounts";
import type { Facets } from "./bindings/Facets";


/** What a file drag over the window is doing. */
export type FileDrag = { type: "hover" } | { type: "leave" } | { type: "drop"; paths: string[] };

/** What the user means to import: anything Curbside reads, or calendars only. */
export type ImportKind = "any" | "calendar";

/** What the shell tells the window about reminders (from notifications and the tray). */
export interface ReminderEventHandlers {
  /** Reminders changed behind the window's back (a notification's Done or Snooze): load them again. */
  changed(): void;
  /** The tray's "Today" or a grouped notification was opened: show the Today view. */
  openToday(): void;
  /** One reminder's notification was opened: show that reminder. */
  openReminder(id: string): void;
}

/** A sync account as the user enters it in Settings → Sync. */
export interface NewSyncAccount {
  url: string;
  user: string;
  password: string;
  /** The address book's href; null to use or make "Curbside". */
  addressBook: string | null;
  /** The calendar's href; null to use or make "Curbside". */
  calendar: string | null;
  /** The sync key from the other computer, when the server already holds a book. */
  syncKey: string | null;
}

/** What the shell tells the window about sync (src-tauri/src/background_sync.rs). */
export interface SyncEventHandlers {
  /** A sync runs and has come this far. */
  progress(progress: Progress): void;
  /** A sync ended (well or not); load the status again, and the lists when it changed items here. */
  finished(finished: Finished): void;
}

/** The formats of a cycle's report. */
export type { ReportFormat };

/** Everything the UI may ask of the backend. */
export interface Api extends NetworkApi, CmeApi, SettingsApi {
  sessionOpen(): Promise<SessionStatus>;
  sessionUnlock(secret: string): Promise<SessionStatus>;
  /** Salvages a damaged database; `secret` when the keyring does not hold the key. */
  sessionSalvage(secret: string | null): Promise<Salvaged>;
  /** Restores a backup over a damaged book, keeping the damaged file aside; returns where it is kept. */
  sessionRestoreBackup(path: string, secret: string | null): Promise<string>;
  /** Asks where to save the recovery key and writes it there; false when the user cancelled. */
  saveRecoveryKey(key: string): Promise<boolean>;
  /** The filtered contacts' ids, in the filter's order: the whole list, one integer a contact. */
  contactOrder(filter?: ContactFilter): Promise<number[]>;
  /** The list lines of the contacts `ids` (at most 1,000), in that order; ids no longer in the book are left out. */
  contactLines(ids: number[]): Promise<ContactSummary[]>;
  /** How many contacts the book holds, filters aside, without loading them. */
  contactCount(): Promise<number>;
  /** A contact with their timeline, newest first. */
  contactProfile(id: number): Promise<ContactProfile>;
  /** Full-text search, best matches first, each with why it matched. */
  searchContacts(query: string, limit: number): Promise<ContactLineHit[]>;
  /** The values the list's filters can take (every tag, specialty, institution, city), for suggestions. */
  contactFacets(): Promise<Facets>;
  getContact(id: number): Promise<Contact>;
  createContact(draft: ContactDraft): Promise<Contact>;
  updateContact(id: number, draft: ContactDraft): Promise<Contact>;
  /** Deletes a contact; returns a token for `undoChange`. */
  deleteContact(id: number): Promise<number>;
  /** The contact's photo as a `data:image/…` URL; ask only when `has_photo`. */
  contactPhoto(id: number): Promise<string | null>;
  /** Adds a line to a contact's training and job history (filing a new organisation by name). */
  addAffiliation(contact: number, draft: AffiliationDraft): Promise<Affiliation>;
  removeAffiliation(id: number): Promise<void>;
  /** Records that `contact` is the `kind` of `other` (of the user when null). */
  addRelationship(contact: number, other: number | null, kind: RelationshipKind, label: string): Promise<Relationship>;
  removeRelationship(id: number): Promise<void>;
  /** Every pair of contacts that look like one person (the Duplicates screen). */
  findDuplicates(): Promise<DuplicatePair[]>;
  /** How many such pairs there are, without the pairs (the sidebar's badge). */
  duplicateCount(): Promise<number>;
  /** Merges `other` into `keep`; returns a token for `undoChange`. */
  mergeContacts(keep: number, other: number): Promise<number>;
  /** Returns how many contacts changed. */
  tagContacts(ids: number[], tag: string): Promise<number>;
  untagContacts(ids: number[], tag: string): Promise<number>;
  /** Deletes several contacts; returns a token for `undoDelete`. */
  deleteContacts(ids: number[]): Promise<number>;
  undoDelete(token: number): Promise<void>;
  /** Takes back a delete or a merge: the book is as it was before it. */
  undoChange(token: number): Promise<void>;
  addInteraction(draft: InteractionDraft): Promise<Interaction>;
  /** Replaces an interaction's kind, date, topic, note, people and event. */
  updateInteraction(id: number, draft: InteractionDraft): Promise<Interaction>;
  /** Deletes an interaction; returns it as it was. */
  deleteInteraction(id: number): Promise<Interaction>;
  /** Imports files; `onProgress` hears how many entries were handled so far. */
  importFiles(paths: string[], skipBad: boolean, onProgress: (progress: ImportProgress) => void): Promise<ImportSummary>;
  importCancel(): Promise<void>;
  /** Writes contacts (`ids`, or all when null) to `path`; returns how many. */
  exportContacts(path: string, format: ExportFormat, ids: number[] | null): Promise<number>;
  /** Asks the user for files to import (contacts and calendars, or calendars only); empty when they cancel. */
  pickImportFiles(kind?: ImportKind): Promise<string[]>;
  /** Asks the user where to export; null when they cancel. */
  pickExportPath(format: ExportFormat): Promise<string | null>;
  /** The files Curbside was opened with (double-click, "Open with") that wait to be offered for import; each is given once. */
  openedFiles(): Promise<string[]>;
  /** Hears that files were opened with Curbside (take them with `openedFiles`); resolves to a function that stops listening. */
  onFilesOpened(handler: () => void): Promise<() => void>;
  /** Hears files dragged onto the window; resolves to a function that stops listening. */
  onFilesDropped(handler: (drag: FileDrag) => void): Promise<() => void>;
  /** Says the first screen has settled with data (the app benchmark's marker; the shell writes it only when asked). */
  benchMark(): Promise<void>;
  /** Hears the shell's reminder events; resolves to a function that stops listening. */
  onReminderEvents(handlers: ReminderEventHandlers): Promise<() => void>;
  /** Hears the menu bar's own items being chosen (their ids); resolves to a function that stops listening. */
  onMenu(handler: (id: string) => void): Promise<() => void>;

  /** The occurrences overlapping [from, to) (RFC 3339 instants), in time order. */
  eventOccurrences(from: string, to: string, filter: EventFilter): Promise<Occurrence[]>;
  /** An event with its key dates, sessions, people and recorded credits. */
  eventDetail(id: number): Promise<EventDetail>;
  createEvent(draft: EventDraft): Promise<Event>;
  updateEvent(id: number, draft: EventDraft): Promise<Event>;
  /** Deletes an event (a whole series); returns a token for `undoChange`. */
  deleteEvent(id: number): Promise<number>;
  setEventStatus(id: number, status: EventStatus): Promise<Event>;
  /** Changes one occurrence of a series (named by its original civil start); the others stay. */
  changeOccurrence(seriesId: number, recurrenceId: string, draft: EventDraft): Promise<Event>;
  /** Removes one occurrence of a series; resolves to the token that takes it back (`undoChange`). */
  removeOccurrence(seriesId: number, recurrenceId: string): Promise<number>;
  /** Key dates due from now on and before `until` (an RFC 3339 instant; null: however far ahead), soonest first. */
  upcomingDeadlines(includeDone: boolean, filter: EventFilter, until: string | null): Promise<UpcomingDeadline[]>;
  addDeadline(eventId: number, draft: DeadlineDraft): Promise<Deadline>;
  updateDeadline(id: number, draft: DeadlineDraft): Promise<Deadline>;
  removeDeadline(id: number): Promise<void>;
  addSession(eventId: number, draft: SessionDraft): Promise<PlannedSession>;
  removeSession(id: number): Promise<void>;
  linkPerson(eventId: number, contactId: number, role: PersonRole, note: string): Promise<EventPerson>;
  unlinkPerson(eventId: number, contactId: number, role: PersonRole): Promise<void>;
  /**
   * Writes events to an .ics file: those in `ids`, else those `filter` keeps,
   * else all; returns how many.
   */
  exportEvents(path: string, ids: number[] | null, filter?: EventFilter | null): Promise<number>;
  /** Asks the user where to save an .ics file; null when they cancel. */
  pickIcsExportPath(suggestedName: string): Promise<string | null>;

  /** Everything overdue, then everything due in the next `windowDays` days (at most 366), oldest first. */
  dueReminders(windowDays: number): Promise<Reminder[]>;
  /** Marks a reminder done; for a person this also logs an interaction. */
  reminderDone(id: string): Promise<void>;
  /** Puts a reminder off until `until` (an RFC 3339 instant). */
  snoozeReminder(id: string, until: string): Promise<void>;
  /** Dismisses a reminder; it does not come back. */
  dismissReminder(id: string): Promise<void>;
  /** Takes back the last done, snooze or dismissal of a reminder (and the interaction a done logged). */
  undoReminder(id: string): Promise<void>;
  /** People with at least one interaction, longest without contact first. */
  outOfTouch(limit: number): Promise<ContactSummary[]>;
  /** Every backup, newest first, with what it holds. */
  backups(): Promise<BackupInfo[]>;
  /** Backs up the book now (encrypted, checked). */
  backUpNow(): Promise<Written>;
  /** Restores a backup over the book, after backing up the current state; returns what it holds now. */
  restoreBackup(path: string): Promise<Counts>;
  /** Where backups go. */
  backupFolder(): Promise<FolderChoice>;
  /** Chooses where backups go; null for the default folder. */
  setBackupFolder(path: string | null): Promise<FolderChoice>;
  /** Asks the user for a folder to keep backups in; null when they cancel. */
  pickBackupFolder(): Promise<string | null>;
  /** How sync stands: the account, the last sync, its error, the conflicts, a running sync's progress. */
  syncStatus(): Promise<SyncState>;
  /** Signs in to a server and lists its address books and calendars. */
  syncOffered(url: string, user: string, password: string): Promise<Offered>;
  /** Adds the sync account; resolves to the new sync key to show once, or null when it joined a book's key. */
  syncAddAccount(account: NewSyncAccount): Promise<string | null>;
  /** Removes the sync account (the items stay, here and on the server). */
  syncRemoveAccount(): Promise<boolean>;
  /** Syncs now; progress arrives through `onSyncEvents`. */
  syncNow(): Promise<Report>;
  /** The conflicts waiting for the user, oldest first. */
  syncConflicts(): Promise<Conflict[]>;
  /** Decides a conflict: keep this computer's version or the other one. */
  syncResolve(id: number, keep: Keep): Promise<void>;
  /** The sync key, to type into another computer; null without an account. */
  syncKey(): Promise<string | null>;
  /** Whether contact notes go to the address book in plain text. */
  syncSetNotesPlain(plain: boolean): Promise<void>;
  /** Hears the shell's sync events; resolves to a function that stops listening. */
  onSyncEvents(handlers: SyncEventHandlers): Promise<() => void>;
  /** A contact's milestones, newest first. */
  milestones(contactId: number): Promise<Milestone[]>;
  /** Records a milestone; it raises a "congratulate" reminder. */
  addMilestone(draft: MilestoneDraft): Promise<Milestone>;
  deleteMilestone(id: number): Promise<void>;
  /** Every stay-in-touch cadence set: contacts', relationships', tags'. */
  cadences(): Promise<CadenceRule[]>;
  /** How often to be in touch with one contact: their own cadence, and the one that holds. */
  cadenceOf(contactId: number): Promise<ContactCadence>;
  /** Sets how often (in days) to be in touch; null clears it. */
  setCadence(target: CadenceTarget, days: number | null): Promise<void>;
  /** The user's own reminders, oldest first. */
  customReminders(): Promise<CustomReminder[]>;
  /** Records a reminder of the user's own; returns its id. */
  addCustomReminder(draft: CustomReminderDraft): Promise<number>;
  deleteCustomReminder(id: number): Promise<void>;

  /** The six message templates, as the user left them. */
  messageTemplates(): Promise<MessageTemplate[]>;
  saveMessageTemplate(kind: TemplateKind, subject: string, body: string): Promise<MessageTemplate>;
  /** Puts a template back to Curbside's wording. */
  resetMessageTemplate(kind: TemplateKind): Promise<MessageTemplate>;
  /**
   * A message to `contactId` from a template (null: the one for the reminder),
   * filled from the contact and the reminder's note or their last interaction.
   */
  composeMessage(contactId: number, template: TemplateKind | null, reminderId: string | null): Promise<MessageDraft>;
  /** Logs the message as an interaction (and completes its reminder, if any). */
  messageSent(message: SentMessage): Promise<Interaction>;
  /** The name the user signs messages with ({my_name}); null when not set. */
  myName(): Promise<string | null>;
  /** How many sample contacts and events the book holds. */
  sampleCounts(): Promise<SampleCounts>;
  /** Adds the made-up sample colleagues and events (refused when they are there). */
  addSampleData(): Promise<SampleCounts>;
  /** Removes every sample contact and event, and nothing else; returns what was removed. */
  removeSampleData(): Promise<SampleCounts>;
  /** Sets the name the user signs with ("" clears it); returns it as stored. */
  setMyName(name: string): Promise<string | null>;
  /** Opens a mailto: or http(s) link in the user's mail client or browser. */
  openLink(url: string): Promise<void>;
}

/** The file types an import reads. */
export const IMPORT_EXTENSIONS = ["vcf", "vcard", "csv", "ics", "ical", "json"];



const EXPORT_FILES: Record<ExportFormat, { name: string; file: string; extensions: string[] }> = {
  vcard: { name: "vCard", file: "contacts.vcf", extensions: ["vcf"] },
  vcard4: { name: "vCard", file: "contacts.vcf", extensions: ["vcf"] },
  csv: { name: "CSV", file: "contacts.csv", extensions: ["csv"] },
  json: { name: "JSON", file: "contacts.json", extensions: ["json"] },
};


/** The event the shell emits when files were opened with Curbside (src-tauri/src/opened.rs). */
export const FILES_OPENED_EVENT = "files-opened";

/** The event the shell emits when one of the menu bar's own items is chosen (src-tauri/src/menu.rs). */
export const MENU_CHOSEN_EVENT = "menu-chosen";

/** The events the shell emits about sync (src-tauri/src/background_sync.rs). */
export const SYNC_EVENTS = {
  progress: "sync-progress",
  finished: "sync-finished",
} as const;

/** The events the shell emits about reminders (src-tauri/src/reminders/window.rs). */
export const REMINDER_EVENTS = {
  changed: "reminders-changed",
  openToday: "today-open",
  openReminder: "reminder-open",
} as const;


/** The real backend, reached over Tauri IPC. */
export const api: Api = {
  sessionOpen: () => call("session_open"),
  sessionUnlock: (secret) => call("session_unlock", { secret }),
  sessionSalvage: (secret) => call("session_salvage", { secret }),
  sessionRestoreBackup: (path, secret) => call("session_restore_backup", { path, secret }),
  saveRecoveryKey: async (key) => {
    const path = await save({
      title: "Save your recovery key",
      defaultPath: "curbside-recovery-key.txt",
      filters: [{ name: "Text", extensions: ["txt"] }],
    }).catch(rethrow);
    if (!path) return false;
    await call("session_save_recovery_key", { key, path });
    return true;
  },
  getContact: (id) => call("contacts_get", { id }),
  createContact: (draft) => call("contacts_create", { draft }),
  updateContact: (id, draft) => call("contacts_update", { id, draft }),
  deleteContact: (id) => call("contacts_delete", { id }),
  contactPhoto: (id) => call("contacts_photo", { id }),
  addAffiliation: (contact, draft) => call("affiliations_add", { contact, draft }),
  removeAffiliation: async (id) => {
    await call("affiliations_remove", { id });
  },
  addRelationship: (contact, other, kind, label) =>
    call("relationships_add", { contact, other, kind, label }),
  removeRelationship: async (id) => {
    await call("relationships_remove", { id });
  },
  contactOrder: (filter = {}) => call("contacts_order", { filter }),
  contactLines: (ids) => call("contacts_lines", { ids }),
  contactCount: () => call("contacts_count"),
  contactProfile: (id) => call("contacts_profile", { id }),
  searchContacts: (query, limit) => call("contacts_search", { query, limit }),
  contactFacets: () => call("contacts_facets"),
  findDuplicates: () => call("contacts_duplicates"),
  duplicateCount: () => call("contacts_duplicate_count"),
  mergeContacts: (keep, other) => call("contacts_merge", { keep, other }),
  tagContacts: (ids, tag) => call("contacts_tag", { ids, tag }),
  untagContacts: (ids, tag) => call("contacts_untag", { ids, tag }),
  deleteContacts: (ids) => call("contacts_delete_many", { ids }),
  undoDelete: async (token) => {
    await call("contacts_undo_delete", { token });
  },
  undoChange: async (token) => {
    await call("undo_take_back", { token });
  },
  addInteraction: (draft) => call("interactions_add", { draft }),
  updateInteraction: (id, draft) => call("interactions_update", { id, draft }),
  deleteInteraction: (id) => call("interactions_delete", { id }),
  importFiles: (paths, skipBad, onProgress) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call("import_files", { paths, skipBad, onProgress: channel });
  },
  importCancel: async () => {
    await call("import_cancel");
  },
  exportContacts: (path, format, ids) => call("export_contacts", { path, format, ids }),
  pickImportFiles: async (kind = "any") => {
    const picked = await open(
      kind === "calendar"
        ? { title: "Import calendar", multiple: true, filters: [{ name: "iCalendar", extensions: ["ics"] }] }
        : {
            title: "Import contacts and calendars",
            multiple: true,
            filters: [{ name: "Contacts, calendars and books", extensions: IMPORT_EXTENSIONS }],
          },
    ).catch(rethrow);
    return picked ?? [];
  },
  pickExportPath: async (format) => {
    const { name, file, extensions } = EXPORT_FILES[format];
    return save({ title: "Export contacts", defaultPath: file, filters: [{ name, extensions }] }).catch(rethrow);
  },
  eventOccurrences: (from, to, filter) => call("events_occurrences", { from, to, filter }),
  eventDetail: (id) => call("events_detail", { id }),
  createEvent: (draft) => call("events_create", { draft }),
  updateEvent: (id, draft) => call("events_update", { id, draft }),
  deleteEvent: (id) => call("events_delete", { id }),
  setEventStatus: (id, status) => call("events_set_status", { id, status }),
  changeOccurrence: (seriesId, recurrenceId, draft) =>
    call("events_change_occurrence", { seriesId, recurrenceId, draft }),
  removeOccurrence: (seriesId, recurrenceId) => call("events_remove_occurrence", { seriesId, recurrenceId }),
  upcomingDeadlines: (includeDone, filter, until) =>
    call("events_deadlines", { includeDone, filter, until }),
  addDeadline: (eventId, draft) => call("events_add_deadline", { eventId, draft }),
  updateDeadline: (id, draft) => call("events_update_deadline", { id, draft }),
  removeDeadline: async (id) => {
    await call("events_remove_deadline", { id });
  },
  addSession: (eventId, draft) => call("events_add_session", { eventId, draft }),
  removeSession: async (id) => {
    await call("events_remove_session", { id });
  },
  linkPerson: (eventId, contactId, role, note) =>
    call("events_link_person", { eventId, contactId, role, note }),
  unlinkPerson: async (eventId, contactId, role) => {
    await call("events_unlink_person", { eventId, contactId, role });
  },
  exportEvents: (path, ids, filter = null) => call("export_events", { path, ids, filter }),
  pickIcsExportPath: (suggestedName) =>
    save({
      title: "Export to calendar file",
      defaultPath: suggestedName,
      filters: [{ name: "iCalendar", extensions: ["ics"] }],
    }).catch(rethrow),

  dueReminders: (windowDays) => call("reminders_due", { windowDays }),
  reminderDone: async (id) => {
    await call("reminders_done", { id });
  },
  snoozeReminder: async (id, until) => {
    await call("reminders_snooze", { id, until });
  },
  dismissReminder: async (id) => {
    await call("reminders_dismiss", { id });
  },
  undoReminder: async (id) => {
    await call("reminders_undo", { id });
  },
  outOfTouch: (limit) => call("contacts_out_of_touch", { limit }),
  backups: () => call("backups_list"),
  backUpNow: () => call("backups_create"),
  restoreBackup: (path) => call("backups_restore", { path }),
  backupFolder: () => call("backups_folder"),
  setBackupFolder: (path) => call("backups_set_folder", { path }),
  syncStatus: () => call("sync_status"),
  syncOffered: (url, user, password) => call("sync_offered", { url, user, password }),
  syncAddAccount: (account) => call("sync_add_account", account),
  syncRemoveAccount: () => call("sync_remove_account"),
  syncNow: () => call("sync_now"),
  syncConflicts: () => call("sync_conflicts"),
  syncResolve: async (id, keep) => {
    await call("sync_resolve", { id, keep });
  },
  syncKey: () => call("sync_key"),
  syncSetNotesPlain: async (plain) => {
    await call("sync_set_notes_plain", { plain });
  },
  onSyncEvents: async (handlers) => {
    if (!insideTauri()) return () => {};
    const stops: UnlistenFn[] = [];
    const stopAll = () => stops.splice(0).forEach((stop) => stop());
    try {
      stops.push(await listen<Progress>(SYNC_EVENTS.progress, ({ payload }) => handlers.progress(payload)));
      stops.push(await listen<Finished>(SYNC_EVENTS.finished, ({ payload }) => handlers.finished(payload)));
    } catch (reason) {
      stopAll();
      throw toApiError(reason);
    }
    return stopAll;
  },
  pickBackupFolder: async () => {
    const picked = await open({ title: "Keep backups in", directory: true, multiple: false }).catch(rethrow);
    return picked ?? null;
  },
  milestones: (contactId) => call("reminders_milestones", { contactId }),
  addMilestone: (draft) => call("reminders_add_milestone", { draft }),
  deleteMilestone: async (id) => {
    await call("reminders_delete_milestone", { id });
  },
  cadences: () => call("reminders_cadences"),
  cadenceOf: (contactId) => call("reminders_cadence_of", { contactId }),
  setCadence: async (target, days) => {
    await call("reminders_set_cadence", { target, days });
  },
  customReminders: () => call("reminders_custom"),
  addCustomReminder: (draft) => call("reminders_add_custom", { draft }),
  deleteCustomReminder: async (id) => {
    await call("reminders_delete_custom", { id });
  },

  messageTemplates: () => call("messages_templates"),
  saveMessageTemplate: (kind, subject, body) => call("messages_save_template", { kind, subject, body }),
  resetMessageTemplate: (kind) => call("messages_reset_template", { kind }),
  composeMessage: (contactId, template, reminderId) =>
    call("messages_compose", { contactId, template, reminderId }),
  messageSent: (message) => call("messages_sent", { message }),
  myName: () => call("messages_my_name"),
  sampleCounts: () => call("sample_counts"),
  addSampleData: () => call("sample_add"),
  removeSampleData: () => call("sample_remove"),
  setMyName: (name) => call("messages_set_my_name", { name }),
  openLink: async (url) => {
    await call("messages_open_link", { url });
  },

  openedFiles: () => call("import_opened_files"),
  benchMark: async () => {
    await call("bench_mark");
  },
  onMenu: async (handler) => {
    if (!insideTauri()) return () => {};
    return listen<string>(MENU_CHOSEN_EVENT, ({ payload }) => handler(payload)).catch(rethrow);
  },
  onFilesOpened: async (handler) => {
    if (!insideTauri()) return () => {};
    return listen(FILES_OPENED_EVENT, () => handler()).catch(rethrow);
  },
  onFilesDropped: async (handler) => {
    if (!insideTauri()) return () => {};
    return getCurrentWebview().onDragDropEvent(({ payload }) => {
      if (payload.type === "drop") handler({ type: "drop", paths: payload.paths });
      else if (payload.type === "leave") handler({ type: "leave" });
      else handler({ type: "hover" });
    });
  },
  onReminderEvents: async (handlers) => {
    if (!insideTauri()) return () => {};
    const stops: UnlistenFn[] = [];
    const stopAll = () => stops.splice(0).forEach((stop) => stop());
    try {
      stops.push(await listen(REMINDER_EVENTS.changed, () => handlers.changed()));
      stops.push(await listen(REMINDER_EVENTS.openToday, () => handlers.openToday()));
      stops.push(
        await listen<string>(REMINDER_EVENTS.openReminder, ({ payload }) => {
          if (typeof payload === "string" && payload !== "") handlers.openReminder(payload);
        }),
      );
    } catch (reason) {
      // Half a subscription is none: stop what was started and say why.
      stopAll();
      throw toApiError(reason);
    }
    return stopAll;
  },
  ...networkApi,
  ...cmeApi,
  ...settingsApi,
};
