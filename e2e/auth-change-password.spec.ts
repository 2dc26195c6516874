// Change password from the account page: the auth service's page, back to the account page with
// "Your password was changed.", then the old password is refused and the new one signs in.
import { freshUser } from './support/fresh-user';
import { expect, test } from './support/test';

test('change the password, then sign in with the new one', async ({ browser, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Password', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Change password' }).click();

  await expect(page.getByRole('heading', { name: 'Change your password', level: 1 })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Current password').fill(user.password);
  const next = `${user.password}-new`;
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat the new password').fill(`${next}-typo`);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two new passwords are not the same.');
  await page.getByLabel('Current password').fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat the new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page).toHaveURL(/\/account\?password=changed$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();

  await page.getByRole('button', { name: /account menu for/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await page.getByLabel('Password').fill(next);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });
  await context.close();
});
