/** The recovery key as the user reads it: groups of four, checked when typed back. */

/** The key's groups, in order (`ABCD-EFGH` → `["ABCD", "EFGH"]`). */
export function keyGroups(key: string): string[] {
  return key
    .split("-")
    .map((group) => group.trim())
    .filter((group) => group !== "");
}

/** Whether `typed` is the key's last group, ignoring case, spaces and dashes. */
export function matchesLastGroup(key: string, typed: string): boolean {
  const last = keyGroups(key).at(-1);
  const cleaned = typed.replace(/[\s-]/g, "").toUpperCase();
  return last !== undefined && cleaned !== "" && cleaned === last.toUpperCase();
}
