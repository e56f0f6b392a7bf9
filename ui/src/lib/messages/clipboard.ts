/**
 * Copying text for the user. The Clipboard API is the way; a webview that
 * refuses it (no permission, no secure context) still copies through a
 * hidden text area and `execCommand("copy")`.
 */

function copyThroughSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus();
  }
}

/** Puts `text` on the clipboard; false when neither way worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the old way below.
  }
  return copyThroughSelection(text);
}
