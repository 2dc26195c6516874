// Journey: a first load paints the signed-in frame and its page together, the frame complete. Until the
// page's code and the frame's parts are here the skeleton bar of index.html stays; the frame never shows
// around the page's loading spinner, nor with a part's stand-in. A chunk is held three seconds, so a
// frame that rendered first would show it.
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

declare global {
  interface Window {
    startSeen?: { pageSpinner: boolean; navBeforeHeading: boolean };
    textingIconSeen?: { plain: boolean; withCount: boolean };
    conversationsSpinnerSeen?: boolean;
  }
}

const HOLD_MS = 3_000;

/** Holds each request for a chunk whose path matches `file` for HOLD_MS; says how many were held. */
async function holdChunk(page: Page, file: RegExp): Promise<() => number> {
  let held = 0;
  await page.route(file, async (route) => {
    held += 1;
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
  return () => held;
}

/** Opens /contacts: the skeleton bar, named for assistive technology, until the page's heading. */
async function openContacts(page: Page): Promise<void> {
  await page.goto('/contacts', { waitUntil: 'commit' });
  await expect(page.getByRole('progressbar', { name: 'Loading RingPlan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible({ timeout: 30_000 });
}

test("the frame waits for the page's code, then paints with the page", async ({ page }) => {
  // From the first script on, note whether the page's spinner ever showed, and whether the navigation
  // was there before the page's heading.
  await page.addInitScript(() => {
    const seen = { pageSpinner: false, navBeforeHeading: false };
    window.startSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('main [role="status"][aria-label="Loading"]')) seen.pageSpinner = true;
      if (document.querySelector('nav[aria-label="Main"]') && !document.querySelector('main h1'))
        seen.navBeforeHeading = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const held = await holdChunk(page, /\/assets\/contacts-page-[\w-]+\.js$/);

  await openContacts(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading RingPlan' })).toHaveCount(0);
  expect(held()).toBe(1);
  expect(await page.evaluate(() => window.startSeen)).toEqual({ pageSpinner: false, navBeforeHeading: false });
});

test("the frame waits for its parts' code too, and paints complete", async ({ page }) => {
  // The Texting item's icon is a part of the frame: its own code draws it inside the unread count's
  // badge; the plain icon stands in while that code is missing. Note which the navigation ever showed.
  await page.addInitScript(() => {
    const seen = { plain: false, withCount: false };
    window.textingIconSeen = seen;
    new MutationObserver(() => {
      const texting = document.querySelector('nav[aria-label="Main"] a[href="/texting"]');
      if (!texting?.querySelector('svg')) return;
      if (texting.querySelector('.MuiBadge-root')) seen.withCount = true;
      else seen.plain = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const held = await holdChunk(page, /\/assets\/texting-nav-icon-[\w-]+\.js$/);

  await openContacts(page);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Texting/ })).toBeVisible();
  expect(held()).toBe(1);
  expect(await page.evaluate(() => window.textingIconSeen)).toEqual({ plain: false, withCount: true });
});

test('what the app needs later downloads once the first screen has painted', async ({ page }) => {
  // The error fallbacks, the toasts, the outbox's flush and the service worker's registration: none of
  // them is needed for the first screen, so none shares its network (docs/decisions.md).
  const later = /\/assets\/(route-error-fallback|toast-view|outbox-flush|virtual_pwa-register)-[\w-]+\.js$/;
  await page.goto('/texting');
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link').first()).toBeVisible({
    timeout: 30_000,
  });
  const timings = () =>
    page.evaluate((source) => {
      const pattern = new RegExp(source);
      return {
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        files: performance
          .getEntriesByType('resource')
          .filter((entry) => pattern.test(entry.name))
          .map((entry) => ({ file: entry.name.split('/').pop() ?? '', requested: entry.startTime })),
      };
    }, later.source);
  await expect.poll(async () => (await timings()).files.length, { timeout: 20_000 }).toBe(4);
  const { paint, files } = await timings();
  expect(paint).not.toBeNull();
  for (const { file, requested } of files) expect(requested, file).toBeGreaterThan(paint ?? Infinity);
});

test("a table's pager and dialogs download once the user first acts on the page", async ({ page }) => {
  // MUI's pager brings its rows-per-page menu and its buttons' tooltips, the dialogs MUI's modal: the
  // rows come first, and none of it is fetched or run while the user only reads (docs/decisions.md).
  const later = /\/assets\/(page-pagination-view|delete-contact-dialog)-[\w-]+\.js$/;
  const requested = () =>
    page.evaluate(
      (source) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new RegExp(source).test(entry.name))
          .map((entry) => entry.startTime),
      later.source,
    );
  await page.goto('/contacts');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  // A second with the rows on screen and the mouse still: nothing of it yet.
  await page.waitForTimeout(1000);
  expect(await requested()).toEqual([]);
  await expect(page.getByRole('button', { name: 'Go to next page' })).toHaveCount(0);

  await page.mouse.move(400, 300);
  await expect(page.getByRole('button', { name: 'Go to next page' })).toBeVisible();
  await expect.poll(async () => (await requested()).length).toBe(2);
});

test('a wide inbox paints the conversations it already has with the page, not after it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    window.conversationsSpinnerSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[aria-label="Loading conversations"]')) window.conversationsSpinnerSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  // The page's code is held, so the conversations (asked for at start) are in before the first render.
  const held = await holdChunk(page, /\/assets\/inbox-page-[\w-]+\.js$/);
  const listed = page.waitForResponse((response) => /\/texting\/conversations\?/.test(response.url()));
  await page.goto('/texting', { waitUntil: 'commit' });
  await listed;
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link').first()).toBeVisible({ timeout: 30_000 });
  expect(held()).toBe(1);
  expect(await page.evaluate(() => window.conversationsSpinnerSeen)).toBe(false);
});
