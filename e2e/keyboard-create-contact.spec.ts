// Keyboard only: open the New contact dialog, fill it, submit with Enter; the toast and the row show.
import { uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { expectVisibleFocus, tabTo, typeText } from './support/keyboard';
import { expect, test } from './support/test';

test('create a contact with the keyboard alone', async ({ page }) => {
  const number = uniqueNumber();
  const last = `Keys${String(Date.now()).slice(-6)}`;
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible({ timeout: 20_000 });

  await tabTo(page, page.getByRole('button', { name: 'New contact' }).first());
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(dialog).toBeVisible();

  await tabTo(page, dialog.getByLabel('First name'));
  await expectVisibleFocus(page);
  await typeText(page, 'Zora');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Last name')).toBeFocused();
  await typeText(page, last);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Phone number')).toBeFocused();
  await typeText(page, number);
  await expectNoA11yViolations(page, '[role="dialog"]');
  await page.keyboard.press('Enter');

  await expect(page.getByText(`Added Zora ${last}.`)).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toBeHidden();

  // Find it with the search box, still by keyboard.
  await tabTo(page, page.getByLabel('Search contacts'), { max: 60 });
  await typeText(page, number);
  await expect(page.getByRole('cell', { name: `Zora ${last}`, exact: true })).toBeVisible({ timeout: 20_000 });
  await expectNoA11yViolations(page);

  // The row's buttons show their hint when focus reaches them; Escape puts it away.
  await tabTo(page, page.getByRole('button', { name: `Edit Zora ${last}` }));
  // (Tabbing past the sort headers leaves their own tooltip fading out meanwhile.)
  const hint = page.getByRole('tooltip', { name: 'Edit', exact: true });
  await expect(hint).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
});
