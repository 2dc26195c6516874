// Journey: export the whole contact list (more than the page on screen) to CSV, check its columns are the
// ones import reads, then import the file back: what is still there is skipped, what was deleted returns.
import { readFileSync } from 'node:fs';

import Papa from 'papaparse';

import { ssp, uniqueNumber } from './support/api';
import { expect, test } from './support/test';

interface Contact {
  id: string;
  first_name: string;
  last_name: string;
  number: string;
}

test('export every contact to CSV and import the file back', async ({ page }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('table')).toBeVisible({ timeout: 20_000 });
  const run = String(Date.now()).slice(-6);
  // Names a spreadsheet or a CSV writer could get wrong: a formula, a comma and quotes, an accent. None
  // is a word the search journey looks for in the same demo company (O'Brien, Bobby).
  const ours = await Promise.all(
    [
      { first_name: `=SUM${run}`, last_name: 'Formula' },
      { first_name: `Zoë${run}`, last_name: 'D\'Arcy, "Jr"' },
      { first_name: `Plain${run}`, last_name: 'Export' },
    ].map((name) =>
      ssp<Contact>(page, '/texting/contacts', { method: 'POST', body: { ...name, number: uniqueNumber() } }),
    ),
  );
  await page.reload();
  const status = page.getByRole('status').filter({ hasText: /contacts$/ });
  await expect(status).toBeVisible({ timeout: 20_000 });
  const shown = Number(/(\d+) contacts/.exec((await status.textContent()) ?? '')?.[1]);
  // More than one page: the export must not stop at the rows on screen (the header is a row too).
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  expect((await page.getByRole('row').count()) - 1).toBeLessThan(shown);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(header).toEqual(['first_name', 'last_name', 'number']);
  expect(rows.length).toBeGreaterThanOrEqual(shown);
  await expect(page.getByText(`Exported ${String(rows.length)} contacts`)).toBeVisible();
  // The formula is written as text a spreadsheet will not run.
  expect(rows).toContainEqual([`'=SUM${run}`, 'Formula', ours[0]?.number]);
  expect(rows).toContainEqual([`Zoë${run}`, 'D\'Arcy, "Jr"', ours[1]?.number]);

  // One of ours goes; importing the file brings it back and skips every other row as already there.
  await ssp(page, `/texting/contacts/${ours[2]?.id ?? ''}`, { method: 'DELETE' });
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: /Import contacts/ });
  await dialog
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: readFileSync(file) });
  const count = String(rows.length);
  // Every row is read; a demo contact the import itself would refuse is skipped there, as on any import.
  await expect(dialog.getByText(new RegExp(`^${count} rows: `))).toBeVisible();
  await dialog.getByRole('button', { name: /^Import \d+ contacts$/ }).click();
  await expect(dialog.getByText(`Imported 1, skipped ${String(rows.length - 1)}, failed 0.`)).toBeVisible({
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByLabel('Search contacts').fill(`=SUM${run}`);
  await expect(page.getByRole('cell', { name: `=SUM${run} Formula`, exact: true })).toBeVisible();
  await page.getByLabel('Search contacts').fill(`Plain${run}`);
  await expect(page.getByRole('cell', { name: `Plain${run} Export`, exact: true })).toBeVisible();
});
