/**
 * The contact list's order (by the name shown, family name or given name),
 * which the core sorts by. The choice is this computer's, kept in the
 * window's local storage like the theme.
 */
import type { ContactSort } from "../bindings/ContactSort";
import type { StringKey } from "../locale/i18n.svelte";

/** Where the choice is kept. */
export const SORT_KEY = "curbside.contactSort";

/** The orders offered, with the catalogue keys of the words the user sees. */
export const SORTS: ReadonlyArray<{ value: ContactSort; label: StringKey }> = [
  { value: "name", label: "contacts.sorts.name" },
  { value: "family", label: "contacts.sorts.family" },
  { value: "given", label: "contacts.sorts.given" },
];

function isSort(value: unknown): value is ContactSort {
  return SORTS.some((sort) => sort.value === value);
}

/** The order kept on this computer ("name" when none, or unreadable). */
export function storedSort(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): ContactSort {
  try {
    const kept = storage?.getItem(SORT_KEY);
    return isSort(kept) ? kept : "name";
  } catch {
    return "name";
  }
}

/** Keeps `sort` on this computer. */
export function keepSort(sort: ContactSort, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(SORT_KEY, sort);
  } catch {
    // Sorted anyway; it is only not remembered.
  }
}
