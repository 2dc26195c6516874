// npm run bench: builds the app, then for each route reports the JS and CSS of its first load (raw,
// gzip, brotli) and the median of three Lighthouse runs on mobile and on desktop, against the
// production build served by vite preview with the sandbox. Writes bench/results.json and prints a
// Markdown table (kept in the README). Not part of npm test: it takes several minutes.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { kb, readBuild, ROUTES } from '../scripts/bundle-report.mjs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { desktopConfig, lighthouseRun, median } from './lighthouse.mjs';

const APP_PORT = 4473;
const SANDBOX_PORT = 4475;
const DEBUG_PORT = 9333;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_ROUTES=sign-in,inbox measures only those routes (while working on them). */
const ONLY = process.env.BENCH_ROUTES?.split(',').map((name) => name.trim());
const app = `http://localhost:${APP_PORT}`;
const sandbox = `http://localhost:${SANDBOX_PORT}`;
const dist = 'bench/tmp/dist';

function start(command, args, env) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env }, detached: true });
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}

async function waitFor(url) {
  for (let i = 0; i < 120; i += 1) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

console.log('Building…');
execSync(`npx vite build --outDir ${dist}`, { stdio: 'ignore' });
const build = readBuild(dist);

mkdirSync('bench/tmp', { recursive: true });
const configFile = 'bench/tmp/config.json';
writeFileSync(
  configFile,
  JSON.stringify({
    environment: 'sandbox',
    authBaseUrl: `${sandbox}/auth`,
    sspBaseUrl: `${sandbox}/ssp`,
    clientId: 'ringplan-portal',
  }),
);
rmSync('bench/tmp/sandbox', { recursive: true, force: true });
const stopSandbox = start('npx', ['tsx', 'sandbox/src/main.ts'], {
  SANDBOX_PORT: String(SANDBOX_PORT),
  SANDBOX_DATA_DIR: 'bench/tmp/sandbox',
  SANDBOX_APP_ORIGINS: app,
  SANDBOX_APP_ORIGIN: app,
  SANDBOX_PUBLIC_URL: sandbox,
});
const stopApp = start('npx', ['vite', 'preview', '--port', String(APP_PORT), '--strictPort', '--outDir', dist], {
  APP_CONFIG_FILE: configFile,
});

const results = [];
try {
  await waitFor(`${sandbox}/ssp/openapi.yaml`);
  await waitFor(app);
  // A persistent context is the browser's default one, which is where Lighthouse opens its tab: the
  // session signed in below is then the one the measured pages see.
  rmSync('bench/tmp/profile', { recursive: true, force: true });
  const context = await chromium.launchPersistentContext('bench/tmp/profile', {
    executablePath: chromiumExecutable() ?? undefined,
    args: [`--remote-debugging-port=${DEBUG_PORT}`, '--disable-background-networking', '--no-first-run'],
  });
  const page = await context.newPage();
  // Sign in through the hosted page, so the signed-in routes are measured as a user sees them.
  await page.goto(`${app}/sign-in`);
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/texting/);
  const idToken = await page.evaluate(
    () => JSON.parse(localStorage.getItem('ringplan.session') ?? '{}').state?.session?.idToken,
  );
  const headers = { authorization: idToken };
  const conversations = await (await fetch(`${sandbox}/ssp/texting/conversations?per_page=1`, { headers })).json();
  const events = await (
    await fetch(`${sandbox}/ssp/meet/calendar/events?event_type=scheduled&per_page=100`, { headers })
  ).json();
  const privateMeeting = events.find((e) => e.is_private) ?? events[0];
  const urls = {
    'sign-in': '/sign-in',
    inbox: `/texting/${conversations[0].id}`,
    contacts: '/contacts',
    meet: '/meet',
    account: '/account',
    'password page': `/meet/${privateMeeting.event.meeting_id}`,
  };

  // Warm the servers (first compression of each file, the sandbox's first queries), so the first
  // measured run is not also measuring them.
  for (const path of Object.values(urls)) {
    await page.goto(`${app}${path}`);
    await page.waitForLoadState('networkidle');
  }
  // Every run is a first visit: the HTTP cache is emptied before it. Storage is kept (the session).
  const cdp = await context.newCDPSession(page);

  for (const spec of ROUTES.filter((r) => !ONLY || ONLY.includes(r.name))) {
    const route = build.route(spec);
    const scores = {};
    // The sign-in page is measured as a signed-out visitor sees it (signed in, it goes to the inbox).
    const session = spec.signedIn ? null : await page.evaluate(() => localStorage.getItem('ringplan.session'));
    if (session !== null) await page.evaluate(() => localStorage.removeItem('ringplan.session'));
    for (const [formFactor, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        await cdp.send('Network.clearBrowserCache');
        const { lhr, summary } = await lighthouseRun(`${app}${urls[spec.name]}`, DEBUG_PORT, config);
        runs.push(summary);
        // A measured page that is not the route asked for (a redirect to sign-in) measures nothing.
        if (new URL(lhr.finalDisplayedUrl).pathname !== urls[spec.name])
          throw new Error(`${spec.name}: Lighthouse ended on ${lhr.finalDisplayedUrl}`);
        if (process.env.BENCH_VERBOSE) {
          console.log(JSON.stringify(runs.at(-1)));
          writeFileSync(
            `bench/tmp/lhr-${spec.name.replace(/\W+/g, '-')}-${formFactor}-${String(i + 1)}.json`,
            JSON.stringify(lhr),
          );
        }
      }
      scores[formFactor] = {
        runs,
        performance: median(runs.map((r) => r.performance)),
        accessibility: median(runs.map((r) => r.accessibility)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
      };
      console.log(
        `${spec.name} ${formFactor}: performance ${scores[formFactor].performance} (runs ${runs.map((r) => r.performance).join(', ')})`,
      );
    }
    if (session !== null) await page.evaluate((saved) => localStorage.setItem('ringplan.session', saved), session);
    results.push({ route: spec.name, url: urls[spec.name], js: route.js, css: route.css, lighthouse: scores });
  }
  await context.close();
} finally {
  stopApp();
  stopSandbox();
}

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`,
);
const table = [
  '| route | JS gz / br (KB) | JS raw (KB) | CSS gz (KB) | Lighthouse mobile (median of 3) | desktop | mobile LCP (ms) | a11y |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.route} | ${kb(r.js.gzip)} / ${kb(r.js.brotli)} | ${kb(r.js.raw)} | ${kb(r.css.gzip)} | ${r.lighthouse.mobile.performance} | ${r.lighthouse.desktop.performance} | ${r.lighthouse.mobile.lcpMs} | ${r.lighthouse.mobile.accessibility} |`,
  ),
].join('\n');
writeFileSync('bench/results.md', `${table}\n`);
console.log(`\n${table}`);
