// Journey: import a CSV of 20 rows, 2 of them bad and 1 a duplicate, and read the summary.
import { readFileSync } from 'node:fs';

import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('import a CSV of 20 rows with 2 bad and 1 duplicate', async ({ page }) => {
  // Numbers unique to this run, so a second run imports rather than skips.
  const area = '619';
  const exchange = String(200 + Math.floor(Math.random() * 800));
  const run = String(Date.now()).slice(-6);
  const csv = readFileSync('e2e/fixtures/contacts-import.csv', 'utf8')
    .replaceAll('{{AREA}}', area)
    .replaceAll('{{EXCH}}', exchange)
    .replaceAll('{{RUN}}', run);

  await page.goto('/contacts');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: /Import contacts/ });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');

  await dialog
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('20 rows: 17 ready to import, 3 will be skipped.')).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Rows to import' });
  await expect(preview.getByText('"555-12" is not a valid US phone number')).toBeVisible();
  await expect(preview.getByText('First name is missing')).toBeVisible();
  await expect(preview.getByText('Same number as line 3')).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');

  await dialog.getByRole('button', { name: 'Import 17 contacts' }).click();
  await expect(dialog.getByText('Imported 17, skipped 3, failed 0.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('region', { name: 'Skipped (3)' })).toContainText('Line 17: Same number as line 3');
  await expectNoA11yViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByLabel('Search contacts').fill(`Import${run}`);
  await expect(page.getByRole('status').filter({ hasText: 'contacts found' })).toHaveText('17 contacts found');

  // The same file again: every row is already a contact.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await dialog
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import 17 contacts' }).click();
  await expect(dialog.getByText('Imported 0, skipped 20, failed 0.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('region', { name: 'Skipped (20)' })).toContainText(
    `Already a contact: Ada Import${run}`,
  );
});
