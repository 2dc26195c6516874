// Creating a contact while the backend is down: the dialog stays open with everything typed and says
// what happened; submitting again once the backend is back creates it.
import { uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { refuse, sspRequests } from './support/faults';
import { expect, test } from './support/test';

test('a contact that cannot be saved keeps what was typed, and saves on the next try', async ({ page }) => {
  const number = uniqueNumber();
  const last = `Fault${String(Date.now()).slice(-6)}`;
  await page.goto('/contacts');
  await expect(page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: 'New contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByLabel('First name').fill('Zelda');
  await dialog.getByLabel('Last name').fill(last);
  await dialog.getByLabel('Phone number').fill(number);

  const restore = await refuse(page, sspRequests(/^\/texting\/contacts$/, 'POST'));
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Your changes are still here', { timeout: 20_000 });
  await expect(dialog.getByRole('alert')).toContainText('could not be reached');
  await expect(dialog.getByLabel('First name')).toHaveValue('Zelda');
  await expect(dialog.getByLabel('Last name')).toHaveValue(last);
  await expect(dialog.getByLabel('Phone number')).toHaveValue(number);
  await expectNoA11yViolations(page, '[role="dialog"]');

  await restore();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText(`Added Zelda ${last}.`)).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toBeHidden();
  await page.getByLabel('Search contacts').fill(number);
  await expect(page.getByRole('cell', { name: `Zelda ${last}`, exact: true })).toHaveCount(1, { timeout: 20_000 });
});
