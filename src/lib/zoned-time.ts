// Local date-times in an IANA zone ⇄ instants. The Meet API speaks wall-clock times with a separate
// zone (`2026-12-01T09:30:00` + `Europe/Chisinau`), never offsets, so every conversion goes through
// here and is tested across DST changes.
import { tzOffset } from '@date-fns/tz';

import {
  formatLocalDateTime,
  localAsUtcMs,
  parseDateTimeInput,
  wallClockToInstant,
  type LocalDateTime,
} from '@/lib/wall-clock';

const MINUTE_MS = 60_000;

/**
 * The wall-clock fields of an ISO date or local date-time from the API. A trailing offset or `Z` (the
 * API adds `+00:00` on created events) is ignored: the fields are the event's wall-clock time in its
 * zone. The guide's models also write a space for the `T` (`2020-10-18 12:17:16.1532`).
 */
export function parseLocalDateTime(value: string): LocalDateTime | null {
  return parseDateTimeInput(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T'))?.local ?? null;
}

/** The wall-clock fields an instant has in a zone. */
function instantToParts(instant: Date, zone: string): LocalDateTime {
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

/** The instant a wall-clock time names in `zone` (gaps and overlaps: see `wallClockToInstant`). */
function partsToInstant(parts: LocalDateTime, zone: string): Date {
  return wallClockToInstant(parts, (instantMs) => tzOffset(zone, new Date(instantMs)) * MINUTE_MS);
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
  return formatInstant(new Date(localAsUtcMs(parts)), 'UTC', locale);
}
