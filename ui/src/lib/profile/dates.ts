/** Shows the backend's timestamps in the user's own locale and time zone. */
import { fmt } from "../locale/current.svelte";

/** A stored timestamp as the user reads it; the raw text if it cannot be parsed. */
export function formatTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : fmt().dateAndTime(date);
}
