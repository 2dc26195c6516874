// Meetings show their own zone's time and, beneath it without any hover, the user's own time when
// the zones differ; the account page's time-zone hint says so. The demo user is in Los Angeles.
import { expect, test } from './support/test';

/** Minutes since the epoch of a shown time such as `Dec 5, 2026, 10:00 AM`, read as wall-clock fields. */
function wallClockMinutes(text: string): number {
  const ms = Date.parse(`${text.replace(/\u202f/g, ' ')} UTC`);
  expect(Number.isNaN(ms), text).toBe(false);
  return ms / 60_000;
}

test('the user’s own time shows beneath a meeting’s time without hover, and the account hint says so', async ({
  page,
}) => {
  await page.goto('/meet?tab=history');
  const table = page.getByRole('table', { name: 'Meeting history' });
  // Cells: the selection checkbox, Date (with its zone), Title…
  const kolkata = table.getByRole('row').filter({ hasText: 'Asia/Kolkata' }).first();
  const when = kolkata.getByRole('cell').nth(1);
  const yours = when.getByText(/^Your time: /);
  await expect(yours).toBeVisible();
  const meetingText = (await when.locator('span').first().textContent()) ?? '';
  const userText = ((await yours.textContent()) ?? '').replace(/^Your time: /, '');
  // Kolkata (UTC+5:30) reads 13 h 30 min later than Los Angeles in winter (UTC−8), 12 h 30 min in summer.
  expect([13 * 60 + 30, 12 * 60 + 30]).toContain(wallClockMinutes(meetingText) - wallClockMinutes(userText));

  // A meeting in the user's own zone has one reading only.
  const la = table.getByRole('row').filter({ hasText: 'America/Los_Angeles' }).first();
  await expect(la.getByRole('cell').nth(1)).toBeVisible();
  await expect(la.getByText(/^Your time: /)).toHaveCount(0);

  await page.goto('/account');
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await expect(zone).toHaveAccessibleDescription(
    /each meeting in its own zone and, beneath, the time here when the zones differ/,
  );
  await expect(page.getByText('Meeting times are shown in this zone')).toHaveCount(0);
});
