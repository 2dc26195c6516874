// Local date-times in an IANA zone ⇄ instants. The Meet API speaks wall-clock times with a separate
// zone (`2026-12-01T09:30:00` + `Europe/Chisinau`), never offsets, so every conversion goes through
// here and is tested across DST changes.
import { tzOffset } from '@date-fns/tz';

export interface LocalDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The wall-clock fields of an ISO date or local date-time. A trailing offset or `Z` (the API adds
 * `+00:00` on created events) is ignored: the fields are the event's wall-clock time in its zone.
 */
export function parseLocalDateTime(value: string): LocalDateTimeParts | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
  };
  if (
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day < 1 ||
    parts.day > 31 ||
    parts.hour > 23 ||
    parts.minute > 59 ||
    parts.second > 59
  ) {
    return null;
  }
  return parts;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-12-01T09:30:00`: the form the API takes (no offset). */
export function formatLocalDateTime(parts: LocalDateTimeParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

/** `2026-12-01` */
export function formatLocalDate(parts: Pick<LocalDateTimeParts, 'year' | 'month' | 'day'>): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

function partsAsUtcMs(parts: LocalDateTimeParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The wall-clock fields an instant has in a zone. */
export function instantToParts(instant: Date, zone: string): LocalDateTimeParts {
  const shifted = new Date(instant.getTime() + tzOffset(zone, instant) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant as a local date-time in `zone` (`2026-12-01T09:30:00`). */
export function instantToLocal(instant: Date, zone: string): string {
  return formatLocalDateTime(instantToParts(instant, zone));
}

/**
 * The instant a wall-clock time in `zone` names. Ambiguous and skipped times are resolved the way
 * calendars (and Temporal's "compatible" disambiguation) do: in a fall-back overlap the earlier
 * instant (01:30 on 2026-11-01 in Los Angeles is 01:30 PDT); in a spring-forward gap the time moves
 * forward by the gap (02:30 on 2026-03-08 in Los Angeles becomes 03:30 PDT).
 */
export function partsToInstant(parts: LocalDateTimeParts, zone: string): Date {
  const asUtc = partsAsUtcMs(parts);
  // The offsets a day either side bound the ones in play (zones change offset at most once a day).
  const before = tzOffset(zone, new Date(asUtc - DAY_MS));
  const after = tzOffset(zone, new Date(asUtc + DAY_MS));
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((ms) => partsAsUtcMs(instantToParts(new Date(ms), zone)) === asUtc)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In a gap: read the time with the offset in force before it, which lands after the gap.
  return new Date(asUtc - before * MINUTE_MS);
}

/** The instant a local date-time string in `zone` names; null for a string that is not one. */
export function localToInstant(local: string, zone: string): Date | null {
  const parts = parseLocalDateTime(local);
  return parts ? partsToInstant(parts, zone) : null;
}

/** Now, as a local date-time in `zone`. */
export function nowInZone(zone: string, now: Date = new Date()): string {
  return instantToLocal(now, zone);
}

/**
 * Date pickers work in the browser's zone, but ours must show the wall-clock time of the chosen zone.
 * A "carrier" is a browser-local Date whose local fields are that wall-clock time; it only carries
 * fields between the picker and these helpers, it never stands for an instant.
 */
export function localToCarrier(local: string): Date | null {
  const parts = parseLocalDateTime(local);
  if (!parts) return null;
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The local date-time a carrier holds; null for an empty or invalid picker value. */
export function carrierToLocal(carrier: Date | null | undefined): string | null {
  if (!carrier || Number.isNaN(carrier.getTime())) return null;
  return formatLocalDateTime({
    year: carrier.getFullYear(),
    month: carrier.getMonth() + 1,
    day: carrier.getDate(),
    hour: carrier.getHours(),
    minute: carrier.getMinutes(),
    second: carrier.getSeconds(),
  });
}

/** A picked date (a carrier) as the API's date (`2026-12-01`); null when empty or invalid. */
export function carrierToLocalDate(carrier: Date | null | undefined): string | null {
  const local = carrierToLocal(carrier);
  return local ? local.slice(0, 10) : null;
}

/** An instant as people read it in a zone: "Dec 1, 2026, 9:30 AM". */
export function formatInstant(instant: Date, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(instant);
}

/** A wall-clock time in its zone as people read it; the raw text when it cannot be read. */
export function formatLocal(local: string, zone: string, locale?: string): string {
  const parts = parseLocalDateTime(local);
  if (!parts) return local;
  const instant = partsToInstant(parts, zone);
  try {
    if (!Number.isNaN(instant.getTime())) return formatInstant(instant, zone, locale);
  } catch {
    // An unknown zone: fall through and show the wall-clock fields as they are.
  }
  return formatInstant(new Date(partsAsUtcMs(parts)), 'UTC', locale);
}
