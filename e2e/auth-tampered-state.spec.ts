// A callback whose state is not the one this tab sent ends on a clear error page, signed out.
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/demo';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('a tampered state is refused with a way back', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  // An attacker's state in the sign-in request: the code comes back with a state this tab never made.
  // (The request itself is changed: the hosted form's CSRF token is bound to the state it was made for.)
  await page.waitForURL(/\/auth\/authorize\?/);
  const authorize = new URL(page.url());
  authorize.searchParams.set('state', `${(authorize.searchParams.get('state') ?? '').slice(0, -4)}AAAA`);
  await page.goto(authorize.toString());
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'This sign-in could not be verified' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('alert')).toContainText('state does not match');
  await expectNoA11yViolations(page);

  // Nothing was signed in: a protected page still asks for sign-in.
  await page.getByRole('link', { name: 'Back to sign-in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible();
  await page.goto('/texting');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a callback with a used or unknown code says so', async ({ page }) => {
  await page.goto('/auth/callback?code=not-a-real-code&state=abcdefghijklmnopqrstuvwxyz');
  await expect(page.getByRole('heading', { name: 'This sign-in was not started here' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to sign-in' })).toBeVisible();
});
