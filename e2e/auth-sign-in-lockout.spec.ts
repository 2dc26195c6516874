// Too many wrong passwords: the hosted sign-in page says how long to wait, and refuses even the right
// password until then. A fresh user, so the demo user is never locked for other journeys.
import { freshUser } from './support/fresh-user';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('the sign-in page shows the wait after too many wrong passwords', async ({ page, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(user.email);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel('Password').fill(`wrong-${String(attempt)}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  }
  await page.getByLabel('Password').fill('wrong-5');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Wrong email or password. Too many attempts. Try again in 30 seconds.',
  );

  // The right password inside the wait is refused like a wrong one, and the email is kept.
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Too many attempts\. Try again in (30|29|28|27|26|25) seconds\.$/);
  await expect(page).toHaveURL(/\/auth\/authorize/);
});
