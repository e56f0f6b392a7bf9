/**
 * The message templates as the user reads them: their names in the draft
 * dialog's picker, the placeholders a template may use and what each is
 * filled with, and the text a draft becomes when copied or mailed.
 */
import type { TemplateKind } from "../bindings/TemplateKind";
import { t, type StringKey } from "../locale/i18n.svelte";

/** A template and its name in the language in force (read when shown, so a language chosen later applies). */
export interface Template {
  kind: TemplateKind;
  readonly label: string;
}

function template(kind: TemplateKind, key: StringKey): Template {
  return {
    kind,
    get label() {
      return t(key);
    },
  };
}

/** A placeholder and what it is filled with, in the language in force. */
export interface Placeholder {
  name: string;
  readonly meaning: string;
}

function placeholder(name: string, key: StringKey): Placeholder {
  return {
    name,
    get meaning() {
      return t(key);
    },
  };
}

/** The templates a plain draft is written from, in the order the picker offers them. */
export const TEMPLATE_KINDS: ReadonlyArray<Template> = [
  template("follow_up", "messages.templates.followUp"),
  template("congratulations", "messages.templates.congratulations"),
  template("birthday", "messages.templates.birthday"),
  template("referral_thanks", "messages.templates.referralThanks"),
  template("introduction", "messages.templates.introduction"),
  template("article", "messages.templates.article"),
  template("trip", "messages.templates.trip"),
];

/**
 * The templates drafted from an introduction, never picked for a plain
 * draft: the dialog shows one only when the draft came from it (the
 * follow-up's reminder drafts "How did the introduction go?").
 */
export const INTRODUCTION_TEMPLATES: ReadonlyArray<Template> = [
  template("introduction_ask", "messages.templates.introductionAsk"),
  template("introduction_both", "messages.templates.introductionBoth"),
  template("introduction_follow_up", "messages.templates.introductionFollowUp"),
];

export function templateLabel(kind: TemplateKind): string {
  return [...TEMPLATE_KINDS, ...INTRODUCTION_TEMPLATES].find((entry) => entry.kind === kind)?.label ?? kind;
}

/** Every placeholder a template may use, with what Curbside puts in its place. */
export const PLACEHOLDERS: ReadonlyArray<Placeholder> = [
  placeholder("{first_name}", "messages.placeholders.firstName"),
  placeholder("{last_name}", "messages.placeholders.lastName"),
  placeholder("{name}", "messages.placeholders.name"),
  placeholder("{salutation}", "messages.placeholders.salutation"),
  placeholder("{topic}", "messages.placeholders.topic"),
  placeholder("{event}", "messages.placeholders.event"),
  placeholder("{milestone}", "messages.placeholders.milestone"),
  placeholder("{institution}", "messages.placeholders.institution"),
  placeholder("{city}", "messages.placeholders.city"),
  placeholder("{dates}", "messages.placeholders.dates"),
  placeholder("{my_name}", "messages.placeholders.myName"),
  placeholder("{my_first_name}", "messages.placeholders.myFirstName"),
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
