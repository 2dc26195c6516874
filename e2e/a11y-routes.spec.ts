// Every route in the light and the dark theme, and the phone layout: zero axe violations on the whole
// page (navigation, app bar and content), not only the journeys' own parts.
import { ssp } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

async function firstConversationId(page: Page): Promise<string> {
  const [first] = await ssp<{ id: string }[]>(page, '/texting/conversations?per_page=1');
  if (!first) throw new Error('The demo data has no conversation.');
  return first.id;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('signed-in routes, the account menu and the not-found page', async ({ page }) => {
      await page.goto('/texting');
      const id = await firstConversationId(page);
      await page.goto(`/texting/${id}`);
      await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible({ timeout: 20_000 });
      await expectNoA11yViolations(page);

      await page.goto('/contacts');
      await expect(page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible({
        timeout: 20_000,
      });
      await expectNoA11yViolations(page);

      await page.goto('/meet?tab=history');
      await expect(page.getByRole('heading', { name: 'Meet', level: 1 })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('table', { name: 'Meeting history' }).getByRole('row').nth(1)).toBeVisible();
      await expectNoA11yViolations(page);

      await page.goto('/account');
      await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByLabel('Email')).toBeVisible({ timeout: 20_000 });
      await expectNoA11yViolations(page);

      await page.getByRole('button', { name: /account menu/ }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoA11yViolations(page);
      await page.keyboard.press('Escape');

      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible({ timeout: 20_000 });
      await expectNoA11yViolations(page);
    });

    test('signed-out routes', async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await expect(page.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Use tokens' }).click();
      await expect(page.getByLabel('id_token')).toBeVisible();
      await expectNoA11yViolations(page);

      await page.goto('/register');
      await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible({ timeout: 20_000 });
      await expectNoA11yViolations(page);

      await page.goto('/meet/000-000-000');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
      await expectNoA11yViolations(page);
      await context.close();
    });
  });
}

test.describe('phone layout', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the list, a thread and the bottom navigation', async ({ page }) => {
    await page.goto('/texting');
    await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link').first()).toBeVisible({
      timeout: 20_000,
    });
    await expectNoA11yViolations(page);
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
    await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible({ timeout: 20_000 });
    await expectNoA11yViolations(page);
  });
});
