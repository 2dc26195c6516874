// Wall-clock times in IANA zones, converted with Intl only (DST gaps and overlaps included). Date-time
// text is read by the parser the app uses too (src/lib/wall-clock.ts).
import { inputToInstant, wallClockToInstant } from '../../../src/lib/wall-clock.js';

import type { DateTimeInput, LocalDateTime } from '../../../src/lib/wall-clock.js';

export { parseDateTimeInput, parseLocalDateTime } from '../../../src/lib/wall-clock.js';
export type { DateTimeInput, LocalDateTime } from '../../../src/lib/wall-clock.js';

const IANA_SHAPE = /^[A-Z][A-Za-z_-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** An IANA zone name this runtime knows, spelled as IANA spells it (`Etc/GMT+0`, `Asia/Kolkata`). */
export function isValidTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  if (!IANA_SHAPE.test(zone)) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The instant a date-time input names: its own offset when it has one, else wall-clock in `zone`. */
export function inputToUtc(input: DateTimeInput, zone: string): Date {
  return inputToInstant(input, (instantMs) => offsetMs(zone, instantMs));
}

/** The zone's offset from UTC (local minus UTC) at an instant, in milliseconds. */
export function offsetMs(zone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return local - Math.floor(instantMs / 1000) * 1000;
}

/** The instant a wall-clock time names in a zone (gaps and overlaps: see `wallClockToInstant`). */
export function zonedToUtc(local: LocalDateTime, zone: string): Date {
  return wallClockToInstant(local, (instantMs) => offsetMs(zone, instantMs));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2020-11-17T12:17:16`: the wall-clock time of an instant in a zone. */
export function utcToLocalIso(instant: Date, zone: string): string {
  const local = new Date(instant.getTime() + offsetMs(zone, instant.getTime()));
  return local.toISOString().slice(0, 19);
}

/** `+05:30`: the zone's offset at an instant. */
export function offsetString(instant: Date, zone: string): string {
  const minutes = Math.round(offsetMs(zone, instant.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `20201107T121716Z`, the iCalendar UTC form. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
