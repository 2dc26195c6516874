// The History table: paging and the date range live in the URL and change the rows; a row's details
// give an .ics that parses.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { saveReadmeScreenshot } from './support/screenshots';

test('paging and the date filter change the rows and the URL', async ({ page }) => {
  await page.goto('/meet?tab=history');
  const grid = page.getByRole('grid', { name: 'Meeting history' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  const firstRow = grid.getByRole('row').nth(1);
  const firstPageTitle = await firstRow.getByRole('gridcell').nth(3).textContent();
  // The newest meeting's day, as its row shows it (in the meeting's own zone, which the filter uses).
  const shownDate = /^[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec((await firstRow.getByRole('gridcell').nth(1).textContent()) ?? '')?.[0] ?? '';
  const day = new Date(shownDate);
  await expect(page.getByText(/^\d+ meetings$/)).toBeVisible();
  await saveReadmeScreenshot(page, 'meet');

  await page.getByRole('button', { name: /next page/i }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(grid.getByRole('row').nth(1)).not.toContainText(firstPageTitle ?? '');

  // A one-day range: only that day's meetings, and back to page 1.
  const totalBefore = await page.getByText(/^\d+ meetings$/).textContent();
  const mm = String(day.getMonth() + 1).padStart(2, '0');
  const dd = String(day.getDate()).padStart(2, '0');
  const yyyy = String(day.getFullYear());
  for (const label of ['From', 'To']) {
    const field = page.getByRole('group', { name: label });
    await field.getByRole('spinbutton').first().click();
    await page.keyboard.type(`${mm}${dd}${yyyy}`);
  }
  const iso = `${yyyy}-${mm}-${dd}`;
  await expect(page).toHaveURL(new RegExp(`from=${iso}.*to=${iso}`));
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page.getByText(/^\d+ meetings?$/)).not.toHaveText(totalBefore ?? '');
  await expect(grid.getByRole('row').filter({ hasText: firstPageTitle ?? '' })).toHaveCount(1);
});

test('a row’s details give the invitation and an .ics that parses', async ({ page }) => {
  await page.goto('/meet?tab=scheduled');
  const grid = page.getByRole('grid', { name: 'Scheduled meetings' });
  const row = grid.getByRole('row').nth(1);
  // The title opens the details.
  await row.getByRole('gridcell').nth(3).getByRole('button').click();
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
