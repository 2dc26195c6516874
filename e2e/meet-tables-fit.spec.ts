// On a laptop-sized window both Meet tables fit their frame: every column, the Recording link
// included, is on screen without scrolling the table sideways.
import { expect, test } from './support/test';

import type { Locator, Page } from '@playwright/test';

/** No element of the page scrolls sideways, the table's frame included. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

async function expectFits(page: Page, table: Locator) {
  await expect(table.getByRole('row').nth(1).getByRole('checkbox')).toBeVisible({ timeout: 20_000 });
  const frame = table.locator('xpath=..');
  const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, 'the table frame scrolls sideways').toBeLessThanOrEqual(clientWidth);
  expect(await sidewaysScrollers(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  // Every column header is inside the window.
  for (const header of await table.getByRole('columnheader').all()) await expect(header).toBeInViewport({ ratio: 1 });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`at ${String(size.width)}x${String(size.height)} History and Scheduled fit, the Recording link on screen`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/meet?tab=history');
    const history = page.getByRole('table', { name: 'Meeting history' });
    await expect(history.getByRole('columnheader', { name: 'Recording' })).toBeVisible({ timeout: 20_000 });
    await expectFits(page, history);
    const recordingName = /^Recording: .+ \(opens in a new tab\)$/;
    const row = history
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: recordingName }) })
      .first();
    const recording = row.getByRole('link', { name: recordingName });
    await recording.scrollIntoViewIfNeeded();
    await expect(recording).toBeInViewport({ ratio: 1 });
    // Scrolling into view moved nothing sideways.
    expect(await history.locator('xpath=..').evaluate((el) => el.scrollLeft)).toBe(0);
    await expect(row.getByRole('link', { name: /^Meeting link: / })).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole('button', { name: /^Copy link: / })).toBeInViewport({ ratio: 1 });

    await page.getByRole('tab', { name: /scheduled/i }).click();
    const scheduled = page.getByRole('table', { name: 'Scheduled meetings' });
    await expectFits(page, scheduled);
    const first = scheduled.getByRole('row').nth(1);
    await expect(first.getByRole('button', { name: /^Copy link: / })).toBeInViewport({ ratio: 1 });
  });
}
