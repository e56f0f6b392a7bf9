/** Multi-selection in the contact list: click, Ctrl/Cmd-click to toggle, Shift-click for a range. */

export interface Selection {
  /** The checked contacts. */
  ids: ReadonlySet<number>;
  /** Where the next Shift-click range starts. */
  anchor: number | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

/** Checks or unchecks one contact, and makes it the anchor. */
export function toggle(selection: Selection, id: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Checks every contact from the anchor to `id` in list order, adding to what is
 * already checked. Without an anchor (or when it left the list) it checks just `id`.
 */
export function extendTo(selection: Selection, id: number, order: readonly number[]): Selection {
  const to = order.indexOf(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to === -1) return selection;
  if (from === -1) return { ids: new Set([...selection.ids, id]), anchor: id };
  const [low, high] = from <= to ? [from, to] : [to, from];
  return { ids: new Set([...selection.ids, ...order.slice(low, high + 1)]), anchor: selection.anchor };
}

/** The checked ids in list order (what bulk actions send). */
export function inListOrder(selection: Selection, order: readonly number[]): number[] {
  return order.filter((id) => selection.ids.has(id));
}

/** Drops ids that no longer exist. */
export function keepOnly(selection: Selection, existing: ReadonlySet<number>): Selection {
  const ids = new Set([...selection.ids].filter((id) => existing.has(id)));
  const anchor = selection.anchor !== null && existing.has(selection.anchor) ? selection.anchor : null;
  return { ids, anchor };
}
