// Journey: contacts and conversations are found by any word of the name (case, accents and
// punctuation ignored) and by any run of digits in the number, however it is typed.
import { expect, test } from './support/test';

test('search finds contacts by any word of the name and any run of digits in the number', async ({ page }) => {
  await page.goto('/contacts');
  const search = page.getByLabel('Search contacts');
  const table = page.getByRole('table', { name: 'Contacts' });
  const cell = (name: string) => table.getByRole('cell', { name, exact: true });
  // The list follows the box after a pause: wait for the search's own count, not the list before it.
  const found = async (q: string, name: string) => {
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText('1 contact found');
    await expect(cell(name)).toBeVisible();
  };

  await search.fill('obrien');
  await found('obrien', "Tom O'Brien");

  // A word in the middle of the name, inside markup that is shown as text.
  await search.fill('Bobby');
  await found('Bobby', 'Robert <b>Bobby</b> Tables');

  // Digits from the middle of (812) 338-2823, typed with a dash.
  await search.fill('338-28');
  await found('338-28', 'Matt Wiz');

  await search.fill('nunez jose');
  await found('nunez jose', 'José Núñez');
});

test('the inbox search finds conversations the same way', async ({ page }) => {
  await page.goto('/texting');
  const search = page.getByLabel('Search conversations');
  const list = page.getByRole('list', { name: 'Conversations' });

  await search.fill('bobby');
  await expect(list.getByRole('link', { name: /Robert <b>Bobby<\/b> Tables/ })).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(1);

  await search.fill('338-28');
  await expect(list.getByRole('link', { name: /Matt Wiz/ })).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(1);
});
