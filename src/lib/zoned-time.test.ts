import { describe, expect, it } from 'vitest';

import {
  carrierToLocal,
  carrierToLocalDate,
  formatLocal,
  instantToLocal,
  localToCarrier,
  localToInstant,
  nowInZone,
  parseLocalDateTime,
} from '@/lib/zoned-time';

const iso = (local: string, zone: string) => localToInstant(local, zone)?.toISOString();

describe('parseLocalDateTime', () => {
  it('reads local date-times, with or without seconds, fractions or a trailing offset', () => {
    expect(parseLocalDateTime('2026-12-01T09:30:00')).toEqual({
      year: 2026,
      month: 12,
      day: 1,
      hour: 9,
      minute: 30,
      second: 0,
    });
    expect(parseLocalDateTime('2020-11-04T10:17:16.153321')?.second).toBe(16);
    expect(parseLocalDateTime('2020-11-07T12:17:16+00:00')?.hour).toBe(12);
    expect(parseLocalDateTime('2020-11-06')).toEqual({ year: 2020, month: 11, day: 6, hour: 0, minute: 0, second: 0 });
  });

  it('refuses what is not a date-time', () => {
    expect(parseLocalDateTime('yesterday')).toBeNull();
    expect(parseLocalDateTime('2026-13-01T00:00:00')).toBeNull();
    expect(parseLocalDateTime('2026-01-01T24:00:00')).toBeNull();
  });
});

describe('localToInstant and instantToLocal', () => {
  it('treats Etc/GMT+0 as UTC', () => {
    expect(iso('2026-12-01T09:30:00', 'Etc/GMT+0')).toBe('2026-12-01T09:30:00.000Z');
    expect(instantToLocal(new Date('2026-07-01T23:59:59Z'), 'Etc/GMT+0')).toBe('2026-07-01T23:59:59');
  });

  it('follows POSIX signs in Etc zones (Etc/GMT+5 is five hours behind UTC)', () => {
    expect(iso('2026-12-01T09:30:00', 'Etc/GMT+5')).toBe('2026-12-01T14:30:00.000Z');
  });

  it('knows the half-hour offset of Asia/Kolkata', () => {
    expect(iso('2026-03-08T02:30:00', 'Asia/Kolkata')).toBe('2026-03-07T21:00:00.000Z');
    expect(instantToLocal(new Date('2026-03-07T21:00:00Z'), 'Asia/Kolkata')).toBe('2026-03-08T02:30:00');
  });

  describe('America/Los_Angeles', () => {
    it('uses PST in winter and PDT in summer', () => {
      expect(iso('2026-01-15T12:00:00', 'America/Los_Angeles')).toBe('2026-01-15T20:00:00.000Z');
      expect(iso('2026-07-15T12:00:00', 'America/Los_Angeles')).toBe('2026-07-15T19:00:00.000Z');
    });

    it('moves a time in the spring-forward gap (2026-03-08 02:30) forward by the gap', () => {
      expect(iso('2026-03-08T01:59:00', 'America/Los_Angeles')).toBe('2026-03-08T09:59:00.000Z');
      expect(iso('2026-03-08T02:30:00', 'America/Los_Angeles')).toBe('2026-03-08T10:30:00.000Z');
      expect(instantToLocal(new Date('2026-03-08T10:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-08T03:30:00');
      expect(iso('2026-03-08T03:00:00', 'America/Los_Angeles')).toBe('2026-03-08T10:00:00.000Z');
    });

    it('reads a time in the fall-back overlap (2026-11-01 01:30) as the earlier one (PDT)', () => {
      expect(iso('2026-11-01T01:30:00', 'America/Los_Angeles')).toBe('2026-11-01T08:30:00.000Z');
      // Both instants show as 01:30 there.
      expect(instantToLocal(new Date('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01T01:30:00');
      expect(instantToLocal(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01T01:30:00');
      expect(iso('2026-11-01T02:00:00', 'America/Los_Angeles')).toBe('2026-11-01T10:00:00.000Z');
    });
  });

  describe('Europe/Chisinau', () => {
    it('springs forward on 2026-03-29 (02:00 → 03:00)', () => {
      expect(iso('2026-03-29T01:59:00', 'Europe/Chisinau')).toBe('2026-03-28T23:59:00.000Z');
      expect(iso('2026-03-29T02:30:00', 'Europe/Chisinau')).toBe('2026-03-29T00:30:00.000Z');
      expect(instantToLocal(new Date('2026-03-29T00:30:00Z'), 'Europe/Chisinau')).toBe('2026-03-29T03:30:00');
      expect(iso('2026-03-29T12:00:00', 'Europe/Chisinau')).toBe('2026-03-29T09:00:00.000Z');
    });

    it('falls back on 2026-10-25 (03:00 → 02:00) and reads 02:30 as the earlier (EEST)', () => {
      expect(iso('2026-10-25T02:30:00', 'Europe/Chisinau')).toBe('2026-10-24T23:30:00.000Z');
      expect(instantToLocal(new Date('2026-10-25T00:30:00Z'), 'Europe/Chisinau')).toBe('2026-10-25T02:30:00');
      expect(iso('2026-10-25T12:00:00', 'Europe/Chisinau')).toBe('2026-10-25T10:00:00.000Z');
    });
  });

  it('round-trips every half hour across both Los Angeles changes, except inside the gap', () => {
    for (let ms = Date.UTC(2026, 2, 7); ms < Date.UTC(2026, 2, 10); ms += 30 * 60_000) {
      const instant = new Date(ms);
      expect(localToInstant(instantToLocal(instant, 'America/Los_Angeles'), 'America/Los_Angeles')?.getTime()).toBe(ms);
    }
    for (let ms = Date.UTC(2026, 9, 31); ms < Date.UTC(2026, 10, 3); ms += 30 * 60_000) {
      const instant = new Date(ms);
      const back = localToInstant(instantToLocal(instant, 'America/Los_Angeles'), 'America/Los_Angeles')!.getTime();
      // In the overlap the later instant comes back as the earlier one, an hour before.
      expect([ms, ms - 3_600_000]).toContain(back);
    }
  });

  it('gives now in a zone', () => {
    expect(nowInZone('Asia/Kolkata', new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T05:30:00');
  });
});

describe('picker carriers', () => {
  it('carry the wall-clock fields through a browser-local Date unchanged', () => {
    const carrier = localToCarrier('2026-12-01T09:30:00')!;
    expect(carrier.getHours()).toBe(9);
    expect(carrierToLocal(carrier)).toBe('2026-12-01T09:30:00');
    expect(carrierToLocalDate(carrier)).toBe('2026-12-01');
  });

  it('turn an empty or invalid picker value into null', () => {
    expect(carrierToLocal(null)).toBeNull();
    expect(carrierToLocal(new Date(Number.NaN))).toBeNull();
    expect(localToCarrier('nope')).toBeNull();
  });
});

describe('formatLocal', () => {
  it('shows the wall-clock time of the event in its zone', () => {
    expect(formatLocal('2026-11-17T12:17:16', 'Etc/GMT+0', 'en-US')).toBe('Nov 17, 2026, 12:17 PM');
    expect(formatLocal('2026-11-17T12:17:16', 'Asia/Kolkata', 'en-US')).toBe('Nov 17, 2026, 12:17 PM');
  });

  it('still shows the time for a zone the browser does not know', () => {
    expect(formatLocal('2020-11-04T10:17:16', 'Etc/GMT-4:', 'en-US')).toBe('Nov 4, 2020, 10:17 AM');
  });
});
