// A part's download that failed is tried again once the network is back or the user acts, not before,
// and not again once it has succeeded.
import { describe, expect, it } from 'vitest';

import { loadPatiently } from '@/components/after-first-act';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('loadPatiently', () => {
  it('tries a failed load again on the next chance, until it succeeds', async () => {
    let tries = 0;
    let failing = true;
    let done = false;
    void loadPatiently(() => {
      tries += 1;
      return failing ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
    }).then(() => {
      done = true;
    });
    await settle();
    expect(tries).toBe(1);

    // Still offline: the user presses a key, the load fails again.
    window.dispatchEvent(new KeyboardEvent('keydown'));
    await settle();
    expect(tries).toBe(2);
    expect(done).toBe(false);

    failing = false;
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(tries).toBe(3);
    expect(done).toBe(true);

    window.dispatchEvent(new Event('online'));
    await settle();
    expect(tries).toBe(3);
  });
});
