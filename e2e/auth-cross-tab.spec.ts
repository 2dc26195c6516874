// Two tabs share one session: signing out in one signs the other out too.
import { expect, test } from './support/test';

test('sign-out in one tab signs out the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/texting');
  await second.goto('/contacts');
  await expect(second.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();

  await first.getByRole('button', { name: /account menu for/i }).click();
  await first.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(first).toHaveURL(/\/sign-in/);
  await expect(second).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts/);
  await expect(second.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible();
});
