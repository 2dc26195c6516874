// Journey: a new version deployed while the app is open. The app, served from a copy of the build, is
// at work with a half-typed message; the copy's service worker changes (a deploy), the app finds it
// and says "A new version is available" with Reload, and does not reload on its own: the typing goes
// on. Reload (the user's click) brings the new version in, with the draft still there.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { DEMO } from './support/demo';
import { ownConversation } from './support/own-conversation';
import { serviceWorkerActive } from './support/pwa';
import { startPreview, type JourneyServer } from './support/server';
import { signInWithForm } from './support/sign-in';
import { expect, test } from './support/test';

const dist = process.env.E2E_DIST ?? 'dist';
const appPort = Number(process.env.E2E_APP_PORT ?? 4173);
// The sandbox registers this origin too (playwright.config.ts).
const port = appPort + 3001;
const origin = `http://localhost:${String(port)}`;
let preview: JourneyServer | undefined;
let dir = '';

declare global {
  interface Window {
    sameDocument?: boolean;
  }
}

test.use({ serviceWorkers: 'allow', storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-update-'));
  cpSync(dist, dir, { recursive: true });
  // This run's configuration (playwright.config.ts writes it), pointing at this run's sandbox.
  preview = await startPreview(port, dir, resolve(`.e2e/config-${String(appPort)}.json`));
});

test.afterAll(async () => {
  await preview?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a new version deployed while the app is open is offered with Reload, never reloaded under typing', async ({
  page,
}) => {
  // Two starts of the app and a worker installed twice, on a shared machine.
  test.setTimeout(120_000);
  const conversation = await ownConversation('Ugo');
  await signInWithForm(page, DEMO, origin);
  await page.goto(`${origin}/texting/${conversation.id}`);
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(composer).toBeEditable({ timeout: 20_000 });
  await serviceWorkerActive(page);

  await page.evaluate(() => {
    window.sameDocument = true;
  });
  await composer.fill('Half a thought');

  // The deploy: the worker the server sends is another one now. The app looks for it.
  appendFileSync(join(dir, 'sw.js'), '\n// the next build\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });

  // Typing goes on in the same page: nothing reloads until the user says so.
  await composer.pressSequentially(', finished later');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  await expect(composer).toHaveValue('Half a thought, finished later');
  await expect(composer).toBeFocused();

  // Reading the page while it reloads would fail (its context goes away): wait for the new document.
  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  expect(await page.evaluate(() => window.sameDocument ?? false)).toBe(false);
  await expect(composer).toHaveValue('Half a thought, finished later', { timeout: 20_000 });
  await expect(prompt).toBeHidden();
  // The new worker is the one in charge, and none waits.
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
    }),
  ).toEqual({ waiting: false, controlled: true });
});
