// Keyboard only: as a user whose Google Calendar is connected, open Schedule, type the title, set the
// start by typing into the date-time field and the end with the picker's calendar and time lists, add
// attendee chips, and create the meeting.
import { expectNoA11yViolations } from './support/axe';
import { freshUser } from './support/fresh-user';
import { expectVisibleFocus, tabTo, typeText } from './support/keyboard';
import { expect, test } from './support/test';

/** A date three days ahead (future in any zone) as the field's sections are typed: MMDDYYYY. */
function daysAhead(days: number): { typed: string; month: string; day: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  const year = String(date.getUTCFullYear());
  return { typed: `${month}${day}${year}`, month, day, year };
}

test('schedule a meeting with the keyboard alone', async ({ browser, baseURL }) => {
  const user = await freshUser(baseURL ?? '', { googleConnected: true });
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  const title = `Keyboard planning ${String(Date.now())}`;
  const date = daysAhead(3);

  await page.goto('/meet?tab=scheduled');
  const schedule = page.getByRole('button', { name: 'Schedule', exact: true });
  await expect(schedule).toBeVisible({ timeout: 20_000 });
  await tabTo(page, schedule);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await expect(dialog).toBeVisible();

  await tabTo(page, dialog.getByLabel('Title'));
  await expectVisibleFocus(page);
  await typeText(page, title);
  await tabTo(page, dialog.getByLabel('Description'));
  await typeText(page, 'Agenda typed without a mouse');

  // Starts: typed into the field's sections (month, day, year, hours, minutes, AM/PM).
  const starts = dialog.getByRole('group', { name: 'Starts' });
  await tabTo(page, starts.getByRole('spinbutton', { name: 'Month' }));
  await expectVisibleFocus(page);
  await typeText(page, `${date.typed}1000A`);
  await expect(starts.getByRole('spinbutton', { name: 'Day' })).toHaveText(date.day);
  await expect(starts.getByRole('spinbutton', { name: 'Hours' })).toHaveText('10');
  await expect(starts.getByRole('spinbutton', { name: 'Meridiem' })).toHaveText('AM');

  // Ends: the same day typed, then the hour changed in the picker's popup with arrows and Enter.
  const ends = dialog.getByRole('group', { name: 'Ends' });
  await tabTo(page, ends.getByRole('spinbutton', { name: 'Month' }));
  await typeText(page, `${date.typed}1000A`);
  await tabTo(page, ends.getByRole('button', { name: /^Choose date/ }));
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Ends' });
  await expect(picker.getByRole('gridcell', { name: String(Number(date.day)), exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const hours = picker.getByRole('listbox', { name: 'Select hours' });
  await expect(hours.getByRole('option', { name: '10 hours' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hours.getByRole('option', { name: '11 hours' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, picker.getByRole('button', { name: 'OK' }));
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(ends.getByRole('spinbutton', { name: 'Day' })).toHaveText(date.day);
  await expect(ends.getByRole('spinbutton', { name: 'Hours' })).toHaveText('11');
  await expect(ends.getByRole('spinbutton', { name: 'Minutes' })).toHaveText('00');

  // Attendees as chips: Enter adds one, a space ends another.
  await tabTo(page, dialog.getByRole('combobox', { name: 'Attendees' }));
  await expectVisibleFocus(page);
  await typeText(page, 'ana@example.com');
  await page.keyboard.press('Enter');
  await typeText(page, 'bo@example.com ');
  await expect(dialog.getByRole('button', { name: 'ana@example.com' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'bo@example.com' })).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');

  const create = dialog.getByRole('button', { name: 'Create meeting' });
  await tabTo(page, create);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  await expect(page.getByText('Meeting scheduled. Google Calendar sends the invitations.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Scheduled meetings' }).getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row).toContainText('ana@example.com');
  await expect(row).toContainText('bo@example.com');
  await expectNoA11yViolations(page);
  await context.close();
});
