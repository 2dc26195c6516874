// Journey: a contact whose name is markup shows it as text everywhere on the page; deleting it asks first.
import { ssp, uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('a contact with HTML in its name shows as text, and deleting it asks first', async ({ page }) => {
  const name = '<img src=x onerror=alert(1)>';
  const last = `Html${String(Date.now()).slice(-6)}`;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('/contacts');
  await ssp(page, '/texting/contacts', {
    method: 'POST',
    body: { first_name: name, last_name: last, number: uniqueNumber() },
  });

  await page.getByLabel('Search contacts').fill(last);
  await expect(page.getByRole('cell', { name: `${name} ${last}`, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts' }).locator('img')).toHaveCount(0);

  await page.getByRole('button', { name: `Edit ${name} ${last}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(edit.getByLabel('First name')).toHaveValue(name);
  await edit.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `Delete ${name} ${last}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name} ${last}?` });
  await expect(confirm).toContainText('their conversations and messages will be deleted too');
  await expectNoA11yViolations(page, '[role="dialog"]');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Deleted ${name} ${last}.`)).toBeVisible();
  await expect(page.getByText('No contacts match your search')).toBeVisible();
  expect(dialogs).toBe(0);
});
