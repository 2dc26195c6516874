// Scheduling while the backend is down (as a user whose Google Calendar is connected): the dialog keeps
// everything and says what happened; Create meeting again, once the backend is back, creates it once.
import { expectNoA11yViolations } from './support/axe';
import { refuse, sspRequests } from './support/faults';
import { freshUser } from './support/fresh-user';
import { expect, test } from './support/test';

test('a meeting that cannot be created keeps the dialog as typed, and is created on the next try', async ({
  browser,
  baseURL,
}) => {
  const user = await freshUser(baseURL ?? '', { googleConnected: true });
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  const title = `Fault planning ${String(Date.now())}`;

  await page.goto('/meet?tab=scheduled');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click({ timeout: 20_000 });
  const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill('Kept through a failure');
  await dialog.getByRole('combobox', { name: 'Attendees' }).fill('ana@example.com ');
  await expect(dialog.getByRole('button', { name: 'ana@example.com' })).toBeVisible();
  const starts = await dialog.getByRole('group', { name: 'Starts' }).innerText();

  const restore = await refuse(page, sspRequests(/^\/meet\/calendar\/event\/scheduled$/, 'POST'));
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(dialog.getByRole('alert')).toContainText('could not be reached', { timeout: 20_000 });
  await expect(dialog.getByLabel('Title')).toHaveValue(title);
  await expect(dialog.getByLabel('Description')).toHaveValue('Kept through a failure');
  await expect(dialog.getByRole('button', { name: 'ana@example.com' })).toBeVisible();
  expect(await dialog.getByRole('group', { name: 'Starts' }).innerText()).toBe(starts);
  await expect(dialog.getByRole('button', { name: 'Create meeting' })).toBeEnabled();
  await expectNoA11yViolations(page, '[role="dialog"]');

  await restore();
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByText('Meeting scheduled. Google Calendar sends the invitations.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog).toBeHidden();
  const rows = page.getByRole('table', { name: 'Scheduled meetings' }).getByRole('row').filter({ hasText: title });
  await expect(rows).toHaveCount(1, { timeout: 20_000 });
  await context.close();
});
