// Journey: "Message" on a contact opens (or creates) its conversation and goes to the thread.
import { expect, test } from './support/test';

test('Message opens the contact’s conversation', async ({ page }) => {
  await page.goto('/contacts?q=Wiz');
  await page.getByRole('button', { name: 'Message Matt Wiz' }).click();
  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}$/);
  const first = new URL(page.url()).pathname;

  // Again: the same conversation (200 with the existing one), not a new one.
  await page.goto('/contacts?q=Wiz');
  await page.getByRole('button', { name: 'Message Matt Wiz' }).click();
  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}$/);
  expect(new URL(page.url()).pathname).toBe(first);
});
