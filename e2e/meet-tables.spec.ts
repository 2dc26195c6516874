// The History table: paging and the date range live in the URL and change the rows; a row's details
// give an .ics that parses.
import { readFileSync } from 'node:fs';

import ICAL from 'ical.js';

import { expectNoA11yViolations } from './support/axe';
import { typeOneDayRange } from './support/meet-dates';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

test('paging and the date filter change the rows and the URL', async ({ page }) => {
  await page.goto('/meet?tab=history');
  const table = page.getByRole('table', { name: 'Meeting history' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const firstRow = table.getByRole('row').nth(1);
  // Cells: the selection checkbox, Date (with its zone), Title…
  const firstPageTitle = await firstRow.getByRole('cell').nth(2).textContent();
  // The newest meeting's day, as its row shows it (in the meeting's own zone, which the filter uses).
  const shownDate =
    /^[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec((await firstRow.getByRole('cell').nth(1).textContent()) ?? '')?.[0] ?? '';
  const day = new Date(shownDate);
  await expect(page.getByText(/^\d+ meetings$/)).toBeVisible();
  await expect(page.getByText(/^1–20 of \d+$/)).toBeVisible();
  await saveReadmeScreenshot(page, 'meet');

  // Selecting rows: one, then the whole page from the header.
  await firstRow.getByRole('checkbox', { name: `Select ${firstPageTitle ?? ''}` }).check();
  await expect(page.getByRole('status').filter({ hasText: 'meetings' })).toHaveText(/^\d+ meetings · 1 selected$/);
  await table.getByRole('checkbox', { name: 'Select all meetings on this page' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'meetings' })).toHaveText(/^\d+ meetings · 20 selected$/);

  await page.getByRole('button', { name: /next page/i }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.getByRole('row').nth(1)).not.toContainText(firstPageTitle ?? '');
  await expect(page.getByText(/^21–\d+ of \d+$/)).toBeVisible();
  // The selection was the first page's.
  await expect(page.getByRole('status').filter({ hasText: 'meetings' })).toHaveText(/^\d+ meetings$/);

  // A one-day range: only that day's meetings, and back to page 1.
  const totalBefore = await page.getByText(/^\d+ meetings$/).textContent();
  await typeOneDayRange(page, day);
  await expect(page.getByText(/^\d+ meetings?$/)).not.toHaveText(totalBefore ?? '');
  await expect(table.getByRole('row').filter({ hasText: firstPageTitle ?? '' })).toHaveCount(1);
});

test('a row’s details give the invitation and an .ics that parses', async ({ page }) => {
  await page.goto('/meet?tab=scheduled');
  const table = page.getByRole('table', { name: 'Scheduled meetings' });
  const row = table.getByRole('row').nth(1);
  // The title opens the details.
  await row.getByRole('cell').nth(2).getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Invitation text')).toContainText('(+1) 858-999-9915');
  await expect(dialog.getByLabel('Invitation text')).toContainText(/\d{3}-\d{3}-\d{3}#/);
  await expectNoA11yViolations(page, '[role="dialog"]');

  await dialog.getByRole('button', { name: 'Copy invitation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Join by phone');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Add to calendar' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  expect(vevent).not.toBeNull();
  const event = new ICAL.Event(vevent ?? undefined);
  expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());
  expect(event.description).toContain('(+1) 858-999-9915');
});
