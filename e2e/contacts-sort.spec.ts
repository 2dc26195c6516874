// Journey: sorting the contacts orders the whole list, not the page on screen, and the address keeps it.
import { ssp } from './support/api';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

interface Contact {
  number: string;
}

/** Every number of the company, from the API in its own order (page by page). */
async function allNumbers(page: Page): Promise<string[]> {
  const numbers: string[] = [];
  for (let p = 1; ; p++) {
    const batch = await ssp<Contact[]>(page, `/texting/contacts?per_page=100&page=${String(p)}`);
    numbers.push(...batch.map((c) => c.number));
    if (batch.length < 100) return numbers;
  }
}

const shown = (n: string) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`;

test('sorting by number orders every page, and the order survives a reload', async ({ page }) => {
  await page.goto('/contacts?size=10');
  const table = page.getByRole('table', { name: 'Contacts' });
  const numberHeader = table.getByRole('button', { name: 'Number', exact: true });
  // A page of rows renders in the background: on a busy machine it takes a while.
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  // The order is the list's, so no note that it is the page's.
  await expect(numberHeader).not.toHaveAccessibleDescription(/page/);

  const numbers = (await allNumbers(page)).sort();
  const firstNumber = table.getByRole('row').nth(1).getByRole('cell').nth(1);

  await numberHeader.click();
  await expect(page).toHaveURL(/sort=number/);
  await expect(table.getByRole('columnheader', { name: 'Number', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(firstNumber).toHaveText(shown(numbers[0] ?? ''));

  await numberHeader.click();
  await expect(page).toHaveURL(/sort=-number/);
  await expect(firstNumber).toHaveText(shown(numbers.at(-1) ?? ''));

  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(firstNumber).toHaveText(shown(numbers.at(-11) ?? ''));

  await page.reload();
  await expect(page).toHaveURL(/sort=-number/);
  await expect(table.getByRole('columnheader', { name: 'Number', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(firstNumber).toHaveText(shown(numbers.at(-11) ?? ''));
});
