import { describe, expect, it } from 'vitest';

import {
  formatLocalDateTime,
  inputToInstant,
  parseDateTimeInput,
  parseLocalDateTime,
  wallClockToInstant,
  type ZoneOffsetMs,
} from '@/lib/wall-clock';

const HOUR_MS = 3_600_000;
const fields = (text: string) => {
  const parsed = parseLocalDateTime(text);
  if (!parsed) throw new Error(`not a date-time: ${text}`);
  return parsed;
};

describe('parseDateTimeInput', () => {
  it('reads dates, local date-times (seconds and fractions optional) and date-times with an offset', () => {
    expect(parseDateTimeInput('2020-11-06')).toEqual({
      local: { year: 2020, month: 11, day: 6, hour: 0, minute: 0, second: 0 },
    });
    expect(parseDateTimeInput('2020-11-17T12:17')?.local.minute).toBe(17);
    expect(parseDateTimeInput('2020-11-17T12:17:16.153321')).toEqual({
      local: { year: 2020, month: 11, day: 17, hour: 12, minute: 17, second: 16 },
    });
    expect(parseDateTimeInput('2020-10-18T12:17:16.153Z')?.offsetMinutes).toBe(0);
    expect(parseDateTimeInput('2020-10-18T12:17:16+05:30')?.offsetMinutes).toBe(330);
    expect(parseDateTimeInput('2020-10-18T12:17:16-14:00')?.offsetMinutes).toBe(-840);
  });

  it('refuses days the calendar does not have, impossible times and offsets past ±14:00', () => {
    for (const text of [
      'yesterday',
      '2026-02-29T00:00:00',
      '2026-04-31',
      '2026-13-01T00:00:00',
      '2026-01-01T24:00:00',
      '2026-01-01T10:60:00',
      '2026-01-01T10:00:60',
      '2026-01-01T10:00:00+14:01',
      '2026-01-01T10:00:00+05:60',
      '2026-01-01Z',
      '2026-01-01T10:00:00 trailing',
    ]) {
      expect(parseDateTimeInput(text), text).toBeNull();
    }
    expect(parseDateTimeInput('2028-02-29T00:00:00')).not.toBeNull();
  });

  it('keeps wall-clock text apart from text that names its offset', () => {
    expect(parseLocalDateTime('2020-11-17T12:17:16')).not.toBeNull();
    expect(parseLocalDateTime('2020-11-17T12:17:16Z')).toBeNull();
  });
});

describe('wallClockToInstant', () => {
  // A zone at +02:00 that springs forward to +03:00 at 2026-03-29T00:00Z and falls back at 2026-10-25T00:00Z.
  const springMs = Date.UTC(2026, 2, 29, 0);
  const fallMs = Date.UTC(2026, 9, 25, 0);
  const offsetAt: ZoneOffsetMs = (ms) => (ms >= springMs && ms < fallMs ? 3 * HOUR_MS : 2 * HOUR_MS);
  const iso = (text: string) => wallClockToInstant(fields(text), offsetAt).toISOString();

  it('reads an ordinary time with the offset in force', () => {
    expect(iso('2026-01-10T12:00:00')).toBe('2026-01-10T10:00:00.000Z');
    expect(iso('2026-07-10T12:00:00')).toBe('2026-07-10T09:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(iso('2026-03-29T02:30:00')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('reads a time in the fall-back overlap as the earlier instant', () => {
    expect(iso('2026-10-25T02:30:00')).toBe('2026-10-24T23:30:00.000Z');
  });

  it('uses the offset the text names over the zone', () => {
    const input = parseDateTimeInput('2026-07-10T12:00:00-07:00');
    expect(input && inputToInstant(input, offsetAt).toISOString()).toBe('2026-07-10T19:00:00.000Z');
  });
});

describe('formatLocalDateTime', () => {
  it('writes the fields back as the API takes them', () => {
    expect(formatLocalDateTime(fields('2026-12-01T09:30'))).toBe('2026-12-01T09:30:00');
  });
});
