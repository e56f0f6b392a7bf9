/**
 * The fake backend's contact search: a plain-JS approximation of the
 * backend's (accent- and case-insensitive, every word must match). The app
 * itself always asks the backend.
 */
import type { Contact } from "../lib/bindings/Contact";
import type { ContactMatch } from "../lib/bindings/ContactMatch";
import type { SnippetPart } from "../lib/bindings/SnippetPart";

/** Lower-cases and strips accents, so "Müller" and "muller" compare equal. */
function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** True when every word of the query appears in the contact's name, specialty, institution or tags. */
export function contactMatches(contact: Contact, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [contact.display_name, contact.specialty, contact.institution, ...contact.tags, contact.notes].join("\n"),
  );
  return words.every((word) => haystack.includes(word));
}

/** The note or institution with the query's words marked, as the backend's snippet marks them (not cut short). */
function marked(text: string, words: string[]): SnippetPart[] | null {
  const parts: SnippetPart[] = text
    .split(/(\p{L}[\p{L}\p{N}]*)/u)
    .filter((piece) => piece !== "")
    .map((piece) => ({ text: piece, matched: words.some((word) => foldForSearch(piece).startsWith(word)) }));
  return parts.some((part) => part.matched) ? parts : null;
}

/** Why the contact matched when not by name (the note, then the institution); null for a name match. */
export function matchOf(contact: Contact, query: string): ContactMatch | null {
  const words = foldForSearch(query).split(/\s+/).filter((word) => word !== "");
  const name = foldForSearch(contact.display_name);
  const outside = words.filter((word) => !name.includes(word));
  if (outside.length === 0) return null;
  const note = marked(contact.notes, outside);
  if (note) return { field: "note", label: "Note", snippet: note };
  const institution = marked(contact.institution, outside);
  if (institution) return { field: "institution", label: "Institution", snippet: institution };
  return null;
}
