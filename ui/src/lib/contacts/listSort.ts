/**
 * The contact list's order (by the name shown, family name or given name),
 * which the core sorts by. The choice is this computer's, kept in the
 * window's local storage like the theme.
 */
import type { ContactSort } from "../bindings/ContactSort";

/** Where the choice is kept. */
export const SORT_KEY = "curbside.contactSort";

/** The orders offered, with the words the user sees. */
export const SORTS: ReadonlyArray<{ value: ContactSort; label: string }> = [
  { value: "name", label: "Name as shown" },
  { value: "family", label: "Family name" },
  { value: "given", label: "Given name" },
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
