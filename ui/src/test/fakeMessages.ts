/**
 * The messages half of the fake backend: the six templates, drafts filled
 * from them, and "sent" logged as an interaction.
 */
import { vi } from "vitest";
import type { Interaction } from "../lib/bindings/Interaction";
import type { MessageDraft } from "../lib/bindings/MessageDraft";
import type { MessageTemplate } from "../lib/bindings/MessageTemplate";
import type { SentMessage } from "../lib/bindings/SentMessage";
import type { TemplateKind } from "../lib/bindings/TemplateKind";

export interface FakeMessageOptions {
  /** The templates as stored; the defaults when not given. */
  templates?: MessageTemplate[];
}

const DEFAULTS: MessageTemplate[] = [
  { kind: "follow_up", name: "Follow-up after a meeting", subject: "Good to talk", body: "Dear {salutation},\n\nIt was good to talk about {topic}.\n", edited: false },
  { kind: "congratulations", name: "Congratulations", subject: "Congratulations", body: "Dear {salutation},\n\nCongratulations on {topic}!\n", edited: false },
  { kind: "birthday", name: "Birthday", subject: "Happy birthday", body: "Dear {salutation},\n\nHappy birthday!\n", edited: false },
  { kind: "referral_thanks", name: "Thanks for a referral", subject: "Thank you for the referral", body: "Dear {salutation},\n\nThank you for the referral.\n", edited: false },
  { kind: "introduction", name: "Introduction", subject: "An introduction", body: "Dear {salutation},\n\nI would like to introduce you to…\n", edited: false },
  { kind: "article", name: "Sharing an article", subject: "An article you may like", body: "Dear {salutation},\n\nThis made me think of our talk about {topic}.\n", edited: false },
];

export function fakeMessageBackend(options: FakeMessageOptions) {
  let templates = (options.templates ?? DEFAULTS).map((t) => ({ ...t }));
  const sent: SentMessage[] = [];
  const find = (kind: TemplateKind) => {
    const template = templates.find((t) => t.kind === kind);
    if (!template) throw { code: "invalid_input", message: `There is no template ${kind}.` };
    return template;
  };
  const api = {
    messageTemplates: vi.fn(async () => templates.map((t) => ({ ...t }))),
    saveMessageTemplate: vi.fn(async (kind: TemplateKind, subject: string, body: string) => {
      const saved = { ...find(kind), subject, body, edited: true };
      templates = templates.map((t) => (t.kind === kind ? saved : t));
      return saved;
    }),
    resetMessageTemplate: vi.fn(async (kind: TemplateKind) => {
      const original = DEFAULTS.find((t) => t.kind === kind)!;
      templates = templates.map((t) => (t.kind === kind ? { ...original } : t));
      return { ...original };
    }),
    composeMessage: vi.fn(
      async (contactId: number, template: TemplateKind | null, reminderId: string | null): Promise<MessageDraft> => {
        const chosen = find(template ?? "follow_up");
        return {
          contact_id: contactId,
          template: chosen.kind,
          subject: chosen.subject,
          body: chosen.body.replace("{salutation}", "Dr. Okafor").replace("{topic}", "renal denervation"),
          email: "amara@example.org",
          mailto: "mailto:amara@example.org?subject=Good%20to%20talk",
          profile_link: "https://www.linkedin.com/in/amara-okafor",
          reminder_id: reminderId,
        };
      },
    ),
    messageSent: vi.fn(async (message: SentMessage): Promise<Interaction> => {
      sent.push(message);
      return {
        id: sent.length,
        kind: "message",
        occurred_at: new Date().toISOString(),
        time_zone: "Europe/Berlin",
        note: `Sent: ${message.subject}`,
        contact_ids: [message.contact_id],
        event_id: null,
      };
    }),
    openLink: vi.fn(async (_url: string) => {}),
  };
  return { api, sent: () => [...sent] };
}
