/**
 * The message templates as the user reads them: their names in the draft
 * dialog's picker, the placeholders a template may use and what each is
 * filled with, and the text a draft becomes when copied or mailed.
 */
import type { TemplateKind } from "../bindings/TemplateKind";

/** The templates a plain draft is written from, in the order the picker offers them. */
export const TEMPLATE_KINDS: ReadonlyArray<{ kind: TemplateKind; label: string }> = [
  { kind: "follow_up", label: "Follow-up after a meeting" },
  { kind: "congratulations", label: "Congratulations" },
  { kind: "birthday", label: "Birthday" },
  { kind: "referral_thanks", label: "Thanks for a referral" },
  { kind: "introduction", label: "Introduction" },
  { kind: "article", label: "Sharing an article" },
  { kind: "trip", label: "In their city for an event" },
];

/**
 * The templates drafted from an introduction, never picked for a plain
 * draft: the dialog shows one only when the draft came from it (the
 * follow-up's reminder drafts "How did the introduction go?").
 */
export const INTRODUCTION_TEMPLATES: ReadonlyArray<{ kind: TemplateKind; label: string }> = [
  { kind: "introduction_ask", label: "Asking before an introduction" },
  { kind: "introduction_both", label: "Introducing two people to each other" },
  { kind: "introduction_follow_up", label: "How did the introduction go?" },
];

export function templateLabel(kind: TemplateKind): string {
  return [...TEMPLATE_KINDS, ...INTRODUCTION_TEMPLATES].find((entry) => entry.kind === kind)?.label ?? kind;
}

/** Every placeholder a template may use, with what Curbside puts in its place. */
export const PLACEHOLDERS: ReadonlyArray<{ name: string; meaning: string }> = [
  { name: "{first_name}", meaning: "Their first name" },
  { name: "{last_name}", meaning: "Their last name" },
  { name: "{name}", meaning: "Their name as Curbside shows it" },
  { name: "{salutation}", meaning: "“Dr. Okafor” for a doctor, “Prof. Okafor” for a professor, otherwise their first name" },
  {
    name: "{topic}",
    meaning:
      "What you talked about: the topic of the meeting or event the reminder is about, else of your last conversation (never its note); for congratulations, the milestone’s note",
  },
  { name: "{event}", meaning: "The event that meeting or conversation was at" },
  { name: "{milestone}", meaning: "The milestone: “promotion”, “5 years at Charité”" },
  { name: "{institution}", meaning: "Where they work now" },
  { name: "{city}", meaning: "The city of the event a trip draft is about (the trip radar fills it)" },
  { name: "{dates}", meaning: "The days of that event: “7–10 November 2026”" },
  { name: "{my_name}", meaning: "Your own name" },
  { name: "{my_first_name}", meaning: "Your own first name" },
];

/** What "Copy" puts on the clipboard: the subject line, a blank line, the body. */
export function messageText(subject: string, body: string): string {
  return subject.trim() === "" ? body : `${subject.trim()}\n\n${body}`;
}

/** Percent-encodes all but RFC 3986's unreserved characters, line breaks as CRLF, as the backend does. */
function encodeField(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, "\r\n")).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The draft's mailto: link carrying the text as the user left it: the
 * backend's address part with the subject and body encoded again
 * (RFC 6068); an empty field is left out.
 */
export function mailtoWith(mailto: string, subject: string, body: string): string {
  const address = mailto.split("?")[0];
  const fields = [
    ["subject", subject],
    ["body", body],
  ].filter(([, value]) => value !== "");
  return fields.length === 0 ? address : `${address}?${fields.map(([name, value]) => `${name}=${encodeField(value)}`).join("&")}`;
}
