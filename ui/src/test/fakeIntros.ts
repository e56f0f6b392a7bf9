/**
 * The introductions and presence half of the fake backend: introductions
 * moved through the double opt-in flow as the core does (accepted once both
 * said yes), their drafts, and the user's own presence and milestones.
 */
import { vi } from "vitest";
import type { Introduction } from "../lib/bindings/Introduction";
import type { IntroductionDraft } from "../lib/bindings/IntroductionDraft";
import type { IntroductionStatus } from "../lib/bindings/IntroductionStatus";
import type { MessageDraft } from "../lib/bindings/MessageDraft";
import type { OwnMilestone } from "../lib/bindings/OwnMilestone";
import type { OwnMilestoneDraft } from "../lib/bindings/OwnMilestoneDraft";
import type { Presence } from "../lib/bindings/Presence";
import type { Side } from "../lib/bindings/Side";

export interface FakeIntroOptions {
  intros?: Introduction[];
  presence?: Presence;
}

const TODAY = "2026-03-01";

function draftTo(contactId: number, subject: string, body: string): MessageDraft {
  return { contact_id: contactId, template: "introduction_ask", subject, body, email: null, mailto: null, profile_link: null, reminder_id: null };
}

export function fakeIntroBackend(options: FakeIntroOptions, nameOf: (id: number) => string) {
  let intros: Introduction[] = [...(options.intros ?? [])];
  let presence: Presence = options.presence ?? { name: "", credentials: "", bio: "", pitch: "", doximity: "", linkedin: "", orcid: "", website: "", cv_path: "" };
  let milestones: OwnMilestone[] = [];
  let nextId = Math.max(0, ...intros.map((intro) => intro.id)) + 1;
  const find = (id: number) => {
    const found = intros.find((intro) => intro.id === id);
    if (!found) throw { code: "not_found", message: `there is no introduction with id ${id}` };
    return found;
  };
  const api = {
    intros: vi.fn(async () => [...intros]),
    introsForContact: vi.fn(async (contactId: number) =>
      intros.filter((intro) => intro.from.contact_id === contactId || intro.to.contact_id === contactId),
    ),
    addIntro: vi.fn(async (draft: IntroductionDraft) => {
      const intro: Introduction = {
        id: nextId++,
        from: { contact_id: draft.from_contact_id, name: nameOf(draft.from_contact_id), line: "", said_yes: null },
        to: { contact_id: draft.to_contact_id, name: nameOf(draft.to_contact_id), line: "", said_yes: null },
        reason: draft.reason.trim(),
        status: "proposed",
        introduced_on: null,
        steps: [{ status: "proposed", side: null, on: TODAY }],
      };
      intros = [intro, ...intros];
      return intro;
    }),
    setIntroStatus: vi.fn(async (id: number, status: IntroductionStatus, side: Side | null) => {
      const intro = structuredClone(find(id));
      if (status === "accepted" && side) {
        intro[side].said_yes = true;
        intro.status = intro.from.said_yes && intro.to.said_yes ? "accepted" : "asked";
      } else if (status === "declined" && side) {
        intro[side].said_yes = false;
        intro.status = "declined";
      } else {
        intro.status = status;
      }
      if (status === "introduced") intro.introduced_on = TODAY;
      intro.steps = [...intro.steps, { status, side, on: TODAY }];
      intros = intros.map((one) => (one.id === id ? intro : one));
      return intro;
    }),
    deleteIntro: vi.fn(async (id: number) => {
      intros = intros.filter((intro) => intro.id !== id);
    }),
    introAskDraft: vi.fn(async (id: number, side: Side) => {
      const intro = find(id);
      const [asked, other] = side === "from" ? [intro.from, intro.to] : [intro.to, intro.from];
      return draftTo(asked.contact_id, "Would you like an introduction?", `Would you like me to introduce you to ${other.name}?\nWhy: ${intro.reason}`);
    }),
    introEmailDraft: vi.fn(async (id: number) => {
      const intro = find(id);
      return { ...draftTo(intro.from.contact_id, `Introduction: ${intro.from.name} and ${intro.to.name}`, `Why I think you should meet: ${intro.reason}`), template: "introduction_both" as const };
    }),
    presence: vi.fn(async () => ({ ...presence })),
    setPresence: vi.fn(async (next: Presence) => {
      if (next.linkedin !== "" && !next.linkedin.startsWith("https://")) {
        throw { code: "invalid_input", message: "LinkedIn must be a web address starting with https://" };
      }
      presence = { ...next, name: next.name.trim() };
      return { ...presence };
    }),
    ownMilestones: vi.fn(async () => [...milestones]),
    addOwnMilestone: vi.fn(async (draft: OwnMilestoneDraft) => {
      const added: OwnMilestone = { id: milestones.length + 1, ...draft };
      milestones = [added, ...milestones];
      return added;
    }),
    deleteOwnMilestone: vi.fn(async (id: number) => {
      milestones = milestones.filter((one) => one.id !== id);
    }),
  };
  return { api };
}
