// The account page: change name, mobile and time zone; they are saved and shown after a reload.
import { expectNoA11yViolations } from './support/axe';
import { freshUser } from './support/fresh-user';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

test('edit the profile on the account page', async ({ browser, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await expect(page.getByText('Not connected')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Meeting minutes used' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel('First name').fill('Grace');
  const mobile = page.getByLabel('Mobile');
  await mobile.fill('12345');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(mobile).toHaveAccessibleDescription(/Enter a US mobile number/);
  await mobile.fill('+1 212.555.0187');
  await mobile.blur();
  await expect(mobile).toHaveValue('(212) 555-0187');

  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('kolkata');
  await page.getByRole('option', { name: /Asia\/Kolkata/ }).click();
  await expect(zone).toHaveValue('Asia/Kolkata (UTC+05:30)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await saveReadmeScreenshot(page, 'account');

  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Grace');
  await expect(page.getByLabel('Mobile')).toHaveValue('(212) 555-0187');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Kolkata (UTC+05:30)');
  await context.close();
});

test('the Google Calendar connect button goes to the consent page and back', async ({ browser, baseURL }) => {
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  await page.goto('/account');
  await page.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await page.waitForURL((url) => !url.toString().startsWith(baseURL ?? ''), { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/account-consent-page.png' });
  await context.close();
});
