// Wall-clock date-time text ⇄ fields, and the instant a wall-clock time names in a zone. The one
// parser the app and the sandbox share (the sandbox imports this file too), so it imports nothing and
// uses no DOM; each side brings its own source of zone offsets.

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface DateTimeInput {
  local: LocalDateTime;
  /** Minutes east of UTC when the text names its offset; undefined for wall-clock text. */
  offsetMinutes?: number;
}

// A date, optionally a time (seconds and a fraction optional), then optionally `Z` or `±HH:MM`.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_OFFSET_MINUTES = 14 * 60;

/** Minutes east of UTC a designator names (`Z`, `+05:30`); null past ±14:00 or with minutes over 59. */
function offsetMinutesOf(designator: string): number | null {
  if (designator === 'Z') return 0;
  const hours = Number(designator.slice(1, 3));
  const minutes = Number(designator.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return null;
  return (designator.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Reads an ISO date (`2020-11-06`, midnight), a local date-time (`2020-11-17T12:17:16.153321`; seconds
 * and fraction optional, the fraction dropped) or one with `Z` or an offset (`…T12:17:16.153Z`,
 * `…+02:00`, at most ±14:00). Null for anything else, including days the calendar does not have.
 */
export function parseDateTimeInput(text: string): DateTimeInput | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', designator] = m;
  const local = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
  };
  const probe = new Date(localAsUtcMs(local));
  if (
    probe.getUTCFullYear() !== local.year ||
    probe.getUTCMonth() !== local.month - 1 ||
    probe.getUTCDate() !== local.day ||
    local.hour > 23 ||
    local.minute > 59 ||
    local.second > 59
  ) {
    return null;
  }
  if (designator === undefined) return { local };
  const offsetMinutes = offsetMinutesOf(designator);
  return offsetMinutes === null ? null : { local, offsetMinutes };
}

/** The wall-clock fields of date-time text with no offset; null for anything else. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const parsed = parseDateTimeInput(text);
  return parsed && parsed.offsetMinutes === undefined ? parsed.local : null;
}

/** The fields read as if they were UTC: the arithmetic base of every conversion. */
export function localAsUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-12-01T09:30:00`: the form the API takes (no offset). */
export function formatLocalDateTime(local: LocalDateTime): string {
  return `${formatLocalDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}

/** `2026-12-01` */
export function formatLocalDate(local: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

/** A zone's offset from UTC (local minus UTC) at an instant, both in milliseconds. */
export type ZoneOffsetMs = (instantMs: number) => number;

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time names in a zone. Ambiguous and skipped times are resolved the way
 * calendars (and Temporal's "compatible" disambiguation) do: in a fall-back overlap the earlier
 * instant (01:30 on 2026-11-01 in Los Angeles is 01:30 PDT); in a spring-forward gap the time moves
 * forward by the gap (02:30 on 2026-03-08 in Los Angeles becomes 03:30 PDT).
 */
export function wallClockToInstant(local: LocalDateTime, offsetAt: ZoneOffsetMs): Date {
  const wall = localAsUtcMs(local);
  // The offsets a day either side bound the ones in play (zones change offset at most once a day).
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: read the time with the offset in force before it, which lands after the gap.
  return new Date(wall - before);
}

/** The instant date-time input names: its own offset when it has one, else wall-clock in the zone. */
export function inputToInstant(input: DateTimeInput, offsetAt: ZoneOffsetMs): Date {
  if (input.offsetMinutes === undefined) return wallClockToInstant(input.local, offsetAt);
  return new Date(localAsUtcMs(input.local) - input.offsetMinutes * 60_000);
}
