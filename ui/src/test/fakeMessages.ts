/**
 * The messages half of the fake backend: the six templates, drafts filled
 * from them and the contact (their name, first email, first web link), and
 * "sent" logged as an interaction, with the backend's refusals (unknown
 * placeholders, a reminder kind without a template).
 */
import { vi } from "vitest";
import type { Contact } from "../lib/bindings/Contact";
import type { Interaction } from "../lib/bindings/Interaction";
import type { MessageDraft } from "../lib/bindings/MessageDraft";
import type { MessageTemplate } from "../lib/bindings/MessageTemplate";
import type { SentMessage } from "../lib/bindings/SentMessage";
import type { TemplateKind } from "../lib/bindings/TemplateKind";

export interface FakeMessageOptions {
  /** The templates as stored; the defaults when not given. */
  templates?: MessageTemplate[];
  /**
   * What the reminder or the last conversation gives a draft: {topic} (its
   * note), {event} and {milestone}; "renal denervation", "ESC 2026" and
   * "promotion" when not given.
   */
  context?: { topic?: string; event?: string; milestone?: string };
  /** The name the user signs with ({my_name}); none set when not given. */
  myName?: string;
}

const joined = (...text: string[]) => text.join("\n");

/** Curbside's own wording (core `messages::defaults`). */
const DEFAULTS: MessageTemplate[] = [
  {
    kind: "follow_up",
    name: "Follow-up after a meeting",
    subject: "Following up on our conversation",
    body: joined(
      "Dear {salutation},",
      "",
      "I enjoyed our conversation about {topic} at {event}, and I have been thinking about it since.",
      "",
      "I hope all is well with you. Do let me know if I can ever help with anything.",
      "",
      "Best wishes,",
      "{my_name}",
    ),
    edited: false,
  },
  {
    kind: "congratulations",
    name: "Congratulations",
    subject: "Congratulations!",
    body: joined(
      "Dear {salutation},",
      "",
      "Congratulations on your {milestone}!",
      "{topic} — very well deserved.",
      "",
      "Wishing you every success with what comes next.",
      "",
      "Best wishes,",
      "{my_name}",
    ),
    edited: false,
  },
  {
    kind: "birthday",
    name: "Birthday",
    subject: "Happy birthday!",
    body: joined(
      "Dear {salutation},",
      "",
      "Happy birthday! I hope you have a wonderful day, and a year ahead full of good things.",
      "",
      "Warm wishes,",
      "{my_name}",
    ),
    edited: false,
  },
  {
    kind: "referral_thanks",
    name: "Thanks for a referral",
    subject: "Thank you for the referral",
    body: joined(
      "Dear {salutation},",
      "",
      "Thank you for thinking of me with this referral; I appreciate your trust.",
      "I will keep you informed, and I am always glad to help with your patients.",
      "",
      "Best wishes,",
      "{my_name}",
    ),
    edited: false,
  },
  {
    kind: "introduction",
    name: "Introduction",
    subject: "An introduction",
    body: joined(
      "Dear {salutation},",
      "",
      "I would like to introduce you to [name, role and institution].",
      "I think you would have a lot to talk about: [why you should meet].",
      "",
      "I am happy to connect you both by email.",
      "",
      "Best wishes,",
      "{my_name}",
    ),
    edited: false,
  },
  {
    kind: "article",
    name: "Sharing an article",
    subject: "An article you may find interesting",
    body: joined(
      "Dear {salutation},",
      "",
      "I came across this article and thought of you:",
      "[link]",
      "",
      "It made me think of our conversation about {topic}.",
      "",
      "Best wishes,",
      "{my_name}",
    ),
    edited: false,
  },
];

const TEMPLATES_IN_ORDER = DEFAULTS.map((t) => t.kind);

const KNOWN = ["first_name", "last_name", "name", "salutation", "topic", "event", "milestone", "institution", "my_name", "my_first_name"];

/** The template a reminder's kind (the id's first part) drafts with, as `TemplateKind::for_reminder`. */
const FOR_REMINDER: Record<string, TemplateKind> = {
  follow_up: "follow_up",
  event_follow_up: "follow_up",
  stay_in_touch: "follow_up",
  milestone: "congratulations",
  work_anniversary: "congratulations",
  birthday: "birthday",
};

/** When no contact lookup is given: the doctor every drafts test writes to. */
const AMARA = {
  display_name: "Amara Okafor",
  name: { prefix: "", given: "Amara", middle: "", family: "Okafor", suffix: "" },
  credentials: "MD",
  institution: "Charité",
  emails: ["amara@example.org"],
  links: [{ label: "LinkedIn", value: "https://www.linkedin.com/in/amara-okafor" }],
} as Contact;

const invalid = (message: string) => ({ code: "invalid_input", message });
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));

/**
 * `placeholders::fill`: line by line, a line whose placeholders all come out
 * empty is left out, runs of blank lines become one, none at either end.
 */
function fill(template: string, values: Record<string, string>): string {
  const lines: string[] = [];
  for (const line of template.split("\n")) {
    const slots = [...line.matchAll(/\{(\w+)\}/g)].filter(([, name]) => name in values);
    if (slots.length > 0 && slots.every(([, name]) => values[name].trim() === "")) continue;
    const filled = line.replace(/\{(\w+)\}/g, (whole, name: string) => values[name]?.trim() ?? whole);
    const text = /^\{\w+\}/.test(line) ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
    if (text.trim() === "" && (lines.length === 0 || lines[lines.length - 1].trim() === "")) continue;
    lines.push(text);
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.join("\n");
}

function valuesFor(contact: Contact, options: FakeMessageOptions): Record<string, string> {
  const first = contact.name.given || contact.display_name.split(" ")[0];
  const doctor = /\b(MD|DO|MBBS|MBChB)\b/.test(contact.credentials) || /^dr\.?$/i.test(contact.name.prefix);
  const myName = options.myName ?? "";
  return {
    first_name: first,
    last_name: contact.name.family,
    name: contact.display_name,
    salutation: doctor && contact.name.family ? `Dr. ${contact.name.family}` : first,
    topic: options.context?.topic ?? "renal denervation",
    event: options.context?.event ?? "ESC 2026",
    milestone: options.context?.milestone ?? "promotion",
    institution: contact.institution,
    my_name: myName,
    my_first_name: myName.split(" ")[0],
  };
}

export function fakeMessageBackend(
  options: FakeMessageOptions,
  find: (contactId: number) => Contact = () => AMARA,
  completeReminder: (id: string) => void = () => {},
) {
  /** The name the user signs with, as the backend keeps it. */
  const signature = { name: options.myName ?? "" };
  let templates = (options.templates ?? DEFAULTS).map((t) => ({ ...t }));
  const sent: SentMessage[] = [];
  const template = (kind: TemplateKind) => {
    const found = templates.find((t) => t.kind === kind);
    if (!found) throw invalid(`There is no template ${kind}.`);
    return found;
  };
  const api = {
    messageTemplates: vi.fn(async () => templates.map((t) => ({ ...t }))),
    saveMessageTemplate: vi.fn(async (kind: TemplateKind, subject: string, body: string) => {
      const unknown = [...`${subject}\n${body}`.matchAll(/\{(\w+)\}/g)].find(([, name]) => !KNOWN.includes(name));
      if (unknown) {
        throw invalid(`${unknown[0]} is not a placeholder Curbside knows: use ${KNOWN.map((n) => `{${n}}`).join(", ")}`);
      }
      if ([...subject].length > 200) throw invalid("The subject is too long (the limit is 200 characters)");
      const saved = { ...template(kind), subject, body, edited: true };
      templates = templates.map((t) => (t.kind === kind ? saved : t));
      return { ...saved };
    }),
    resetMessageTemplate: vi.fn(async (kind: TemplateKind) => {
      const original = DEFAULTS.find((t) => t.kind === kind) ?? template(kind);
      templates = templates.map((t) => (t.kind === kind ? { ...original } : t));
      return { ...original };
    }),
    composeMessage: vi.fn(
      async (contactId: number, kind: TemplateKind | null, reminderId: string | null): Promise<MessageDraft> => {
        const chosen = kind ?? (reminderId === null ? null : FOR_REMINDER[reminderId.split(":")[0]] ?? null);
        if (chosen === null) {
          const kinds = TEMPLATES_IN_ORDER.join(", ");
          throw invalid(
            reminderId === null
              ? `Choose a template (${kinds}) or a reminder to draft from`
              : `${reminderId} has no message template of its own: choose one of ${kinds}`,
          );
        }
        const contact = find(contactId);
        const { subject, body } = template(chosen);
        const values = valuesFor(contact, { ...options, myName: signature.name });
        const filledSubject = fill(subject, values);
        const filledBody = fill(body, values);
        const email = contact.emails.find((address) => address.trim() !== "") ?? null;
        return {
          contact_id: contactId,
          template: chosen,
          subject: filledSubject,
          body: filledBody,
          email,
          mailto: email === null ? null : `mailto:${email}?subject=${encode(filledSubject)}&body=${encode(filledBody)}`,
          profile_link: contact.links.find((link) => /^https?:\/\//.test(link.value))?.value ?? null,
          reminder_id: reminderId,
        };
      },
    ),
    messageSent: vi.fn(async (message: SentMessage): Promise<Interaction> => {
      find(message.contact_id);
      sent.push(message);
      if (message.reminder_id !== null) completeReminder(message.reminder_id);
      return {
        id: 1000 + sent.length,
        kind: "message",
        occurred_at: new Date().toISOString(),
        time_zone: "Europe/Berlin",
        topic: "",
        note: `Sent ${template(message.template).name.toLowerCase()}: ${message.subject}`,
        contact_ids: [message.contact_id],
        event_id: null,
      };
    }),
    myName: vi.fn(async () => (signature.name === "" ? null : signature.name)),
    setMyName: vi.fn(async (name: string) => {
      if (/[\r\n]/.test(name)) throw invalid("Your name must be one line");
      signature.name = name.trim();
      return signature.name === "" ? null : signature.name;
    }),
    openLink: vi.fn(async (url: string) => {
      if (!/^(mailto:|https?:)/.test(url)) throw invalid("Curbside opens only mail and web links.");
    }),
  };
  return { api, sent: () => [...sent] };
}
