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
  specialty: string;
  institution: string;
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
    specialty: "",
    institution: "",
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

/** Form text to a draft: trims fields, splits lists, drops blank entries. */
export function draftFromFormText(form: ContactFormText): ContactDraft {
  return {
    display_name: form.display_name.trim(),
    credentials: form.credentials.trim(),
    specialty: form.specialty.trim(),
    institution: form.institution.trim(),
    emails: splitOn(form.emails, /\r?\n/),
    phones: splitOn(form.phones, /\r?\n/),
    tags: splitOn(form.tags, /,/),
    notes: form.notes.trim(),
  };
}

/** A saved contact or a draft back to form text, for editing. */
export function formTextFromDraft(draft: ContactDraft | Contact): ContactFormText {
  return {
    display_name: draft.display_name,
    credentials: draft.credentials,
    specialty: draft.specialty,
    institution: draft.institution,
    emails: draft.emails.join("\n"),
    phones: draft.phones.join("\n"),
    tags: draft.tags.join(", "),
    notes: draft.notes,
  };
}
