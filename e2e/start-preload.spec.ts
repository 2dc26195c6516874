// Journey: a first visit fetches its route's code from the start. The page's own files (the signed-in
// frame, the page, its data prefetch, the saved query cache) are requested while the framework is still
// on its way (here: the framework never arrives, so nothing of the app runs), instead of one import
// level at a time after it has run. Signed out, a signed-in address fetches the sign-in page's code,
// where the app sends the visitor.
import { expect, test } from './support/test';

import type { BrowserContext } from '@playwright/test';

/** The pathnames of the scripts a first visit to `path` requests while the framework cannot load. */
async function scriptsRequested(context: BrowserContext, path: string): Promise<string[]> {
  const requested: string[] = [];
  context.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  await context.route('**/assets/framework-*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(path);
  // The preloads are inserted by a small script of their own: wait until the page has settled.
  await page.waitForLoadState('networkidle');
  return requested;
}

const named = (scripts: string[], name: string) => scripts.some((path) => path.startsWith(`/assets/${name}-`));

test('signed in, the contacts page, its prefetch and the saved cache are fetched before the framework runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: process.env.E2E_STORAGE_STATE });
  const scripts = await scriptsRequested(context, '/contacts');
  expect(named(scripts, 'framework'), 'the framework was asked for').toBe(true);
  for (const name of ['contacts-page', 'contacts-prefetch', 'signed-in-frame', 'query-persistence', 'api']) {
    expect(named(scripts, name), `${name} in ${scripts.join(', ')}`).toBe(true);
  }
  // Only this route's code: no other page.
  for (const name of ['inbox-page', 'meet-page', 'account-page', 'sign-in-page']) {
    expect(named(scripts, name), `${name} in ${scripts.join(', ')}`).toBe(false);
  }
  await context.close();
});

test("signed out, a signed-in address fetches the sign-in page's code, not the page's", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const scripts = await scriptsRequested(context, '/texting');
  expect(named(scripts, 'sign-in-page'), `sign-in-page in ${scripts.join(', ')}`).toBe(true);
  for (const name of ['inbox-page', 'inbox-prefetch', 'signed-in-frame', 'query-persistence']) {
    expect(named(scripts, name), `${name} in ${scripts.join(', ')}`).toBe(false);
  }
  await context.close();
});
