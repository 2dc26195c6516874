import { describe, expect, it, vi } from 'vitest';

import {
  buildTimeZoneOptionsWhenIdle,
  browserTimeZone,
  formatUtcOffset,
  isValidTimeZone,
  listTimeZones,
  matchesTimeZone,
  timeZoneOffsetMinutes,
  timeZoneOptions,
  toOption,
} from '@/lib/time-zones';

describe('time zones', () => {
  it('lists the IANA zones plus the fixed Etc zones the API uses', () => {
    const zones = listTimeZones();
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Etc/GMT+0');
    expect(zones).toContain('Etc/GMT-14');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('computes offsets, including the inverted Etc signs and daylight saving', () => {
    expect(timeZoneOffsetMinutes('Asia/Kolkata')).toBe(330);
    expect(timeZoneOffsetMinutes('Etc/GMT+5')).toBe(-300);
    expect(timeZoneOffsetMinutes('UTC')).toBe(0);
    expect(timeZoneOffsetMinutes('America/New_York', new Date('2025-01-15T12:00:00Z'))).toBe(-300);
    expect(timeZoneOffsetMinutes('America/New_York', new Date('2025-07-15T12:00:00Z'))).toBe(-240);
  });

  it('formats offsets as people read them', () => {
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(formatUtcOffset(-180)).toBe('UTC−03:00');
    expect(formatUtcOffset(0)).toBe('UTC±00:00');
  });

  it('matches by city words in any order, by region, and by offset', () => {
    const winter = new Date('2025-01-15T12:00:00Z');
    const newYork = toOption('America/New_York', winter);
    const kolkata = toOption('Asia/Kolkata', winter);
    expect(matchesTimeZone(newYork, 'new york')).toBe(true);
    expect(matchesTimeZone(newYork, 'York NEW')).toBe(true);
    expect(matchesTimeZone(newYork, 'america/new_york')).toBe(true);
    expect(matchesTimeZone(newYork, 'utc-5')).toBe(true);
    expect(matchesTimeZone(newYork, 'UTC−05:00')).toBe(true);
    expect(matchesTimeZone(kolkata, '+5:30')).toBe(true);
    expect(matchesTimeZone(kolkata, 'new york')).toBe(false);
  });

  it('validates names and knows the browser zone', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(browserTimeZone())).toBe(true);
  });

  it('builds the options a few zones at a time, the same as all at once, and can be cancelled', async () => {
    vi.useFakeTimers();
    try {
      const done = vi.fn();
      buildTimeZoneOptionsWhenIdle(done);
      await vi.advanceTimersByTimeAsync(0);
      // One slice is not the whole list: the work is spread over several turns of the event loop.
      expect(done).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      expect(done).toHaveBeenCalledTimes(1);
      const built = done.mock.calls[0]?.[0] as ReturnType<typeof timeZoneOptions>;
      expect(built).toEqual(timeZoneOptions());

      const cancelled = vi.fn();
      const cancel = buildTimeZoneOptionsWhenIdle(cancelled);
      await vi.advanceTimersByTimeAsync(0);
      cancel();
      await vi.runAllTimersAsync();
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
