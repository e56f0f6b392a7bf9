/**
 * A catalogue for tests only: every English string marked "[fr] …", so a
 * string a screen writes without the catalogue shows up unmarked.
 */
import { en } from "../lib/locale/catalogues/en";

function marked<T extends object>(catalogue: T): T {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [key, typeof value === "string" ? `[fr] ${value}` : marked(value as object)]),
  ) as T;
}

/** The English catalogue with every string marked "[fr] ". */
export function markedCatalogue(): typeof en {
  return marked(en);
}
