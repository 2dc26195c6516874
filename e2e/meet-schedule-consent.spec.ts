// Schedule as a user without Google credentials: consent denied keeps the draft; consent allowed with the
// profile's account brings the dialog back as it was, and one click creates the meeting, once.
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/demo';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

async function expectDraftIntact(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await expect(dialog.getByLabel('Title')).toHaveValue(title);
  await expect(dialog.getByLabel('Description')).toHaveValue('Agenda: <b>plans</b>; budget, hiring');
  await expect(dialog.getByRole('button', { name: 'ana@example.com' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'bo@example.com' })).toBeVisible();
  return dialog;
}

test('scheduling goes through Google consent and creates the meeting once', async ({ page }) => {
  const title = `Planning ${String(Date.now())}`;
  await page.goto('/meet?tab=scheduled');
  await page.getByRole('button', { name: 'Schedule' }).click();
  let dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill('Agenda: <b>plans</b>; budget, hiring');
  const attendees = dialog.getByLabel('Attendees');
  await attendees.fill('nope');
  await attendees.press('Enter');
  await expect(dialog.getByText('“nope” is not an email address.')).toBeVisible();
  await attendees.fill('ana@example.com bo@example.com ');
  await expect(dialog.getByRole('button', { name: 'bo@example.com' })).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();

  await expect(dialog.getByText(`pick the Google account with your profile's email, ${DEMO.email}`)).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');

  // First time: Deny. The app explains and keeps the draft.
  await dialog.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Choose an account' })).toBeVisible();
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page).toHaveURL(/\/meet\?tab=scheduled$/);
  dialog = await expectDraftIntact(page, title);
  await expect(dialog.getByText('Google Calendar was not connected')).toBeVisible();

  // A reload in the middle loses nothing.
  await page.reload();
  dialog = await expectDraftIntact(page, title);

  // Second time: Allow with the profile's account.
  await dialog.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await page.getByLabel(DEMO.email).check();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page).toHaveURL(/\/meet\?tab=scheduled$/);
  dialog = await expectDraftIntact(page, title);
  await expect(dialog.getByText('Google Calendar connected')).toBeVisible();

  const created = page.waitForResponse(
    (r) => r.url().includes('/meet/calendar/event/scheduled') && r.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Create meeting' }).dblclick();
  expect((await created).status()).toBe(201);
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Scheduled meetings' });
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('ana@example.com');
  await expect(row).toContainText('bo@example.com');
  // Created once, and the draft is gone: Schedule opens a fresh form.
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('dialog', { name: 'Schedule a meeting' }).getByLabel('Title')).toHaveValue('');
});
