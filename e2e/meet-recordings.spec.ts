// The History table's Recording column, as the guide's portal has it: shown because demo meetings
// were recorded, and its link opens the recording.
import { expect, test } from './support/test';

test('the History table has a Recording column whose link opens the recording', async ({ page }) => {
  await page.goto('/meet?tab=history');
  const table = page.getByRole('table', { name: 'Meeting history' });
  await expect(table.getByRole('columnheader', { name: 'Recording' })).toBeVisible({ timeout: 20_000 });
  const link = table.getByRole('link', { name: /^Recording: .+ \(opens in a new tab\)$/ }).first();
  const title =
    /^Recording: (.+) \(opens in a new tab\)$/.exec((await link.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  expect(new URL(href).protocol).toMatch(/^https?:$/);
  expect(await link.getAttribute('rel')).toContain('noopener');

  const opened = page.waitForEvent('popup');
  await link.click();
  const recording = await opened;
  await expect(recording.getByRole('heading', { name: `Recording: ${title}` })).toBeVisible();
  await expect(recording.getByText(/Meeting \d{3}-\d{3}-\d{3}/)).toBeVisible();
  await recording.close();
});
