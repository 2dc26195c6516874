// Start a private meeting, then open its link signed out: wrong password, right password, the room as guest.
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('a private meeting started now is joined by a signed-out guest with its password', async ({
  page,
  context,
  browser,
}) => {
  await page.goto('/meet');
  await expect(page.getByRole('heading', { name: 'Meet' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scheduled meetings' })).toBeVisible();
  // The page's own content; the app frame is checked by its own journeys.
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Start a new meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new meeting' });
  const title = `Private huddle ${String(Date.now())}`;
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Make it private').check();
  await dialog.getByLabel('Password').fill('huddle-pass');
  await expectNoA11yViolations(page, '[role="dialog"]');

  // The room opens in a new tab, opened within the click.
  const roomTab = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  const room = await roomTab;
  await expect(room.getByRole('status')).toContainText('as moderator');
  await room.close();

  // The new meeting is at the top of History.
  await expect(page).toHaveURL(/tab=history/);
  const table = page.getByRole('table', { name: 'Meeting history' });
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow).toContainText(title);
  await expect(firstRow.getByRole('img', { name: 'Private meeting' })).toBeVisible();

  // COPY LINK puts the meeting's link on the clipboard.
  await firstRow.getByRole('button', { name: `Copy link: ${title}` }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/meet\/\d{9}$/);

  // A guest with no session opens the link.
  const guestContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: title })).toBeVisible();
  await expectNoA11yViolations(guest);
  await guest.getByLabel('Meeting password').fill('wrong-pass');
  await guest.getByRole('button', { name: 'Join meeting' }).click();
  await expect(guest.getByText('Wrong password. 4 tries left.')).toBeVisible();
  await guest.getByLabel('Meeting password').fill('huddle-pass');
  await guest.getByRole('button', { name: 'Join meeting' }).click();
  await expect(guest).toHaveURL(/\/meet-room\/\d{9}\?jwt=/);
  await expect(guest.getByRole('status')).toContainText('as guest');
  await guestContext.close();
});
