/**
 * Converts between what the contact form holds (plain text per field) and the
 * `ContactDraft` the backend takes.
 */
import type { Address } from "../bindings/Address";
import type { Contact } from "../bindings/Contact";
import type { ContactDraft } from "../bindings/ContactDraft";
import type { Labeled } from "../bindings/Labeled";
import type { FieldErrors } from "../widgets/fieldErrors";
import { t } from "../locale/i18n.svelte";
import { monthDayParts, monthDayProblem, monthDayText, noMonthDay, type MonthDayParts } from "../widgets/monthDay";

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
  /** Month, day and the year if known, as the picker holds them. */
  birthday: MonthDayParts;
  /** IANA zone name. */
  time_zone: string;
  /** When we met, `YYYY-MM-DD`. */
  met_on: string;
  /** Where we met, in the user's words. */
  met_at: string;
  /** The contact who introduced us. */
  introduced_by: number | null;
  /** One address per line. */
  emails: string;
  /** One number per line. */
  phones: string;
  /** Comma-separated. */
  tags: string;
  notes: string;
  /** One row per link; blank rows are dropped on save. */
  links: Labeled[];
  /** One row per address; blank rows are dropped on save. */
  addresses: Address[];
}

/** Labels the link rows suggest: these names, and the catalogue's word for a website. */
export const LINK_LABELS = ["LinkedIn", "Doximity", "Sermo", "ORCID", "X"];

export function emptyLink(): Labeled {
  return { label: "", value: "" };
}

export function emptyAddress(): Address {
  return { label: "", po_box: "", extended: "", street: "", locality: "", region: "", postal_code: "", country: "" };
}

function trimmedAddress(address: Address): Address {
  const trimmed = emptyAddress();
  for (const key of Object.keys(trimmed) as Array<keyof Address>) trimmed[key] = (address[key] ?? "").trim();
  return trimmed;
}

/** True when an address says where, not just what it is called. */
function hasPlace(address: Address): boolean {
  return (Object.keys(address) as Array<keyof Address>).some((key) => key !== "label" && address[key] !== "");
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
    birthday: noMonthDay(),
    time_zone: "",
    met_on: "",
    met_at: "",
    introduced_by: null,
    emails: "",
    phones: "",
    tags: "",
    notes: "",
    links: [],
    addresses: [],
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
 * Form text to a draft: trims fields, splits lists, drops blank entries and
 * rows. Fields the form does not show are kept from `base` (the contact being
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
    birthday: monthDayText(form.birthday),
    time_zone: form.time_zone.trim(),
    emails: splitOn(form.emails, /\r?\n/),
    phones: splitOn(form.phones, /\r?\n/),
    tags: splitOn(form.tags, /,/),
    notes: form.notes.trim(),
    links: form.links
      .map((link) => ({ label: link.label.trim(), value: link.value.trim() }))
      .filter((link) => link.value !== ""),
    addresses: form.addresses.map(trimmedAddress).filter(hasPlace),
  };
  if (display_name !== base.display_name) delete draft.name;
  const metOn = form.met_on.trim();
  const metAt = form.met_at.trim();
  if (base.met || metOn !== "" || metAt !== "" || form.introduced_by !== null) {
    draft.met = { on: metOn === "" ? null : metOn, at: metAt, introduced_by: form.introduced_by };
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
    birthday: monthDayParts(draft.birthday),
    time_zone: draft.time_zone,
    met_on: draft.met?.on ?? "",
    met_at: draft.met?.at ?? "",
    introduced_by: draft.met?.introduced_by ?? null,
    emails: draft.emails.join("\n"),
    phones: draft.phones.join("\n"),
    tags: draft.tags.join(", "),
    notes: draft.notes,
    // Copies, so editing a row never changes the contact being shown.
    links: draft.links.map((link) => ({ ...link })),
    addresses: draft.addresses.map((address) => ({ ...address })),
  };
}

/** Whether an email line is shaped like an address, as the core checks it. */
function looksLikeEmail(value: string): boolean {
  const at = value.indexOf("@");
  return at > 0 && at < value.length - 1 && value.indexOf("@", at + 1) === -1 && !/\s/.test(value);
}

/**
 * Every problem of the form at once, by field, so each shows at its field
 * before anything is sent; the same rules the core applies on save (which
 * remains the judge: its own refusals land on their field too, see
 * `formFieldOf`; the time zone, whose names only the core knows in full, is
 * left to it).
 */
export function contactFormErrors(form: ContactFormText, locale?: string): FieldErrors {
  const errors: FieldErrors = {};
  if (form.display_name.trim() === "") errors.display_name = t("contacts.form.errors.nameRequired");
  const badEmail = splitOn(form.emails, /\r?\n/).find((email) => !looksLikeEmail(email));
  if (badEmail !== undefined) errors.emails = t("contacts.form.errors.notEmail", { value: badEmail });
  const badPhone = splitOn(form.phones, /\r?\n/).find((phone) => !/\d/.test(phone));
  if (badPhone !== undefined) errors.phones = t("contacts.form.errors.notPhone", { value: badPhone });
  const birthday = monthDayProblem(form.birthday, locale);
  if (birthday) errors.birthday = birthday;
  const metOn = form.met_on.trim();
  if (metOn !== "" && (!/^\d{4}-\d{2}-\d{2}$/.test(metOn) || Number.isNaN(Date.parse(metOn)))) {
    errors.met_on = t("contacts.form.errors.notDate", { value: metOn });

  }
  return errors;
}

/**
 * The contact form's field for a field the core names in a refusal (with its
 * message, which tells "where you met" from "met on"); undefined when the form
 * does not show that field.
 */
export function formFieldOf(coreField: string, message = ""): keyof ContactFormText | undefined {
  switch (coreField) {
    case "name":
      return "display_name";
    case "met":
      return message.startsWith("Where you met") ? "met_at" : "met_on";
    case "nickname":
      return undefined;
    default:
      return coreField in emptyFormText() ? (coreField as keyof ContactFormText) : undefined;
  }
}
