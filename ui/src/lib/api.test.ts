import { emptyDraft } from "./contacts/draft";
import { invoke } from "@tauri-apps/api/core";
import { listen, type EventCallback } from "@tauri-apps/api/event";
import { open, save } from "@tauri-apps/plugin-dialog";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "./api";

vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const invokeMock = vi.mocked(invoke);

beforeEach(() => {
  invokeMock.mockReset();
});

describe("api", () => {
  it("turns a rejected IpcError into an ApiError with the same code and message", async () => {
    invokeMock.mockRejectedValueOnce({ code: "wrong_secret", message: "That passphrase is not right." });

    const error = await api.sessionUnlock("nope").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "wrong_secret", message: "That passphrase is not right." });
  });

  it("turns a plain string rejection into an internal ApiError carrying that text", async () => {
    invokeMock.mockRejectedValueOnce("command contacts_order not found");

    const error = await api.contactOrder().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "internal", message: "command contacts_order not found" });
  });

  it("never shows an object dump for a rejection of unknown shape", async () => {
    invokeMock.mockRejectedValueOnce({ code: "kaboom", detail: { line: 3 } });

    const error = (await api.sessionOpen().catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe("internal");
    expect(error.message).not.toMatch(/object|\{|kaboom/i);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("explains that the backend is missing when the UI runs in a plain browser", async () => {
    invokeMock.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'invoke')"));

    const error = (await api.sessionOpen().catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe("internal");
    expect(error.message).toMatch(/backend is not running/);
  });

  it("passes through the backend's value on success", async () => {
    invokeMock.mockResolvedValueOnce({ state: "unlocked", recovery_key: null, key_in_keyring: true, data_dir: "/d" });

    await expect(api.sessionOpen()).resolves.toMatchObject({ state: "unlocked" });
    expect(invokeMock).toHaveBeenCalledWith("session_open", undefined);
  });

  it("calls each command by its Rust name with camelCase argument keys", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { ...emptyDraft(), display_name: "Ana Ruiz", credentials: "MD" };

    await api.sessionUnlock("correct horse");
    await api.getContact(4);
    await api.createContact(draft);
    await api.updateContact(4, draft);
    await api.deleteContact(4);

    expect(invokeMock.mock.calls).toEqual([
      ["session_unlock", { secret: "correct horse" }],
      ["contacts_get", { id: 4 }],
      ["contacts_create", { draft }],
      ["contacts_update", { id: 4, draft }],
      ["contacts_delete", { id: 4 }],
    ]);
  });

  it("calls the contact book's newer commands by their Rust names", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { kind: "call" as const, occurred_at: null, time_zone: "", note: "", contact_ids: [4] };

    await api.contactOrder({ city: "Berlin" });
    await api.contactLines([4, 2]);
    await api.contactCount();
    await api.contactProfile(4);
    await api.searchContacts("okafor", 200);
    await api.findDuplicates();
    await api.duplicateCount();
    await api.mergeContacts(1, 2);
    await api.tagContacts([1, 2], "mentor");
    await api.untagContacts([1], "mentor");
    await api.deleteContacts([1, 2]);
    await api.undoDelete(7);
    await api.undoChange(8);
    await api.addInteraction(draft);
    await api.updateInteraction(9, draft);
    await api.deleteInteraction(9);
    await api.importCancel();
    await api.exportContacts("/tmp/c.vcf", "vcard4", null);

    expect(invokeMock.mock.calls).toEqual([
      ["contacts_order", { filter: { city: "Berlin" } }],
      ["contacts_lines", { ids: [4, 2] }],
      ["contacts_count", undefined],
      ["contacts_profile", { id: 4 }],
      ["contacts_search", { query: "okafor", limit: 200 }],
      ["contacts_duplicates", undefined],
      ["contacts_duplicate_count", undefined],
      ["contacts_merge", { keep: 1, other: 2 }],
      ["contacts_tag", { ids: [1, 2], tag: "mentor" }],
      ["contacts_untag", { ids: [1], tag: "mentor" }],
      ["contacts_delete_many", { ids: [1, 2] }],
      ["contacts_undo_delete", { token: 7 }],
      ["undo_take_back", { token: 8 }],
      ["interactions_add", { draft }],
      ["interactions_update", { id: 9, draft }],
      ["interactions_delete", { id: 9 }],
      ["import_cancel", undefined],
      ["export_contacts", { path: "/tmp/c.vcf", format: "vcard4", ids: null }],
    ]);
  });

  it("calls the photo, history and relationship commands by their Rust names", async () => {
    invokeMock.mockResolvedValue(null);
    const draft = { organization: "Charité", kind: "residency" as const, role: "", starts_on: "2015-07-01", ends_on: null };

    await api.contactPhoto(4);
    await api.addAffiliation(4, draft);
    await api.removeAffiliation(9);
    await api.addRelationship(4, null, "mentor", "PhD supervisor");
    await api.addRelationship(4, 5, "collaborator", "");
    await api.removeRelationship(3);

    expect(invokeMock.mock.calls).toEqual([
      ["contacts_photo", { id: 4 }],
      ["affiliations_add", { contact: 4, draft }],
      ["affiliations_remove", { id: 9 }],
      ["relationships_add", { contact: 4, other: null, kind: "mentor", label: "PhD supervisor" }],
      ["relationships_add", { contact: 4, other: 5, kind: "collaborator", label: "" }],
      ["relationships_remove", { id: 3 }],
    ]);
  });

  it("calls the calendar's commands by their Rust names with camelCase argument keys", async () => {
    invokeMock.mockResolvedValue(null);
    const filter = { statuses: ["registered" as const], kinds: [] };
    const timing = { type: "all_day" as const, first_day: "2026-08-28", last_day: "2026-08-31" };
    const draft = {
      kind: "conference" as const,
      title: "ESC",
      organizer: "",
      timing,
      location: "",
      online: false,
      url: "",
      notes: "",
      expected_credits: null,
      cost: "",
      status: "considering" as const,
      recurrence: "",
      excluded: [],
      uid: "",
    };
    const deadline = { kind: "abstract" as const, label: "", due_local: "2026-03-01T23:59:00", time_zone: "AoE", done: false };
    const session = { title: "Trials", start: null, end: null, room: "B3" };

    await api.eventOccurrences("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", filter);
    await api.eventDetail(1);
    await api.createEvent(draft);
    await api.updateEvent(1, draft);
    await api.deleteEvent(1);
    await api.setEventStatus(1, "attended");
    await api.changeOccurrence(1, "2026-03-10T07:30:00", draft);
    await api.removeOccurrence(1, "2026-03-10T07:30:00");
    await api.upcomingDeadlines(true, filter, "2027-03-10T12:00:00.000Z");
    await api.addDeadline(1, deadline);
    await api.updateDeadline(2, deadline);
    await api.removeDeadline(2);
    await api.addSession(1, session);
    await api.removeSession(3);
    await api.linkPerson(1, 4, "to_meet", "registry");
    await api.unlinkPerson(1, 4, "to_meet");
    await api.exportEvents("/tmp/e.ics", [1]);

    expect(invokeMock.mock.calls).toEqual([
      ["events_occurrences", { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z", filter }],
      ["events_detail", { id: 1 }],
      ["events_create", { draft }],
      ["events_update", { id: 1, draft }],
      ["events_delete", { id: 1 }],
      ["events_set_status", { id: 1, status: "attended" }],
      ["events_change_occurrence", { seriesId: 1, recurrenceId: "2026-03-10T07:30:00", draft }],
      ["events_remove_occurrence", { seriesId: 1, recurrenceId: "2026-03-10T07:30:00" }],
      ["events_deadlines", { includeDone: true, filter, until: "2027-03-10T12:00:00.000Z" }],
      ["events_add_deadline", { eventId: 1, draft: deadline }],
      ["events_update_deadline", { id: 2, draft: deadline }],
      ["events_remove_deadline", { id: 2 }],
      ["events_add_session", { eventId: 1, draft: session }],
      ["events_remove_session", { id: 3 }],
      ["events_link_person", { eventId: 1, contactId: 4, role: "to_meet", note: "registry" }],
      ["events_unlink_person", { eventId: 1, contactId: 4, role: "to_meet" }],
      ["export_events", { path: "/tmp/e.ics", ids: [1], filter: null }],
    ]);
  });

  it("calls the CME commands by their Rust names with camelCase argument keys", async () => {
    invokeMock.mockResolvedValue(null);
    const credit = {
      earned_on: "2026-02-14",
      title: "Pain update",
      provider: "",
      credit_type: "ama_pra_1" as const,
      type_label: "",
      hours: 2.25,
      topics: ["pain"],
      event_id: null,
      notes: "",
    };
    const cycle = {
      name: "Texas",
      kind: "license" as const,
      authority: "",
      starts_on: "2026-01-01",
      ends_on: "2027-12-31",
      total_hours: 48,
      total_types: [],
      type_minimums: [],
      topic_minimums: [],
      notes: "",
    };

    await api.credits(null, "2026-12-31");
    await api.addCredit(credit);
    await api.updateCredit(5, credit);
    await api.deleteCredit(5);
    await api.attachCertificate(5, "/home/doc/cert.pdf");
    await api.openCertificate(8);
    await api.removeCertificate(8);
    await api.cycles();
    await api.addCycle(cycle);
    await api.updateCycle(2, cycle);
    await api.deleteCycle(2);
    await api.cmeStatus();
    await api.claimableCredits();
    await api.exportReport(2, "/home/doc/texas.csv", "csv");
    await api.printReport(2);

    expect(invokeMock.mock.calls).toEqual([
      ["cme_credits", { from: null, to: "2026-12-31" }],
      ["cme_add_credit", { draft: credit }],
      ["cme_update_credit", { id: 5, draft: credit }],
      ["cme_delete_credit", { id: 5 }],
      ["cme_attach_certificate", { creditId: 5, path: "/home/doc/cert.pdf" }],
      ["cme_open_certificate", { id: 8 }],
      ["cme_remove_certificate", { id: 8 }],
      ["cme_cycles", undefined],
      ["cme_add_cycle", { draft: cycle }],
      ["cme_update_cycle", { id: 2, draft: cycle }],
      ["cme_delete_cycle", { id: 2 }],
      ["cme_status", undefined],
      ["cme_claimable", undefined],
      ["cme_export_report", { cycleId: 2, path: "/home/doc/texas.csv", format: "csv" }],
      ["cme_print_report", { cycleId: 2 }],
    ]);
  });

  it("imports through a channel that reports progress, and turns a cancel into an ApiError", async () => {
    const heard: number[] = [];
    invokeMock.mockImplementationOnce(async (_command, args) => {
      const channel = (args as { onProgress: { onmessage: (p: { done: number }) => void } }).onProgress;
      channel.onmessage({ done: 500 });
      channel.onmessage({ done: 1000 });
      throw { code: "cancelled", message: "Import cancelled" };
    });

    const error = await api.importFiles(["/a.vcf"], false, ({ done }) => heard.push(done)).catch((e: unknown) => e);

    expect(invokeMock).toHaveBeenCalledWith("import_files", {
      paths: ["/a.vcf"],
      skipBad: false,
      onProgress: expect.anything(),
    });
    expect(heard).toEqual([500, 1000]);
    expect(error).toMatchObject({ code: "cancelled" });
  });

  it("asks for contact files, and for an export path with the format's extension", async () => {
    vi.mocked(open).mockResolvedValueOnce(["/a.vcf", "/b.csv"]).mockResolvedValueOnce(null);
    vi.mocked(save).mockResolvedValueOnce("/home/doc/contacts.csv");

    expect(await api.pickImportFiles()).toEqual(["/a.vcf", "/b.csv"]);
    expect(await api.pickImportFiles()).toEqual([]);
    expect(await api.pickExportPath("csv")).toBe("/home/doc/contacts.csv");

    expect(open).toHaveBeenCalledWith({
      title: "Import contacts and calendars",
      multiple: true,
      filters: [{ name: "Contacts, calendars and books", extensions: ["vcf", "vcard", "csv", "ics", "ical", "json"] }],
    });
    expect(save).toHaveBeenCalledWith({
      title: "Export contacts",
      defaultPath: "contacts.csv",
      filters: [{ name: "CSV", extensions: ["csv"] }],
    });
  });

  it("asks for .ics files only from the calendar, for certificates as PDF or images, and where to save a report", async () => {
    vi.mocked(open).mockClear();
    vi.mocked(save).mockClear();
    vi.mocked(open).mockResolvedValueOnce(["/cal.ics"]).mockResolvedValueOnce("/home/doc/cert.heic").mockResolvedValueOnce(null);
    vi.mocked(save).mockResolvedValueOnce("/home/doc/report.html").mockResolvedValueOnce("/home/doc/esc.ics");

    expect(await api.pickImportFiles("calendar")).toEqual(["/cal.ics"]);
    expect(await api.pickCertificateFile()).toBe("/home/doc/cert.heic");
    expect(await api.pickCertificateFile()).toBeNull();
    expect(await api.pickReportPath("html", "texas.html")).toBe("/home/doc/report.html");
    expect(await api.pickIcsExportPath("esc.ics")).toBe("/home/doc/esc.ics");

    expect(vi.mocked(open).mock.calls).toEqual([
      [{ title: "Import calendar", multiple: true, filters: [{ name: "iCalendar", extensions: ["ics"] }] }],
      [
        {
          title: "Attach a certificate",
          multiple: false,
          filters: [{ name: "PDF or image", extensions: ["pdf", "png", "jpg", "jpeg", "gif", "webp", "heic"] }],
        },
      ],
      [expect.objectContaining({ title: "Attach a certificate" })],
    ]);
    expect(vi.mocked(save).mock.calls).toEqual([
      [{ title: "Save the cycle's report", defaultPath: "texas.html", filters: [{ name: "Web page", extensions: ["html"] }] }],
      [{ title: "Export to calendar file", defaultPath: "esc.ics", filters: [{ name: "iCalendar", extensions: ["ics"] }] }],
    ]);
  });
});

describe("the Today view's commands", () => {
  it("calls the reminder commands by their Rust names with camelCase argument keys", async () => {
    invokeMock.mockReset();
    invokeMock.mockResolvedValue(null);
    const draft = {
      title: "Send the paper",
      note: "",
      contact_id: 5,
      event_id: null,
      at: "2026-03-05T09:00:00",
      time_zone: "",
      recurrence: "FREQ=WEEKLY",
    };

    await api.dueReminders(7);
    await api.reminderDone("follow_up:i42:c5");
    await api.snoozeReminder("follow_up:i42:c5", "2026-03-05T08:00:00.000Z");
    await api.dismissReminder("birthday:c5:2026");
    await api.outOfTouch(5);
    await api.customReminders();
    await api.addCustomReminder(draft);
    await api.deleteCustomReminder(3);

    expect(invokeMock.mock.calls).toEqual([
      ["reminders_due", { windowDays: 7 }],
      ["reminders_done", { id: "follow_up:i42:c5" }],
      ["reminders_snooze", { id: "follow_up:i42:c5", until: "2026-03-05T08:00:00.000Z" }],
      ["reminders_dismiss", { id: "birthday:c5:2026" }],
      ["contacts_out_of_touch", { limit: 5 }],
      ["reminders_custom", undefined],
      ["reminders_add_custom", { draft }],
      ["reminders_delete_custom", { id: 3 }],
    ]);
  });
});

describe("the shell's reminder events", () => {
  type Heard = Map<string, EventCallback<unknown>>;

  /** Pretends to run inside the Tauri window, and records each listener by event name. */
  function insideTheWindow(): { heard: Heard; stopped: string[] } {
    const heard: Heard = new Map();
    const stopped: string[] = [];
    (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__ = {};
    vi.mocked(listen).mockReset();
    vi.mocked(listen).mockImplementation(async (name, handler) => {
      heard.set(name, handler as EventCallback<unknown>);
      return () => stopped.push(name);
    });
    return { heard, stopped };
  }

  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__;
  });

  const handlers = () => ({ changed: vi.fn(), openToday: vi.fn(), openReminder: vi.fn() });
  const send = (heard: Heard, name: string, payload: unknown) => heard.get(name)!({ event: name, id: 1, payload });

  it("hands each event to its handler, the reminder's id included", async () => {
    const { heard } = insideTheWindow();
    const on = handlers();

    await api.onReminderEvents(on);
    send(heard, "reminders-changed", null);
    send(heard, "today-open", null);
    send(heard, "reminder-open", "follow_up:i42:c5");

    expect(on.changed).toHaveBeenCalledOnce();
    expect(on.openToday).toHaveBeenCalledOnce();
    expect(on.openReminder).toHaveBeenCalledExactlyOnceWith("follow_up:i42:c5");
  });

  it("ignores a reminder-open event without an id", async () => {
    const { heard } = insideTheWindow();
    const on = handlers();

    await api.onReminderEvents(on);
    send(heard, "reminder-open", null);

    expect(on.openReminder).not.toHaveBeenCalled();
  });

  it("stops all three listeners with the function it resolves to", async () => {
    const { stopped } = insideTheWindow();

    const stop = await api.onReminderEvents(handlers());
    stop();

    expect(stopped.sort()).toEqual(["reminder-open", "reminders-changed", "today-open"]);
  });

  it("stops what it started and says why when a listener cannot be set up", async () => {
    const { stopped } = insideTheWindow();
    vi.mocked(listen)
      .mockImplementationOnce(async () => () => stopped.push("reminders-changed"))
      .mockImplementationOnce(async () => {
        throw "event.listen not allowed";
      });

    const error = await api.onReminderEvents(handlers()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: "event.listen not allowed" });
    expect(stopped).toEqual(["reminders-changed"]);
  });

  it("listens to nothing in a plain browser", async () => {
    vi.mocked(listen).mockReset();

    const stop = await api.onReminderEvents(handlers());
    stop();

    expect(listen).not.toHaveBeenCalled();
  });
});
