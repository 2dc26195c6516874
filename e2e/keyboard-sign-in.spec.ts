// Keyboard only: sign in from the Sign-in page through the hosted RingPlan page, and land in Texting.
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/demo';
import { expectVisibleFocus, tabTo, typeText } from './support/keyboard';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('sign in with the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  const signIn = page.getByRole('button', { name: 'Sign in with RingPlan' });
  await expect(signIn).toBeVisible();
  await expectNoA11yViolations(page);

  await tabTo(page, signIn);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  // The sandbox's hosted sign-in page.
  const email = page.getByLabel('Email');
  await expect(email).toBeVisible();
  await tabTo(page, email);
  await expectVisibleFocus(page);
  await typeText(page, DEMO.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await typeText(page, DEMO.password);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Texting', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Conversations' })).toBeVisible({ timeout: 20_000 });
  await expectNoA11yViolations(page);
});
