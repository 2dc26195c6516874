// A company with no texting number (the demo's Other Company: registration gives a number, the seed
// does not) sees why it cannot text and what to do, instead of a form that cannot work.
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('a company without a texting number is told so in the inbox and in New conversation', async ({ page }) => {
  await page.goto('/texting');
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill('other@example.com');
  await page.getByLabel('Password').fill('other-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });

  await expect(page.getByText('No texting number yet')).toBeVisible();
  await expect(page.getByText(/Your company has no number set up for text messages/)).toBeVisible();

  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New conversation' });
  await expect(dialog.getByText('No texting number yet')).toBeVisible();
  await expect(dialog.getByLabel('To')).toHaveCount(0);
});
