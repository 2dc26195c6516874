// npm run bench:warm: how fast the inbox opens on a phone (4× slower CPU through the DevTools protocol,
// 390×844), from navigation to the conversation list (/texting) or a thread (/texting/<id>) painted
// with data, median of 5:
// - cold: a first visit (signed in, no service worker, empty HTTP cache and IndexedDB);
// - warm: the service worker installed, the query cache and the start snapshot saved, as every start
//   after the first;
// - offline: the same warm browser with the network off: the inbox and the open thread painted.
// Against the production build served by vite preview with the sandbox. Not part of npm test.
// The functions given to the page run in the browser.
/* global window, document, requestAnimationFrame, MutationObserver, location */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { chromiumExecutable } from '../scripts/chromium.mjs';
import { sandboxAppConfig } from '../scripts/sandbox-app-config.mjs';
import { start, waitFor } from './processes.mjs';

const APP_PORT = 4483;
const SANDBOX_PORT = 4485;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const app = `http://localhost:${APP_PORT}`;
const sandbox = `http://localhost:${SANDBOX_PORT}`;
const dist = 'bench/tmp/dist-warm';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Records when the first conversation (`list`) and the first message of a thread (`thread`) are on
 * screen: `name` when the app's own page shows it, `nameShown` when it is first on screen at all, which
 * may be the start snapshot (public/start-snapshot.js) if the saved snapshot of this address has it.
 */
function recordPaints() {
  const marks = {};
  window.__paints = marks;
  const targets = [
    ['list', '[aria-label="Conversations"] a', 'aria-label="Conversations"'],
    ['thread', '[data-message-row]', 'data-message-row'],
  ];
  let saved = '';
  try {
    const snapshot = JSON.parse(localStorage.getItem('ringplan.start-snapshot') ?? 'null');
    saved = snapshot?.pages?.[location.pathname + location.search]?.html ?? '';
  } catch {
    saved = '';
  }
  // The frame after the DOM has it: the moment it is on screen.
  const markNextFrame = (name) => {
    if (marks[`${name}Seen`]) return;
    marks[`${name}Seen`] = true;
    requestAnimationFrame(() => {
      marks[name] = performance.now();
    });
  };
  const check = () => {
    for (const [name, selector, inSnapshot] of targets) {
      if (document.querySelector(selector)) {
        markNextFrame(name);
        markNextFrame(`${name}Shown`);
      }
      if (document.getElementById('start-snapshot') && saved.includes(inSnapshot)) markNextFrame(`${name}Shown`);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

/**
 * Opens `path` in a new page of `context` on the phone profile; ms from navigation to `mark` first on
 * screen (`shown`) and shown by the app's own page (`live`).
 */
async function paintTime(context, path, mark) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(recordPaints);
  await page.goto(`${app}${path}`);
  await page.waitForFunction((name) => window.__paints?.[name] !== undefined, mark, { timeout: 60_000 });
  const paints = await page.evaluate(() => window.__paints);
  await page.close();
  return { shown: Math.round(paints[`${mark}Shown`]), live: Math.round(paints[mark]) };
}

/**
 * A phone shows the list or a thread, not both: the list is timed on /texting, the thread on its
 * own address, each in a fresh page of `context` (for a cold start, each in a fresh context).
 */
async function measure(context, threadPath) {
  return { list: await paintTime(context, '/texting', 'list'), thread: await paintTime(context, threadPath, 'thread') };
}

// BENCH_SKIP_BUILD=1 measures the build already in bench/tmp/dist-warm.
if (!process.env.BENCH_SKIP_BUILD) {
  console.log('Building…');
  execSync(`npx vite build --outDir ${dist}`, { stdio: 'ignore' });
}
mkdirSync('bench/tmp', { recursive: true });
const configFile = 'bench/tmp/config-warm.json';
writeFileSync(configFile, JSON.stringify(sandboxAppConfig(sandbox)));
rmSync('bench/tmp/sandbox-warm', { recursive: true, force: true });
const stopSandbox = start('npx', ['tsx', 'sandbox/src/main.ts'], {
  SANDBOX_PORT: String(SANDBOX_PORT),
  SANDBOX_DATA_DIR: 'bench/tmp/sandbox-warm',
  SANDBOX_APP_ORIGINS: app,
  SANDBOX_APP_ORIGIN: app,
  SANDBOX_PUBLIC_URL: sandbox,
});
const stopApp = start(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(APP_PORT), '--strictPort', '--outDir', dist],
  {
    APP_CONFIG_FILE: configFile,
  },
);

const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined });
try {
  await waitFor(`${sandbox}/ssp/openapi.yaml`, 240);
  await waitFor(app, 240);
  // Sign in once through the hosted page; every measured context starts with that session.
  const signIn = await browser.newContext();
  const page = await signIn.newPage();
  await page.goto(`${app}/sign-in`);
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/texting/);
  const idToken = await page.evaluate(
    () => JSON.parse(localStorage.getItem('ringplan.session') ?? '{}').state?.session?.idToken,
  );
  const [conversation] = await (
    await fetch(`${sandbox}/ssp/texting/conversations?per_page=1`, { headers: { authorization: idToken } })
  ).json();
  const path = `/texting/${conversation.id}`;
  // Only the session: no worker, no saved cache.
  const session = { cookies: [], origins: (await signIn.storageState()).origins };
  await signIn.close();

  const cold = [];
  const coldTime = async (target, mark) => {
    const context = await browser.newContext({ ...PHONE, storageState: session });
    const time = await paintTime(context, target, mark);
    await context.close();
    return time;
  };
  for (let i = 0; i < RUNS; i += 1) {
    cold.push({ list: await coldTime('/texting', 'list'), thread: await coldTime(path, 'thread') });
  }

  // Warm: one visit installs the worker and saves the cache; then every start is measured.
  const context = await browser.newContext({ ...PHONE, storageState: session });
  const first = await context.newPage();
  await first.goto(`${app}/texting`);
  await first.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await first.locator('[aria-label="Conversations"] a').first().waitFor();
  await first.goto(`${app}${path}`);
  await first.locator('[data-message-row]').first().waitFor();
  // The snapshot of the thread is saved 10 s after the start (src/app/start-snapshot.ts); the cache, at
  // most a second after it changes, long before.
  await first.waitForFunction(
    (address) => JSON.parse(localStorage.getItem('ringplan.start-snapshot') ?? 'null')?.pages?.[address],
    path,
    { timeout: 30_000 },
  );
  await first.close();
  const warm = [];
  for (let i = 0; i < RUNS; i += 1) warm.push(await measure(context, path));

  await context.setOffline(true);
  const offline = [];
  for (let i = 0; i < RUNS; i += 1) offline.push(await measure(context, path));
  await context.close();

  const figure = (runs, part, kind) => median(runs.map((r) => r[part][kind]));
  const each = (runs, part) => runs.map((r) => r[part].shown).join(', ');
  const row = (name, runs) =>
    `| ${name} | ${figure(runs, 'list', 'shown')} | ${figure(runs, 'list', 'live')} | ${figure(runs, 'thread', 'shown')} | ${figure(runs, 'thread', 'live')} | ${each(runs, 'list')} | ${each(runs, 'thread')} |`;
  const table = [
    `Inbox (/texting) and a thread (/texting/<id>), phone profile (4× CPU), median of ${String(RUNS)}, ms from navigation to painted:`,
    "first on screen (the start snapshot, where there is one) and as the app's own page.",
    '',
    "| start | list on screen | list, app's page | thread on screen | thread, app's page | list on screen, each run | thread on screen, each run |",
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('cold (first visit)', cold),
    row('warm (worker + saved cache and snapshot)', warm),
    row('offline second visit', offline),
  ].join('\n');
  console.log(`\n${table}\n`);
  writeFileSync(
    'bench/results-warm.json',
    `${JSON.stringify({ date: new Date().toISOString(), cold, warm, offline }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  stopApp();
  stopSandbox();
}
