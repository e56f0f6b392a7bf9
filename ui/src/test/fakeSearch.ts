/**
 * The fake backend's contact search: a plain-JS approximation of the
 * backend's (accent- and case-insensitive, every word must match). The app
 * itself always asks the backend.
 */
import type { Contact } from "../lib/bindings/Contact";

/** Lower-cases and strips accents, so "Müller" and "muller" compare equal. */
function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** True when every word of the query appears in the contact's name, specialty, institution or tags. */
export function contactMatches(contact: Contact, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [contact.display_name, contact.specialty, contact.institution, ...contact.tags].join("\n"),
  );
  return words.every((word) => haystack.includes(word));
}
