/**
 * The conference half of the fake backend: a radar, briefs and the round
 * after an event given by the test, and a capture that matches a contact by
 * its whole name or makes a new one, keeping what was met for `after`.
 */
import { vi } from "vitest";
import type { AfterEvent } from "../lib/bindings/AfterEvent";
import type { Brief } from "../lib/bindings/Brief";
import type { CaptureDraft } from "../lib/bindings/CaptureDraft";
import type { CaptureMatch } from "../lib/bindings/CaptureMatch";
import type { Captured } from "../lib/bindings/Captured";
import type { Radar } from "../lib/bindings/Radar";
import type { TripPlan } from "../lib/bindings/TripPlan";

export interface FakeConferenceOptions {
  radar?: Radar;
  briefs?: Brief[];
  /** The contacts a capture can match, by name. */
  known?: CaptureMatch[];
}

const STAMP = "2026-11-08T15:00:00Z";

export function fakeConferenceBackend(options: FakeConferenceOptions) {
  let radar = options.radar;
  const known = [...(options.known ?? [])];
  const met: Captured[] = [];
  let nextContact = 500;
  let nextInteraction = 900;
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/\b(dr|prof)\.?\s*/g, "")
      .trim();
  const matchOf = (name: string) => known.find((k) => fold(k.display_name) === fold(name)) ?? null;

  const api = {
    conferenceRadar: vi.fn(async (eventId: number): Promise<Radar> => radar ?? { event_id: eventId, title: "", city: null, dates: "", people: [] }),
    conferencePlanToMeet: vi.fn(async (_eventId: number, contactId: number): Promise<TripPlan> => {
      const person = radar?.people.find((p) => p.contact_id === contactId);
      if (radar) {
        radar = { ...radar, people: radar.people.map((p) => (p.contact_id === contactId ? { ...p, planned: true } : p)) };
      }
      const city = radar?.city ?? "";
      return {
        person: { contact_id: contactId, display_name: person?.display_name ?? "", role: "to_meet", note: "", added_at: STAMP },
        draft: {
          contact_id: contactId,
          template: "trip",
          subject: `Coffee in ${city}?`,
          body: `Dear ${person?.display_name ?? ""},\n\nI'll be in ${city} for ${radar?.title ?? ""} on ${radar?.dates ?? ""}.`,
          email: null,
          mailto: null,
          profile_link: null,
          reminder_id: null,
        },
      };
    }),
    conferenceBrief: vi.fn(async (): Promise<Brief[]> => options.briefs ?? []),
    conferenceCaptureMatch: vi.fn(async (name: string): Promise<CaptureMatch | null> => matchOf(name)),
    conferenceCapture: vi.fn(async (eventId: number, draft: CaptureDraft): Promise<Captured> => {
      if (draft.name.trim() === "") throw { code: "invalid_input", message: "Write the name of the person you met" };
      const found = draft.create_new ? null : draft.contact_id ? (known.find((k) => k.contact_id === draft.contact_id) ?? null) : matchOf(draft.name);
      const contactId = found?.contact_id ?? nextContact++;
      const displayName = found?.display_name ?? draft.name.trim();
      if (!found) known.push({ contact_id: contactId, display_name: displayName, institution: draft.from });
      const captured: Captured = {
        contact_id: contactId,
        display_name: displayName,
        created: !found,
        person: { contact_id: contactId, display_name: displayName, role: "met", note: draft.note, added_at: STAMP },
        interaction: {
          id: nextInteraction++,
          kind: "event",
          occurred_at: STAMP,
          time_zone: "",
          topic: draft.note,
          note: draft.note,
          contact_ids: [contactId],
          event_id: eventId,
        },
      };
      met.push(captured);
      return captured;
    }),
    conferenceAfter: vi.fn(
      async (eventId: number): Promise<AfterEvent> => ({
        event_id: eventId,
        title: radar?.title ?? "AHA 2026",
        met: met.map((one) => ({
          person: one.person,
          done: false,
          draft: {
            contact_id: one.contact_id,
            template: "follow_up",
            subject: "Following up on our conversation",
            body: `Dear ${one.display_name},\n\nI enjoyed our conversation about ${one.person.note} at ${radar?.title ?? "AHA 2026"}.`,
            email: null,
            mailto: null,
            profile_link: null,
            reminder_id: null,
          },
        })),
        planned_not_met: [],
      }),
    ),
  };
  return { api };
}
