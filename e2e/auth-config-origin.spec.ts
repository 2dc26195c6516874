// Journey: one file moves an environment. The same build, served by vite preview, is pointed at the
// sandbox under another origin (127.0.0.1 instead of localhost) by editing only its /config.json while
// the server runs; its Content-Security-Policy follows, and signing in works. A policy left behind
// (a server whose CSP was not derived from the config) is named plainly, not blamed on the network.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxAppConfig } from '../scripts/sandbox-app-config.mjs';
import { DEMO, SANDBOX_URL } from './support/demo';
import { startPreview, type JourneyServer } from './support/server';
import { expect, test } from './support/test';

const dist = process.env.E2E_DIST ?? 'dist';
// The sandbox registers this origin too (playwright.config.ts).
const port = Number(process.env.E2E_APP_PORT ?? 4173) + 3000;
const origin = `http://localhost:${String(port)}`;
const sandboxElsewhere = SANDBOX_URL.replace('//localhost:', '//127.0.0.1:');
let preview: JourneyServer | undefined;
let dir = '';
let configFile = '';

const configFor = (api: string) => JSON.stringify(sandboxAppConfig(api));

test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-config-origin-'));
  configFile = join(dir, 'config.json');
  writeFileSync(configFile, configFor(SANDBOX_URL));
  preview = await startPreview(port, dist, configFile);
});

test.afterAll(async () => {
  await preview?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('editing only /config.json moves the app, and its security policy, to another API origin', async ({ page }) => {
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByRole('button', { name: 'Sign in with RingPlan' })).toBeVisible();

  // The edit a deployer makes, with the server running.
  writeFileSync(configFile, configFor(sandboxElsewhere));
  const headers = (await fetch(`${origin}/sign-in`)).headers;
  expect(headers.get('content-security-policy')).toContain(`connect-src 'self' ${sandboxElsewhere};`);

  await page.reload();
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await expect(page).toHaveURL(new RegExp(`^${sandboxElsewhere}/auth/authorize`));
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${origin}/texting`);
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Matt Wiz/ })).toBeVisible();
});

test("a security policy that does not allow the config's API is named as such, not as a network failure", async ({
  page,
}) => {
  writeFileSync(configFile, configFor(SANDBOX_URL));
  // A server whose policy was written for another config: its /config.json names 127.0.0.1 while the
  // policy it is served with allows localhost only.
  await page.route(`${origin}/config.json`, async (route) => {
    const response = await route.fetch();
    const { 'content-length': _length, ...headers } = response.headers();
    await route.fulfill({ status: 200, headers, body: configFor(sandboxElsewhere) });
  });
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByRole('heading', { name: 'RingPlan could not start' })).toBeVisible();
  await expect(page.getByText(`This build's security policy does not allow ${sandboxElsewhere}`)).toBeVisible();
  await expect(page.getByText(/update the Content-Security-Policy with the configuration/)).toBeVisible();
  await expect(page.getByText(/Check your connection/)).toBeHidden();
});
