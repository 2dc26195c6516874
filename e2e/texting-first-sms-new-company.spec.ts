// A company that registers in the app sends its first SMS with nothing but the app: register, sign in,
// start a conversation from the company's new (trial) number, send, see it delivered.
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('a newly registered company texts for the first time', async ({ page }) => {
  const email = `first-sms-${String(Date.now())}@example.com`;
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Register your company' }).click();
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Company').fill('Compilers Inc');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'You are registered' })).toBeVisible();
  const password = await page.getByLabel('Your password').inputValue();

  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });

  // The company has its number at once: no "no texting number" notice, an empty inbox.
  await expect(page.getByText('No conversations yet. Start one with “New conversation”.')).toBeVisible();
  await expect(page.getByText('No texting number yet')).toHaveCount(0);

  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New conversation' });
  await dialog.getByLabel('To').fill('(619) 555-0142');
  await dialog.getByLabel('Name (optional)').fill('Ada Lovelace');
  // The one number is the sandbox's trial number, in the 555 area code.
  await expect(dialog.getByLabel('Text from')).toContainText(/\(555\) \d{3}-\d{4}/);
  await expect(dialog.getByText('Your texting number.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}$/);
  await expect(page.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('Hello from Compilers Inc: our first text!');
  await message.press('Enter');
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText('Hello from Compilers Inc: our first text!')).toBeVisible();
  await expect(thread.getByText('Sent')).toBeVisible();

  // Delivered for real: it is there after a reload, read back from the sandbox.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Messages' }).getByText('Hello from Compilers Inc: our first text!'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Sent')).toBeVisible();
});
