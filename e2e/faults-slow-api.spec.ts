// Every API call answers two seconds late (and, while the journey looks, not before it lets them):
// each screen shows its frame and a progress indicator or skeleton while it waits, never a blank
// main area, and then the data.
import { expectNoA11yViolations } from './support/axe';
import { holdApi } from './support/faults';
import { expect, test } from './support/test';

import type { Locator, Page } from '@playwright/test';

const DELAY_MS = 2_000;
let api: Awaited<ReturnType<typeof holdApi>>;

/** A progress bar or skeleton inside the main area. */
function waiting(page: Page): Locator {
  return page.locator('main').locator('[role="progressbar"], [class*="Skeleton"], [class*="skeleton"]').first();
}

async function expectWaitingThenLoaded(page: Page, heading: RegExp | string, loaded: Locator) {
  // The answers are held: the data cannot have arrived yet.
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(waiting(page)).toBeVisible({ timeout: 20_000 });
  await expect(loaded).toHaveCount(0);
  await expect(page.locator('main')).not.toHaveText(/^\s*$/);
  // Then the data, and the indicator goes.
  api.release();
  await expect(loaded.first()).toBeVisible({ timeout: 30_000 });
}

test.describe('with a 2-second delay on every API call', () => {
  test.beforeEach(async ({ page }) => {
    api = await holdApi(page, DELAY_MS);
  });

  test('the inbox and a thread show progress while loading', async ({ page }) => {
    await page.goto('/texting');
    const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('link');
    await expectWaitingThenLoaded(page, 'Texting', conversations);
    await expectNoA11yViolations(page);

    api.hold();
    await conversations.first().click();
    const thread = page.getByRole('region', { name: 'Conversation' });
    await expect(thread.getByRole('progressbar', { name: 'Loading messages' })).toBeVisible({ timeout: 20_000 });
    api.release();
    await expect(thread.getByRole('region', { name: 'Messages' })).toBeVisible({ timeout: 30_000 });
    await expect(thread.getByRole('progressbar', { name: 'Loading messages' })).toBeHidden();
  });

  test('contacts show a loading table while loading', async ({ page }) => {
    await page.goto('/contacts');
    await expectWaitingThenLoaded(
      page,
      'Contacts',
      page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first(),
    );
    await expectNoA11yViolations(page);
  });

  test('meetings show a loading table while loading', async ({ page }) => {
    await page.goto('/meet?tab=history');
    await expectWaitingThenLoaded(
      page,
      'Meet',
      page.getByRole('table', { name: 'Meeting history' }).getByRole('row').nth(1),
    );
    await expectNoA11yViolations(page);
  });
});
