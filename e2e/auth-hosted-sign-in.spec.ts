// Sign in as the demo user through the hosted RingPlan page, starting from a protected page: the app
// comes back to that page.
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/demo';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('a signed-out visit signs in through the hosted page and comes back', async ({ page }) => {
  await page.goto('/contacts?search=ann');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts%3Fsearch%3Dann$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByText(DEMO.email)).toBeVisible();
  await expectNoA11yViolations(page);
  await saveReadmeScreenshot(page, 'sign-in');

  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await expect(page).toHaveURL(/\/auth\/authorize\?/);
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(43);

  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/contacts\?search=ann$/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  // The callback was replaced: Back does not replay the spent code.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/auth\/callback/);
});
