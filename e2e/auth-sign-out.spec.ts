// Sign out ends everything it started: after "Sign out", "Sign in with RingPlan" asks for the password
// again (no silent re-entry through the hosted session), the refresh token no longer works, and a
// second tab signs out too.
import { SANDBOX_URL } from './support/demo';
import { freshUser } from './support/fresh-user';
import { signInWithForm } from './support/sign-in';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('sign out ends the hosted session and the refresh token, in every tab', async ({ page, context, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  await signInWithForm(page, user);
  const refreshToken = await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('ringplan.session') ?? '{}') as {
      state?: { session?: { refreshToken?: string } };
    };
    return stored.state?.session?.refreshToken ?? '';
  });
  expect(refreshToken).not.toBe('');

  const second = await context.newPage();
  await second.goto('/contacts');
  await expect(second.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: /account menu for/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible();
  await expect(second).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts/);

  const refreshed = await fetch(`${SANDBOX_URL}/auth/refresh-token?refresh_token=${encodeURIComponent(refreshToken)}`);
  expect(refreshed.status).toBe(401);

  // "Sign in" again: the hosted page asks for the password instead of signing straight back in.
  await second.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await expect(second).toHaveURL(/\/auth\/authorize\?/);
  await expect(second.getByLabel('Password')).toBeVisible();
  await second.getByLabel('Email').fill(user.email);
  await second.getByLabel('Password').fill(user.password);
  await second.getByRole('button', { name: 'Sign in' }).click();
  await expect(second).toHaveURL(/\/contacts/, { timeout: 20_000 });
});
