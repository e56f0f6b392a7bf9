/** Which rows of a long list are worth rendering, given how far it is scrolled. */

export interface ViewportMetrics {
  /** Pixels scrolled from the top of the list. */
  scrollTop: number;
  /** Height of the visible part of the list, in pixels. */
  viewportHeight: number;
  /** Height of every row, in pixels. */
  rowHeight: number;
  /** How many rows the list has. */
  count: number;
  /** Extra rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
  overscan: number;
}

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/** The rows to render: those on screen plus `overscan` either side, clamped to the list. */
export function visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan }: ViewportMetrics): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const lastVisible = Math.min(count - 1, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - 1);
  return {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(count, Math.max(firstVisible, lastVisible) + 1 + overscan),
  };
}

/**
 * The scroll position that brings row `index` fully into view while moving as
 * little as possible; the current position when it is already visible.
 */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}
