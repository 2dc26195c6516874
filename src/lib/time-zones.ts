// IANA time zones for pickers: every zone the browser knows plus the fixed-offset `Etc/` zones the API
// uses (`Etc/GMT+0`), each with its current UTC offset, and a forgiving search over them.

// Browsers list canonical zones only; the API speaks `Etc/GMT+0` and people type `UTC`.
// POSIX signs are inverted: Etc/GMT+5 is five hours *behind* UTC. The offset label below is computed,
// so it is always the real one (UTC−05:00 for Etc/GMT+5).
const FIXED_ZONES = [
  'UTC',
  'Etc/UTC',
  'Etc/GMT',
  'Etc/GMT+0',
  ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${String(i + 1)}`),
  ...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${String(i + 1)}`),
];

// The runtime's list uses CLDR's canonical names, some of them renamed in IANA since (Asia/Calcutta is
// Asia/Kolkata). Offer the current IANA name where the runtime accepts it.
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

let cachedZones: string[] | undefined;

/** Every IANA zone this browser supports, sorted, with the fixed `Etc/` zones and `UTC` included. */
export function listTimeZones(): string[] {
  if (cachedZones) return cachedZones;
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const current = supported.map((zone) => {
    const renamed = RENAMED[zone];
    return renamed && isValidTimeZone(renamed) ? renamed : zone;
  });
  const all = new Set<string>([...current, ...FIXED_ZONES.filter(isValidTimeZone)]);
  cachedZones = [...all].sort((a, b) => a.localeCompare(b));
  return cachedZones;
}

/** Whether the runtime can use this name as a time zone. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone (falls back to UTC when the runtime does not say). */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The zone's offset from UTC at `at`, in minutes (east positive: Asia/Kolkata is +330). */
export function timeZoneOffsetMinutes(zone: string, at: Date = new Date()): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" for zero, else "GMT+05:30" / "GMT-03:00".
  const match = /GMT([+-])(\d{1,2})(?::?(\d{2}))?/.exec(part ?? '');
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** "UTC+05:30", "UTC−03:00" (a real minus sign), "UTC±00:00". */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC±00:00';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const mins = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${mins}`;
}

/** The zone's name as people read it: "America/New York" for America/New_York. */
export function timeZoneDisplayName(zone: string): string {
  return zone.replace(/_/g, ' ');
}

export interface TimeZoneOption {
  zone: string;
  offsetMinutes: number;
  offset: string;
  /** Lower-cased text the search matches against. */
  searchText: string;
}

/** One option per zone, with the offset each has at `at`. */
export function timeZoneOptions(at: Date = new Date()): TimeZoneOption[] {
  // Every listed zone is valid: no need to check each again.
  return listTimeZones().map((zone) => optionOf(zone, timeZoneOffsetMinutes(zone, at)));
}

/**
 * Builds `timeZoneOptions()` a few zones at a time while the browser is idle (each zone's first use
 * costs the browser its rules: ~0.5 ms, 200 ms for all), then calls `done`. Returns a cancel.
 */
export function buildTimeZoneOptionsWhenIdle(done: (options: TimeZoneOption[]) => void): () => void {
  const zones = listTimeZones();
  const at = new Date();
  const options: TimeZoneOption[] = [];
  let cancelled = false;
  let cancelNext: () => void = () => undefined;
  const step = (hasTime: () => boolean) => {
    if (cancelled) return;
    do {
      const zone = zones[options.length];
      if (zone === undefined) break;
      options.push(optionOf(zone, timeZoneOffsetMinutes(zone, at)));
    } while (hasTime());
    if (options.length < zones.length) schedule();
    else done(options);
  };
  const schedule = () => {
    if ('requestIdleCallback' in window) {
      // At most 8 ms a turn, however long the idle period: a slow phone's turn then stays short too.
      const id = window.requestIdleCallback((deadline) => {
        const until = performance.now() + 8;
        step(() => deadline.timeRemaining() > 1 && performance.now() < until);
      });
      cancelNext = () => window.cancelIdleCallback(id);
    } else {
      let count = 0;
      const id = setTimeout(() => step(() => (count += 1) < 10));
      cancelNext = () => clearTimeout(id);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancelNext();
  };
}

export function toOption(zone: string, at: Date = new Date()): TimeZoneOption {
  return optionOf(zone, isValidTimeZone(zone) ? timeZoneOffsetMinutes(zone, at) : 0);
}

function optionOf(zone: string, offsetMinutes: number): TimeZoneOption {
  const offset = formatUtcOffset(offsetMinutes);
  const short = offset.replace('−', '-').replace('±', '+');
  // "UTC+05:30" is also found as "+5:30", "utc+5", "gmt+05:30".
  const hoursOnly = short.replace(/([+-])0?(\d+):00$/, '$1$2');
  const searchText = [
    zone,
    timeZoneDisplayName(zone),
    short,
    short.replace('UTC', 'GMT'),
    hoursOnly,
    short.replace(/([+-])0(\d)/, '$1$2'),
  ]
    .join(' ')
    .toLowerCase();
  return { zone, offsetMinutes, offset, searchText };
}

/** Every word of the query must appear (in any order): "york new", "kolkata", "+5:30", "utc-3". */
export function matchesTimeZone(option: TimeZoneOption, query: string): boolean {
  const words = query
    .toLowerCase()
    .replace(/−/g, '-')
    .split(/[\s/_]+/)
    .filter(Boolean);
  return words.every((word) => option.searchText.includes(word));
}
