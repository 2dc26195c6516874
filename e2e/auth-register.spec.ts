// Register a new company (RingPlan generates the password), copy the password, sign in with it.
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/demo';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('register a new company and sign in with it', async ({ page }) => {
  const email = `reg-${String(Date.now())}@example.com`;
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Register your company' }).click();
  await expect(page.getByRole('heading', { name: 'Register your company' })).toBeVisible();
  await expectNoA11yViolations(page);

  // The server's answer for an existing email lands on the form, with a way to sign in.
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Company').fill('Engines Ltd');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('An account with this email already exists: sign in');

  // A wrong registration key is a field error on the key.
  await page.getByLabel('Email').fill(email);
  const key = page.getByLabel('Registration key');
  const devKey = await key.inputValue();
  await key.fill('wrong-key');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('The registration key is wrong.')).toBeVisible();
  await key.fill(devKey);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { name: 'You are registered' })).toBeVisible();
  const password = await page.getByLabel('Your password').inputValue();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: 'Copy password' }).click();
  await expect(page.getByText('Password copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  // Checked with the button's tooltip gone: axe would measure it half faded in.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });
  await page.goto('/account');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
});
