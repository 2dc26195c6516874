// Signed out, a private meeting of its own: five wrong passwords lock the page, which says how long to
// wait, keeps the form disabled, and refuses even the right password until the wait is over.
import { freshUser } from './support/fresh-user';
import { createPrivateMeeting } from './support/private-meeting';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('the password page shows the wait after too many wrong passwords', async ({ page, baseURL }, testInfo) => {
  const organizer = await freshUser(baseURL ?? '');
  const title = `Lockout huddle ${String(Date.now())}`;
  const meetingId = await createPrivateMeeting(organizer.idToken, title, 'the-right-one');

  await page.goto(`/meet/${meetingId}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 20_000 });
  const password = page.getByLabel('Meeting password');
  const join = page.getByRole('button', { name: 'Join meeting' });
  for (const left of ['4 tries', '3 tries', '2 tries', '1 try']) {
    await password.fill('not-it');
    await join.click();
    await expect(page.getByText(`Wrong password. ${left} left.`)).toBeVisible();
  }
  await password.fill('still-not-it');
  await join.click();
  await expect(page.getByText('Too many wrong passwords. Try again in 5 minutes.')).toBeVisible();
  await expect(page.getByText(/You can try again in (5 minutes|4 minutes)\./)).toBeVisible();
  await expect(password).toBeDisabled();
  await expect(join).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('meet-password-lockout.png') });

  // A reload does not get around it: the server refuses the right password too, and the page says so.
  await page.reload();
  await page.getByLabel('Meeting password').fill('the-right-one');
  await page.getByRole('button', { name: 'Join meeting' }).click();
  await expect(page.getByText(/Too many wrong passwords\. Try again in [45] minutes\./)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/meet/${meetingId}$`));

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByLabel('Meeting password')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('meet-password-lockout-phone.png') });
});
