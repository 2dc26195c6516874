// Session lifetimes, against the sandbox's global token settings, so these journeys run one after the
// other and put the settings back at the end.
//  1. With 5-second id_tokens a user keeps working for 30 s: one refresh per expiry, never a dialog.
//  2. With the refresh token revoked the session-ended dialog appears, and a half-typed message is still
//     in the composer after signing in again.
import { expectNoA11yViolations } from './support/axe';
import { DEMO, SANDBOX_URL } from './support/demo';
import { freshUser } from './support/fresh-user';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

async function devPost(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/dev${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /dev${path} answered ${String(response.status)}: ${await response.text()}`);
}

test.afterAll(async () => {
  await devPost('/settings', { id_token_ttl: '8h' });
});

function countRefreshes(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (request.url().includes('/auth/refresh-token')) seen.count += 1;
  });
  return seen;
}

test('5-second tokens: 30 s of work, one refresh per expiry, no interruption', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await devPost('/settings', { id_token_ttl: '5s' });
  const user = await freshUser(baseURL ?? '');
  const context = await browser.newContext({ storageState: user.storageState });
  const page = await context.newPage();
  const refreshes = countRefreshes(page);
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  let dialogSeen = false;
  let sspCalls = 0;
  page.on('request', (request) => {
    if (request.url().includes('/ssp/') && request.method() !== 'OPTIONS') sspCalls += 1;
  });

  const started = Date.now();
  const stops = ['/texting', '/contacts', '/meet', '/account'];
  const headings = ['Texting', 'Contacts', 'Meet', 'Account'];
  for (let i = 0; Date.now() - started < 30_000; i += 1) {
    const link = page
      .getByRole('navigation', { name: 'Main' })
      .first()
      .getByRole('link', { name: headings[i % 4] });
    // Alternate in-app navigation with full loads, so data is fetched again and again across expiries.
    if (i % 2 === 0) await page.goto(stops[i % 4] ?? '/texting');
    else await link.click();
    await expect(page.getByRole('heading', { name: headings[i % 4], level: 1 })).toBeVisible({ timeout: 20_000 });
    if (headings[i % 4] === 'Account') await expect(page.getByLabel('Email')).toHaveValue(user.email);
    if ((await dialog.count()) > 0) dialogSeen = true;
    expect(page.url()).not.toContain('/sign-in');
    await page.waitForTimeout(2_500);
  }
  const elapsed = (Date.now() - started) / 1000;
  expect(dialogSeen).toBe(false);
  await expect(dialog).toHaveCount(0);
  // Renewals happen when a call needs one: several expiries were bridged, but never more than one
  // renewal per 5-second lifetime (+1 for the token that was about to lapse at the start), whatever the
  // number of calls.
  const expiries = Math.ceil(elapsed / 5);
  const summary = `${String(refreshes.count)} refreshes for ${String(sspCalls)} SSP calls in ${elapsed.toFixed(0)} s`;
  expect(sspCalls, summary).toBeGreaterThan(expiries);
  expect(refreshes.count, summary).toBeGreaterThanOrEqual(3);
  expect(refreshes.count, summary).toBeLessThanOrEqual(expiries + 1);
  console.log(summary);
  await context.close();
  await devPost('/settings', { id_token_ttl: '8h' });
});

test('a revoked session keeps a half-typed message across signing in again', async ({ browser }) => {
  test.setTimeout(120_000);
  const conversation = await ownConversation('Rev');
  // A fresh sign-in of the demo user in its own browser, with tokens that expire soon.
  await devPost('/settings', { id_token_ttl: '5s' });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(`/texting/${conversation.id}`)}`);
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/texting/${conversation.id}`), { timeout: 20_000 });

  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(composer).toBeVisible({ timeout: 20_000 });
  const half = `Half a thought about the invoice ${String(Date.now())}, and`;
  await composer.fill(half);
  await devPost('/revoke', { email: DEMO.email });
  await devPost('/settings', { id_token_ttl: '8h' });

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  // The next renewal is refused; if the page makes no call by itself, moving on makes one.
  await expect(dialog)
    .toBeVisible({ timeout: 30_000 })
    .catch(async () => {
      await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Contacts' }).click();
      await page.goBack();
      await expect(dialog).toBeVisible({ timeout: 20_000 });
    });
  // Behind the dialog, the half-typed message is still on screen; the dialog itself passes axe.
  // (the modal hides the page from the accessibility tree, hence includeHidden).
  await expect(page.getByRole('textbox', { name: 'Message', exact: true, includeHidden: true })).toHaveValue(half);
  await expectNoA11yViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  // The hosted page may still know this browser and send it straight back; otherwise sign in.
  await page.waitForURL(/\/auth\/authorize|\/texting\//, { timeout: 20_000 });
  if (page.url().includes('/auth/authorize')) {
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/texting/${conversation.id}$`), { timeout: 20_000 });
  await expect(dialog).toHaveCount(0);
  await expect(composer).toHaveValue(half, { timeout: 20_000 });
  await context.close();
});
