// Keyboard only, signed out: a private meeting's page, a wrong password, the right one, Enter → the room.
import { expectNoA11yViolations } from './support/axe';
import { SANDBOX_URL } from './support/demo';
import { freshUser } from './support/fresh-user';
import { expectVisibleFocus, tabTo, typeText } from './support/keyboard';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

/** A private meeting that started a moment ago, made by a fresh user through the API. */
async function privateMeeting(appUrl: string, title: string, password: string): Promise<string> {
  const organizer = await freshUser(appUrl);
  const now = new Date(Date.now() - 60_000).toISOString().slice(0, 19);
  const answer = await fetch(`${SANDBOX_URL}/ssp/meet/calendar/event/history`, {
    method: 'POST',
    headers: { authorization: organizer.idToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      title_meet: title,
      summary: title,
      description: '',
      start_time: now,
      end_time: now,
      time_zone: 'Etc/GMT+0',
      password,
    }),
  });
  if (answer.status !== 201)
    throw new Error(`Creating the meeting answered ${String(answer.status)}: ${await answer.text()}`);
  const created = (await answer.json()) as { event: { meeting_id: string } };
  return created.event.meeting_id;
}

test('enter a meeting password with the keyboard alone', async ({ page, baseURL }) => {
  const title = `Keyboard huddle ${String(Date.now())}`;
  const meetingId = await privateMeeting(baseURL ?? '', title, 'keys-only-pass');

  await page.goto(`/meet/${meetingId}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 20_000 });
  await expectNoA11yViolations(page);

  const password = page.getByLabel('Meeting password');
  await tabTo(page, password);
  await expectVisibleFocus(page);
  await typeText(page, 'not-the-password');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wrong password. 4 tries left.')).toBeVisible();
  await expect(password).toHaveValue('');

  await tabTo(page, password);
  await typeText(page, 'keys-only-pass');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/meet-room/${meetingId}\\?jwt=`), { timeout: 20_000 });
  await expect(page.getByRole('status')).toContainText('as guest');
});
