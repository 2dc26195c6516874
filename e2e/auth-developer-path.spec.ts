// The guide's developer path in the sandbox alone: register, sign in at the auth service's own page,
// land on show-token, copy the id_token, authorize Swagger UI with it and get a 200 from "Try it out".
import { SANDBOX_URL } from './support/demo';
import { freshUser } from './support/fresh-user';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('register, sign in at the auth root, copy the id_token from show-token, use it in Swagger UI', async ({
  page,
  baseURL,
}) => {
  const user = await freshUser(baseURL ?? '');
  await page.goto(`${SANDBOX_URL}/auth/`);
  await expect(page.getByRole('heading', { name: 'Sign in to RingPlan', level: 1 })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(`${SANDBOX_URL}/auth/show-token`);
  await expect(page.getByRole('heading', { name: 'Your tokens', level: 1 })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  const document = page.getByRole('list', { name: 'Token document' });
  await expect(document).toContainText('refresh_token_expires_in: 1209600');
  await expect(document).toContainText('token_type: "Bearer"');
  await page.getByRole('button', { name: 'Copy id_token' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the id_token.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(page.getByLabel('id_token')).toHaveValue(copied);

  await page.getByRole('link', { name: 'Open Swagger UI' }).click();
  await expect(page).toHaveURL(`${SANDBOX_URL}/ssp/ui`);
  await page.getByRole('button', { name: 'Authorize' }).first().click();
  await page.getByRole('textbox', { name: 'Value:' }).fill(copied);
  await page.getByRole('button', { name: 'Apply credentials' }).click();
  await page.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: /^GET \/texting\/numbers / }).click();
  const operation = page.locator('.opblock', { has: page.getByRole('button', { name: /^GET \/texting\/numbers / }) });
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  await expect(operation.locator('.live-responses-table tr.response .response-col_status').first()).toHaveText(
    /^\s*200\b/,
  );
});
