// Renaming yourself on the account page shows in the top bar (name and initials) at once and after a
// reload, with the id_token still carrying the old name; the bar also shows the plan's minutes.
import { freshUser } from './support/fresh-user';
import { expect, test } from './support/test';

test('a rename on the account page shows in the top bar at once and after a reload', async ({ browser, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  await page.goto('/account');
  const firstName = page.getByLabel('First name');
  await expect(firstName).not.toHaveValue('');
  const before = `${await firstName.inputValue()} ${await page.getByLabel('Last name').inputValue()}`;
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: new RegExp(`account menu for ${before}$`) })).toBeVisible();
  // The guide's header line: the plan's minutes (a new user has used none).
  await expect(banner.getByText('0 / 200 minutes used')).toBeVisible();

  await firstName.fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await expect(banner.getByRole('button', { name: 'AL: account menu for Ada Lovelace' })).toBeVisible();
  await expect(banner.getByText('Ada Lovelace', { exact: true })).toBeVisible();

  // The stored id_token still names the old user: the bar reads the profile, not the token.
  await page.reload();
  await expect(banner.getByRole('button', { name: 'AL: account menu for Ada Lovelace' })).toBeVisible();
  await page.goto('/meet');
  await expect(banner.getByRole('button', { name: 'AL: account menu for Ada Lovelace' })).toBeVisible();
  await context.close();
});
