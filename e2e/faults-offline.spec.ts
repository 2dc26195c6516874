// Going offline shows the offline banner; coming back hides it and refreshes the lists, so a change
// made elsewhere meanwhile appears without a reload. Moving to a page whose code is not loaded yet,
// while offline, shows what happened with Retry, never a blank page.
import { ssp, uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('offline shows a banner; back online the contacts list refreshes', async ({ page, context }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible({ timeout: 20_000 });
  const number = uniqueNumber();
  await page.getByLabel('Search contacts').fill(number.slice(0, 6));
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('status').filter({ hasText: /contacts? found/ })).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(banner).toBeVisible();
  await expectNoA11yViolations(page);

  // Meanwhile, someone else adds a contact the search matches.
  const last = `Offline${String(Date.now()).slice(-6)}`;
  await ssp(page, '/texting/contacts', { method: 'POST', body: { first_name: 'Zane', last_name: last, number } });

  await context.setOffline(false);
  await expect(banner).toBeHidden();
  await expect(page.getByRole('cell', { name: `Zane ${last}`, exact: true })).toBeVisible({ timeout: 20_000 });
});

test('offline shows a banner; back online the conversation list refreshes', async ({ page, context }) => {
  await page.goto('/texting');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link').first()).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(banner).toBeVisible();

  // Meanwhile, a new contact is written to: a conversation the list has not seen.
  const last = `Away${String(Date.now()).slice(-6)}`;
  const contact = await ssp<{ id: string }>(page, '/texting/contacts', {
    method: 'POST',
    body: { first_name: 'Ziva', last_name: last, number: uniqueNumber() },
  });
  const conversation = await ssp<{ id: string }>(page, '/texting/conversations', {
    method: 'POST',
    body: { contact_id: contact.id, from_number: '8583715117' },
  });
  await ssp(page, `/texting/conversations/${conversation.id}/messages`, {
    method: 'POST',
    body: { text: 'Written while you were away' },
  });

  await context.setOffline(false);
  await expect(banner).toBeHidden();
  await expect(list.getByRole('link', { name: new RegExp(`Ziva ${last}`) })).toBeVisible({ timeout: 20_000 });
});

test('parts that load after the page wait offline and come once back online; the page stays', async ({
  page,
  context,
}) => {
  // The pager's code downloads on the user's first act and the row hints' tooltip on the first hover: a
  // connection lost meanwhile must leave the page as it is, not swap it for an error.
  const pager = /\/assets\/page-pagination-view-[\w-]+\.js$/;
  let cutOff: (() => Promise<void>) | undefined;
  const requested = new Promise<void>((resolve) => {
    void page.route(pager, (route) => {
      cutOff = () => route.abort('internetdisconnected');
      resolve();
    });
  });
  await page.goto('/contacts');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await page.mouse.move(400, 300);
  await requested;
  await context.setOffline(true);
  await cutOff?.();
  await page.unroute(pager);
  const edit = table.getByRole('button', { name: /^Edit / }).first();
  await edit.hover();
  await page.waitForTimeout(500);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go to next page' })).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByRole('button', { name: 'Go to next page' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('heading', { name: 'Contacts', level: 1 }).hover();
  await edit.hover();
  await expect(page.getByRole('tooltip', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a page opened while offline says so with Retry, and Retry loads it once back online', async ({
  page,
  context,
}) => {
  await page.goto('/contacts');
  await expect(page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meet' }).click();
  const failure = page.getByRole('alert').filter({ hasText: /could not be loaded|offline/i });
  await expect(failure).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await context.setOffline(false);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Meet', level: 1 })).toBeVisible({ timeout: 20_000 });
});
