// Journey: create a contact from the Contacts page, find it by number typed with +1 and dashes, and
// meet the "this number already belongs to …" answer when creating it again.
import { uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

test('create a contact, find it by number, and be pointed to it when adding the number again', async ({ page }) => {
  const number = uniqueNumber();
  const last = `Create${String(Date.now()).slice(-6)}`;
  const formatted = `(${number.slice(0, 3)}) ${number.slice(3, 6)}-${number.slice(6)}`;

  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Matt Wiz', exact: true })).toBeVisible();
  // This page's content; the shared frame (navigation, account menu) is checked by its own journeys.
  await expectNoA11yViolations(page);
  await saveReadmeScreenshot(page, 'contacts');

  await page.getByRole('button', { name: 'New contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByText('Enter a first name.')).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');

  await dialog.getByLabel('First name').fill('Nadia');
  await dialog.getByLabel('Last name').fill(last);
  await dialog.getByLabel('Phone number').fill(`+1 ${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText(`Added Nadia ${last}.`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // Search tolerant of +1, spaces, dashes and parentheses; the search lives in the URL.
  await page.getByLabel('Search contacts').fill(`+1 (${number.slice(0, 3)}) ${number.slice(3, 6)}-`);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('cell', { name: `Nadia ${last}`, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: formatted, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('cell', { name: `Nadia ${last}`, exact: true })).toBeVisible();

  // The row's icon buttons show what they do when the mouse rests on them, and not once it leaves.
  await page.getByRole('button', { name: `Message Nadia ${last}` }).hover();
  const hint = page.getByRole('tooltip', { name: 'Message', exact: true });
  await expect(hint).toBeVisible();
  await page.getByRole('heading', { name: 'Contacts', level: 1 }).hover();
  await expect(hint).toBeHidden();

  // The same number again: not an error, a pointer to the contact that has it.
  await page.getByRole('button', { name: 'New contact' }).first().click();
  await dialog.getByLabel('First name').fill('Someone');
  await dialog.getByLabel('Phone number').fill(number);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByText(`This number already belongs to Nadia ${last}.`)).toBeVisible();
  await expect(dialog.getByLabel('First name')).toHaveValue('Someone');
  await dialog.getByRole('button', { name: 'Open' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(edit.getByLabel('First name')).toHaveValue('Nadia');
  await expect(edit.getByLabel('Phone number')).toHaveValue(formatted);
});
