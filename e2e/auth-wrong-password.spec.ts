// A wrong password stays on the hosted page with its error; nothing is signed in.
import { DEMO } from './support/demo';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('a wrong password is refused on the hosted page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/auth\/authorize/);

  // Correcting it still works: the same sign-in (state and verifier) finishes.
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });
});
