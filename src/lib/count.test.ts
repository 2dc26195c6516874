import { afterEach, describe, expect, it, vi } from 'vitest';

import { formatCount } from '@/lib/count';

describe('formatCount', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(200)).toBe('200');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-98765)).toBe('-98,765');
  });

  it('writes whole numbers', () => {
    expect(formatCount(1999.6)).toBe('2,000');
  });

  it('does not load the locale data Intl needs', () => {
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const toLocaleString = vi.spyOn(Number.prototype, 'toLocaleString');
    formatCount(1234567);
    expect(numberFormat).not.toHaveBeenCalled();
    expect(toLocaleString).not.toHaveBeenCalled();
  });
});
