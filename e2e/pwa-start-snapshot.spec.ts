// Journey: the start snapshot. After a visit, the next start of the same address paints what the user
// last saw before any of the app's code has run (here: with the app's code unable to load at all), as
// a picture nobody can click, with text from the API still text; then the app takes over. A phone and
// a desktop keep their own. Signing out forgets it.
import { ssp, uniqueNumber } from './support/api';
import { freshUser } from './support/fresh-user';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

declare global {
  interface Window {
    pwned?: boolean;
  }
}

/** Every text of the page, shadow roots (closed ones too) included, as the browser's DevTools see it. */
async function textWithShadows(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  interface Node {
    nodeType: number;
    nodeValue: string;
    children?: Node[];
    shadowRoots?: Node[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.nodeValue);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(root);
  await cdp.detach();
  return texts.join('\n');
}

const savedAddresses = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('ringplan.start-snapshot') ?? 'null') as {
      pages?: Record<string, unknown>;
    } | null;
    return Object.keys(saved?.pages ?? {});
  });

test('the next start paints the last inbox before the code runs, then the app takes over; sign-out forgets it', async ({
  browser,
  baseURL,
}) => {
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/texting');
  const [number] = await ssp<{ number: string }[]>(page, '/texting/numbers');
  // A name that would run as markup if it were ever parsed as HTML.
  const hostile = '<img src=x onerror="window.pwned=true">';
  const contact = await ssp<{ id: string }>(page, '/texting/contacts', {
    method: 'POST',
    body: { first_name: 'Snap', last_name: hostile, number: uniqueNumber() },
  });
  await ssp(page, '/texting/conversations', {
    method: 'POST',
    body: { contact_id: contact.id, from_number: number?.number },
  });
  await page.reload();
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link', { name: /Snap/ })).toBeVisible({ timeout: 20_000 });
  // Saved once the start's first seconds are over (10 s), and when the tab is left.
  await expect.poll(() => savedAddresses(page), { timeout: 20_000 }).toContain('/texting');

  // The app's code cannot load: what shows is the snapshot alone.
  await context.route('**/assets/**', (route) => route.abort());
  await page.reload();
  const snapshot = page.locator('#start-snapshot');
  await expect(snapshot).toBeAttached();
  await expect(snapshot).toHaveAttribute('inert', '');
  await expect(snapshot).toHaveAttribute('aria-hidden', 'true');
  const painted = await textWithShadows(page);
  expect(painted).toContain(`Snap ${hostile}`);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  // Nothing of it is found by the page's own queries (its copies of the app's elements are its own).
  await expect(page.getByText(/Snap/)).toHaveCount(0);
  await saveReadmeScreenshot(page, 'start-snapshot-phone');

  // With the code, the app takes over and the snapshot goes.
  await context.unroute('**/assets/**');
  await page.reload();
  await expect(list.getByRole('link', { name: /Snap/ })).toBeVisible({ timeout: 20_000 });
  await expect(snapshot).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();

  // A desktop-wide window does not show a phone's snapshot.
  const wide = await browser.newContext({
    storageState: await context.storageState(),
    viewport: { width: 1280, height: 800 },
  });
  await wide.route('**/assets/**', (route) => route.abort());
  const desktop = await wide.newPage();
  await desktop.goto('/texting');
  expect(await savedAddresses(desktop)).toContain('/texting');
  await expect(desktop.locator('#start-snapshot')).toHaveCount(0);
  await wide.close();

  // Signing out forgets it.
  await page.getByRole('button', { name: /account menu for/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });
  expect(await page.evaluate(() => localStorage.getItem('ringplan.start-snapshot'))).toBeNull();
  await context.close();
});
