/**
 * When an event happens, in words: on the venue's clock and, when that differs,
 * on the user's ("09:00 Europe/Berlin · 03:00 your time"). All-day events read
 * as days. Built from an occurrence (the backend worked out the user's clock)
 * or from an event's own timing (worked out here).
 */
import type { EventTiming } from "../bindings/EventTiming";
import type { Occurrence } from "../bindings/Occurrence";
import type { Deadline } from "../bindings/Deadline";
import { t } from "../locale/i18n.svelte";
import {
  civilInZone,
  civilPart,
  dayOf,
  formatDay,
  formatDayTime,
  formatShortDay,
  formatTime,
  relativeTo,
  userZone,
  zonedToInstant,
  zoneLabel,
} from "./time";

/** A span of time on the venue's clock and on the user's. */
export type When =
  | { allDay: true; firstDay: string; lastDay: string }
  | { allDay: false; start: string; end: string; zone: string; viewerStart: string; viewerEnd: string };

export function whenOfOccurrence(occurrence: Occurrence): When {
  if (occurrence.all_day) {
    return { allDay: true, firstDay: dayOf(occurrence.viewer_start), lastDay: dayOf(occurrence.viewer_end) };
  }
  return {
    allDay: false,
    start: civilPart(occurrence.start),
    end: civilPart(occurrence.end),
    zone: occurrence.time_zone,
    viewerStart: civilPart(occurrence.viewer_start),
    viewerEnd: civilPart(occurrence.viewer_end),
  };
}

export function whenOfTiming(timing: EventTiming, viewerZone: string = userZone()): When {
  if (timing.type === "all_day") return { allDay: true, firstDay: timing.first_day, lastDay: timing.last_day };
  const onViewerClock = (civil: string) => {
    if (timing.time_zone === "") return civil;
    const instant = zonedToInstant(civil, timing.time_zone);
    return instant ? civilInZone(instant, viewerZone) : civil;
  };
  return {
    allDay: false,
    start: timing.start,
    end: timing.end,
    zone: timing.time_zone,
    viewerStart: onViewerClock(timing.start),
    viewerEnd: onViewerClock(timing.end),
  };
}

/** Whether the user's clock reads differently from the venue's. */
export function differsForViewer(when: When): boolean {
  return !when.allDay && when.zone !== "" && when.viewerStart !== when.start;
}

function span(start: string, end: string, withDay: boolean, short = false): string {
  const day = short ? formatShortDay : formatDay;
  const times = `${formatTime(start)}–${formatTime(end)}`;
  if (!withDay) return times;
  if (dayOf(start) === dayOf(end)) return `${day(start)}, ${times}`;
  return `${day(start)}, ${formatTime(start)} – ${day(end)}, ${formatTime(end)}`;
}

/** The days of an all-day span: "Sun, 29 Mar 2026" or "Sun, 29 Mar – Tue, 31 Mar 2026". */
export function daysText(firstDay: string, lastDay: string): string {
  if (firstDay === lastDay) return formatDay(firstDay);
  return `${formatShortDay(firstDay)} – ${formatDay(lastDay)}`;
}

/** The agenda's line: "09:00–17:00 Europe/Berlin · 03:00–11:00 your time", "All day", or just the times. */
export function timesText(when: When): string {
  if (when.allDay) return t("calendar.when.allDay");
  if (!differsForViewer(when)) return span(when.start, when.end, false);
  const viewerDay = dayOf(when.viewerStart) !== dayOf(when.start);
  const viewer = viewerDay ? span(when.viewerStart, when.viewerEnd, true, true) : span(when.viewerStart, when.viewerEnd, false);
  return t("calendar.when.bothClocks", { venue: span(when.start, when.end, false), zone: when.zone, viewer });
}

/** The detail pane's lines: the venue's day and times with its zone, then the user's when they differ. */
export function whenLines(when: When): { venue: string; viewer: string | null } {
  if (when.allDay) return { venue: daysText(when.firstDay, when.lastDay), viewer: null };
  const zone = when.zone === "" ? "" : ` ${when.zone}`;
  const venue = `${span(when.start, when.end, true)}${zone}`;
  return {
    venue,
    viewer: differsForViewer(when) ? t("calendar.when.yourTime", { when: span(when.viewerStart, when.viewerEnd, true) }) : null,
  };
}

/**
 * When a key date is due: in its own zone ("Sun, 1 Mar 2026, 23:59 Anywhere on
 * Earth"), on the user's clock when that reads differently, and how far off.
 */
export function dueText(
  deadline: Pick<Deadline, "due_local" | "time_zone" | "due_at">,
  now: Date = new Date(),
  viewerZone: string = userZone(),
): { local: string; viewer: string | null; relative: string } {
  const due = new Date(deadline.due_at);
  const local = `${formatDayTime(deadline.due_local)} ${zoneLabel(deadline.time_zone)}`;
  if (Number.isNaN(due.getTime())) return { local, viewer: null, relative: "" };
  const onViewerClock = civilInZone(due, viewerZone);
  const differs = civilPart(deadline.due_local) !== onViewerClock;
  return {
    local,
    viewer: differs ? t("calendar.when.yourTime", { when: formatDayTime(onViewerClock) }) : null,
    relative: relativeTo(due, now),
  };
}
