/** Helpers for the app-wide shortcuts (`/`, `n`, Escape, Ctrl/⌘+Z). */

const TEXT_INPUT_TYPES = new Set([
  "text", "search", "email", "tel", "url", "password", "number", "date",
  "datetime-local", "month", "time", "week",
]);

/** True when typing at `target` would enter text, so single-key shortcuts must stay quiet. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** True for a bare key press (no Ctrl, Alt or Meta, not mid-composition). */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;
}

/** True for Ctrl+Z (⌘Z on a Mac): undo, without Shift (which is redo) or Alt. */
export function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z";
}
