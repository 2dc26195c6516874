import { describe, expect, it } from 'vitest';

import { parseServerTime } from '@/lib/server-time';

describe('parseServerTime', () => {
  it('reads a time without an offset as UTC', () => {
    expect(parseServerTime('2020-11-02T18:41:03.447000').toISOString()).toBe('2020-11-02T18:41:03.447Z');
  });

  it('honours an offset when there is one', () => {
    expect(parseServerTime('2020-11-02T18:41:03+02:00').toISOString()).toBe('2020-11-02T16:41:03.000Z');
    expect(parseServerTime('2020-11-02T18:41:03Z').toISOString()).toBe('2020-11-02T18:41:03.000Z');
  });
});
