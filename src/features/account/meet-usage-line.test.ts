import { describe, expect, it } from 'vitest';

import { meetUsageLine } from '@/features/account/meet-usage-line';

describe('meetUsageLine', () => {
  it('writes the minutes used against the plan, as the guide shows them', () => {
    expect(meetUsageLine(0, 200)).toBe('0 / 200 minutes used');
    expect(meetUsageLine(1250, 10000)).toBe('1,250 / 10,000 minutes used');
  });

  it('says so when the plan has no minutes', () => {
    expect(meetUsageLine(0, 0)).toBe('No meeting minutes in your plan');
  });
});
