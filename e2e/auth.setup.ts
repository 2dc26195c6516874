// Signs the demo user in once through the sandbox's hosted sign-in page and saves the browser state
// that every journey starts from.
import { DEMO } from './support/demo';
import { expect, test as setup } from './support/test';

setup('sign in as the demo user', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/);
  await page.context().storageState({ path: process.env.E2E_STORAGE_STATE ?? 'e2e/.auth/demo.json' });
});
