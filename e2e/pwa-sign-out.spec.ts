// Journey: nothing of one user survives sign-out on a shared browser. The user's persisted query cache
// (IndexedDB), outbox and drafts are there while signed in; after "Sign out", IndexedDB, Cache Storage,
// the outbox and the drafts hold nothing of them, and the next user on the same browser sees none of it.
import { SANDBOX_URL } from './support/demo';
import { freshUser, type FreshUser } from './support/fresh-user';
import { cacheStorageText, indexedDbText, serviceWorkerActive } from './support/pwa';
import { signInWithForm } from './support/sign-in';
import { expect, test } from './support/test';

test.use({ serviceWorkers: 'allow', storageState: { cookies: [], origins: [] } });

async function api<T>(user: FreshUser, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/ssp${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: user.idToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${String(response.status)}: ${await response.text()}`);
  return (await response.json()) as T;
}

test('sign-out leaves nothing of the user in IndexedDB, the caches or the outbox; the next user sees none of it', async ({
  page,
  context,
  baseURL,
}) => {
  const first = await freshUser(baseURL ?? '');
  const surname = `Leftover${String(Date.now()).slice(-6)}`;
  const contact = await api<{ id: string }>(first, '/texting/contacts', {
    first_name: 'Ula',
    last_name: surname,
    number: '4155550142',
  });
  const [number] = await api<{ number: string }[]>(first, '/texting/numbers');
  const conversation = await api<{ id: string }>(first, '/texting/conversations', {
    contact_id: contact.id,
    from_number: number?.number,
  });

  await signInWithForm(page, first);
  await page.goto(`/texting/${conversation.id}`);
  await expect(
    page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(surname) }),
  ).toBeVisible({ timeout: 20_000 });
  await serviceWorkerActive(page);
  // An unsent message in the outbox: its send could not reach the service.
  const sends = `${SANDBOX_URL}/ssp/texting/conversations/*/messages`;
  await context.route(sends, (route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback(),
  );
  const unsent = `Unsent when signing out ${surname}`;
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill(unsent);
  await composer.press('Enter');
  await expect(page.locator('[data-message-row]').filter({ hasText: unsent })).toContainText('Failed · Not sent');
  await context.unroute(sends);
  // A draft: typed, not sent.
  const draft = `Draft when signing out ${surname}`;
  await composer.fill(draft);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ringplan.texting.drafts'))).toContain(draft);
  await page.goto('/contacts');
  await expect(page.getByRole('cell', { name: `Ula ${surname}`, exact: true })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => indexedDbText(page), { timeout: 10_000 }).toContain(surname);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('ringplan.start-snapshot') ?? ''), { timeout: 20_000 })
    .toContain(surname);
  expect(await page.evaluate(() => localStorage.getItem('ringplan.texting.outbox'))).toContain(unsent);

  await page.getByRole('button', { name: /account menu for/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible();

  const stored = await indexedDbText(page);
  expect(stored).not.toContain(surname);
  expect(stored).not.toContain(first.email);
  const cached = await cacheStorageText(page);
  expect(cached.urls.length).toBeGreaterThan(0); // the app's shell is still there, for the next start
  expect(cached.urls.filter((url) => url.startsWith(SANDBOX_URL))).toEqual([]);
  expect(cached.text).not.toContain(surname);
  const outbox = (await page.evaluate(() => localStorage.getItem('ringplan.texting.outbox'))) ?? '';
  expect(outbox).not.toContain(unsent);
  expect(outbox).not.toContain(first.email);
  const drafts = (await page.evaluate(() => localStorage.getItem('ringplan.texting.drafts'))) ?? '';
  expect(drafts).not.toContain(draft);
  expect(drafts).not.toContain(first.email.toLowerCase());
  // Nor anywhere else in this origin's storage (the start snapshot, settings, tokens).
  const storage = await page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((store) => Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ''}`))
      .join('\n'),
  );
  expect(storage).not.toContain(surname);
  expect(storage.toLowerCase()).not.toContain(first.email.toLowerCase());

  // The next user on this browser, offline after signing in, finds only their own data.
  const second = await freshUser(baseURL ?? '');
  await signInWithForm(page, second);
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByText(/no contacts/i).first()).toBeVisible({ timeout: 20_000 });
  await context.setOffline(true);
  await page.goto('/texting');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await expect(page.getByText(surname)).toHaveCount(0);
  await expect(page.getByText(unsent)).toHaveCount(0);
  await expect(page.getByText(draft)).toHaveCount(0);
  expect(await indexedDbText(page)).not.toContain(surname);
  await context.setOffline(false);
});
