/**
 * Converts between what the contact form holds (plain text per field) and the
 * `ContactDraft` the backend takes.
 */
import type { Contact } from "./bindings/Contact";
import type { ContactDraft } from "./bindings/ContactDraft";

/** The contact form's fields, exactly as typed. */
export interface ContactFormText {
  display_name: string;
  credentials: string;
  pronouns: string;
  specialty: string;
  subspecialty: string;
  field: string;
  title: string;
  department: string;
  institution: string;
  /** `YYYY-MM-DD`, or `--MM-DD` without the year. */
  birthday: string;
  /** IANA zone name. */
  time_zone: string;
  /** When we met, `YYYY-MM-DD`. */
  met_on: string;
  /** Where we met, in the user's words. */
  met_at: string;
  /** One address per line. */
  emails: string;
  /** One number per line. */
  phones: string;
  /** Comma-separated. */
  tags: string;
  notes: string;
}

export function emptyFormText(): ContactFormText {
  return {
    display_name: "",
    credentials: "",
    pronouns: "",
    specialty: "",
    subspecialty: "",
    field: "",
    title: "",
    department: "",
    institution: "",
    birthday: "",
    time_zone: "",
    met_on: "",
    met_at: "",
    emails: "",
    phones: "",
    tags: "",
    notes: "",
  };
}

function splitOn(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** A draft with every field empty. */
export function emptyDraft(): ContactDraft {
  return {
    display_name: "",
    nickname: "",
    credentials: "",
    pronouns: "",
    specialty: "",
    subspecialty: "",
    field: "",
    institution: "",
    department: "",
    title: "",
    emails: [],
    phones: [],
    links: [],
    addresses: [],
    birthday: "",
    time_zone: "",
    tags: [],
    notes: "",
  };
}

/** A stored contact as a draft that would save it back unchanged. */
export function draftOf(contact: Contact): ContactDraft {
  return {
    display_name: contact.display_name,
    name: contact.name,
    nickname: contact.nickname,
    credentials: contact.credentials,
    pronouns: contact.pronouns,
    specialty: contact.specialty,
    subspecialty: contact.subspecialty,
    field: contact.field,
    institution: contact.institution,
    department: contact.department,
    title: contact.title,
    emails: contact.emails,
    phones: contact.phones,
    links: contact.links,
    addresses: contact.addresses,
    birthday: contact.birthday ?? "",
    time_zone: contact.time_zone,
    tags: contact.tags,
    notes: contact.notes,
    met: contact.met,
  };
}

/**
 * Form text to a draft: trims fields, splits lists, drops blank entries.
 * Fields the form does not show are kept from `base` (the contact being
 * edited), so editing never loses what an import brought in. A changed name
 * drops the old name parts, which no longer match it.
 */
export function draftFromFormText(form: ContactFormText, base: ContactDraft = emptyDraft()): ContactDraft {
  const display_name = form.display_name.trim();
  const draft: ContactDraft = {
    ...base,
    display_name,
    credentials: form.credentials.trim(),
    pronouns: form.pronouns.trim(),
    specialty: form.specialty.trim(),
    subspecialty: form.subspecialty.trim(),
    field: form.field.trim(),
    title: form.title.trim(),
    department: form.department.trim(),
    institution: form.institution.trim(),
    birthday: form.birthday.trim(),
    time_zone: form.time_zone.trim(),
    emails: splitOn(form.emails, /\r?\n/),
    phones: splitOn(form.phones, /\r?\n/),
    tags: splitOn(form.tags, /,/),
    notes: form.notes.trim(),
  };
  if (display_name !== base.display_name) delete draft.name;
  const metOn = form.met_on.trim();
  const metAt = form.met_at.trim();
  // Who introduced us is not on the form; it stays as stored.
  if (base.met || metOn !== "" || metAt !== "") {
    draft.met = { on: metOn === "" ? null : metOn, at: metAt, introduced_by: base.met?.introduced_by ?? null };
  }
  return draft;
}

/** A saved contact or a draft back to form text, for editing. */
export function formTextFromDraft(draft: ContactDraft | Contact): ContactFormText {
  return {
    display_name: draft.display_name,
    credentials: draft.credentials,
    pronouns: draft.pronouns,
    specialty: draft.specialty,
    subspecialty: draft.subspecialty,
    field: draft.field,
    title: draft.title,
    department: draft.department,
    institution: draft.institution,
    birthday: draft.birthday ?? "",
    time_zone: draft.time_zone,
    met_on: draft.met?.on ?? "",
    met_at: draft.met?.at ?? "",
    emails: draft.emails.join("\n"),
    phones: draft.phones.join("\n"),
    tags: draft.tags.join(", "),
    notes: draft.notes,
  };
}
