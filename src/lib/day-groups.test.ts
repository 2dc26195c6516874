import { describe, expect, it } from 'vitest';

import { dayKey, dayLabel, shortTime, withDayRows } from '@/lib/day-groups';

describe('dayLabel and shortTime', () => {
  const now = new Date(2024, 5, 12, 15, 0); // Wednesday 12 June 2024, 3 PM local

  it('names today, yesterday, this year and other years', () => {
    expect(dayLabel(new Date(2024, 5, 12, 1, 0), now)).toBe('Today');
    expect(dayLabel(new Date(2024, 5, 11, 23, 0), now)).toBe('Yesterday');
    expect(dayLabel(new Date(2024, 2, 4, 9, 0), now)).toBe('Monday, March 4');
    expect(dayLabel(new Date(2023, 2, 4, 9, 0), now)).toBe('Saturday, March 4, 2023');
  });

  it('shortens times for the conversation list', () => {
    expect(shortTime(new Date(2024, 5, 12, 14, 59, 30), now)).toBe('now');
    expect(shortTime(new Date(2024, 5, 12, 14, 50), now)).toBe('10 min');
    expect(shortTime(new Date(2024, 5, 12, 9, 5), now)).toMatch(/^9:05\sAM$/);
    expect(shortTime(new Date(2024, 5, 11, 9, 5), now)).toBe('Yesterday');
    expect(shortTime(new Date(2024, 5, 9, 9, 5), now)).toBe('Sun');
    expect(shortTime(new Date(2024, 2, 4, 9, 5), now)).toBe('Mar 4');
    expect(shortTime(new Date(2023, 2, 4, 9, 5), now)).toBe('Mar 4, 2023');
  });
});

describe('dayKey', () => {
  it('keys the local calendar day, zero-padded so that keys sort', () => {
    expect(dayKey(new Date(2024, 2, 9, 23, 59))).toBe('2024-03-09');
    expect(dayKey(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
    expect(dayKey(new Date(987, 0, 1, 12))).toBe('0987-01-01');
    expect([dayKey(new Date(2024, 9, 1)), dayKey(new Date(2024, 8, 30))].sort()).toEqual(['2024-09-30', '2024-10-01']);
  });
});

describe('withDayRows', () => {
  it('puts a day row before the first item of each local day', () => {
    const items = [new Date(2024, 5, 10, 9), new Date(2024, 5, 10, 18), new Date(2024, 5, 12, 8)];
    const rows = withDayRows(
      items,
      (d) => d,
      (d) => d.toISOString(),
      new Date(2024, 5, 12, 15),
    );
    expect(rows.map((r) => (r.kind === 'day' ? r.label : 'item'))).toEqual([
      'Monday, June 10',
      'item',
      'item',
      'Today',
      'item',
    ]);
  });
});
