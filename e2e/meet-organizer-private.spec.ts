// The organizer of a private meeting, signed in, in a tab that did not create it: "Meeting link" in the
// History table and "Open as moderator" in its details take them into the room as moderator, with no
// password page; the invitation does not tell them to ask the organizer for the password.
import { freshUser } from './support/fresh-user';
import { createPrivateMeeting } from './support/private-meeting';
import { expect, test } from './support/test';

test('the organizer opens their own private meeting from the table as moderator', async ({
  browser,
  baseURL,
}, testInfo) => {
  const organizer = await freshUser(baseURL ?? '');
  const title = `Own private ${String(Date.now())}`;
  const meetingId = await createPrivateMeeting(organizer.idToken, title, 'only-guests-need-it');
  const context = await browser.newContext({ storageState: organizer.storageState });
  const page = await context.newPage();

  await page.goto('/meet?tab=history');
  const row = page.getByRole('table', { name: 'Meeting history' }).getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('img', { name: 'Private meeting' })).toBeVisible({ timeout: 20_000 });

  // "Meeting link" opens the meeting's page in a new tab, which takes the organizer into the room.
  const fromTable = context.waitForEvent('page');
  await row.getByRole('link', { name: `Meeting link: ${title} (opens in a new tab)` }).click();
  const room = await fromTable;
  await expect(room).toHaveURL(new RegExp(`/meet-room/${meetingId}\\?jwt=`), { timeout: 20_000 });
  await expect(room.getByRole('status')).toHaveText(
    /You joined meeting \d{3}-\d{3}-\d{3} as moderator \(Kim Board\)\./,
  );
  await room.screenshot({ path: testInfo.outputPath('organizer-room.png') });
  await room.close();

  // The details dialog: the invitation never tells the organizer to ask themselves, and
  // "Open as moderator" goes the same way.
  await row.getByRole('button', { name: title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByLabel('Invitation text')).toContainText('Password for meet');
  await expect(dialog.getByLabel('Invitation text')).not.toContainText(/ask the organizer/i);
  await page.screenshot({ path: testInfo.outputPath('organizer-details.png') });
  const fromDialog = context.waitForEvent('page');
  await dialog.getByRole('link', { name: 'Open as moderator' }).click();
  const again = await fromDialog;
  await expect(again.getByRole('status')).toContainText('as moderator (Kim Board)', { timeout: 20_000 });

  // A guest (another browser, signed out) still gets the password page for the same link.
  const guestContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await guestContext.newPage();
  await guest.goto(`/meet/${meetingId}`);
  await expect(guest.getByLabel('Meeting password')).toBeVisible();
  await guestContext.close();
  await context.close();
});
