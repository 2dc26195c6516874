// Wall-clock times in IANA zones, converted with Intl only (DST gaps and overlaps included).

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

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;

/** Parses `2020-11-17T12:17:16(.153321)`; the fraction is dropped. Null when not a real date-time. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = LOCAL_PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? '0');
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return { year, month, day, hour, minute, second };
}

/** `Z` or `±HH:MM` after a date-time: the guide's Swagger model writes `…T16:14:16.153Z`. */
const WITH_OFFSET = /^(.*?)(Z|[+-]\d{2}:\d{2})$/;

export interface DateTimeInput {
  local: LocalDateTime;
  /** Minutes east of UTC when the text names its offset; undefined for wall-clock text. */
  offsetMinutes?: number;
}

/**
 * Parses a local date-time (`2020-11-17T12:17:16.153321`) or one with `Z` or an offset
 * (`2020-10-18T12:17:16.153Z`, `…+02:00`, at most ±14:00). Null when not a real date-time.
 */
export function parseDateTimeInput(text: string): DateTimeInput | null {
  const m = WITH_OFFSET.exec(text);
  const local = parseLocalDateTime(m ? (m[1] ?? '') : text);
  if (!local) return null;
  if (!m) return { local };
  const designator = m[2] ?? 'Z';
  if (designator === 'Z') return { local, offsetMinutes: 0 };
  const sign = designator.startsWith('-') ? -1 : 1;
  const hours = Number(designator.slice(1, 3));
  const minutes = Number(designator.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return { local, offsetMinutes: sign * (hours * 60 + minutes) };
}

/** The instant a date-time input names: its own offset when it has one, else wall-clock in `zone`. */
export function inputToUtc(input: DateTimeInput, zone: string): Date {
  if (input.offsetMinutes === undefined) return zonedToUtc(input.local, zone);
  return new Date(asUtcMs(input.local) - input.offsetMinutes * 60_000);
}

function asUtcMs(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
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

/**
 * The instant a wall-clock time names in a zone. In a spring-forward gap the time moves
 * forward by the gap (02:30 → 03:30); in a fall-back overlap the earlier instant wins.
 */
export function zonedToUtc(local: LocalDateTime, zone: string): Date {
  const wall = asUtcMs(local);
  const day = 86_400_000;
  const before = offsetMs(zone, wall - day);
  const after = offsetMs(zone, wall + day);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetMs(zone, instant) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before);
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
