// npm run bench: builds the app and the stack's floor (bench/floor/), serves both as users are served
// (bench/serve.mjs: nginx with deploy/nginx.conf over TLS, HTTP/2 and, beside it, HTTP/1.1), and for
// each route runs Lighthouse on mobile and on desktop, BENCH_RUNS times each (default 3), alternating
// floor and route (floor, route, floor, route …) so both see the same machine state. Prints the floor
// beside every route and checks the budgets on the HTTP/2 figures: every route's mobile median at
// least the floor's − 5, its TBT median at most the floor's + 100 ms, desktop 100. Writes
// bench/results.json and bench/results.md (the README's table). Not part of npm test: it takes a while.
// BENCH_ROUTES=sign-in,inbox measures only those routes; BENCH_VERBOSE=1 prints every run and keeps
// each Lighthouse report in bench/tmp/, with the trace the run's figures were simulated from.
import { writeFileSync } from 'node:fs';

import { kb, readBuild, ROUTES } from '../scripts/bundle-report.mjs';
import { desktopConfig, lighthouseRun, median } from './lighthouse.mjs';
import { APP_DIST, appOrigin, DEBUG_PORT, firstVisit, floorUrl, PROTOCOLS, startServers } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_ROUTES?.split(',').map((name) => name.trim());
const FORM_FACTORS = [
  ['mobile', undefined],
  ['desktop', desktopConfig],
];
const BUDGET = { mobileBelowFloor: 5, tbtAboveFloorMs: 100, desktop: 100 };

const routes = ROUTES.filter((r) => !ONLY || ONLY.includes(r.name));
if (routes.length === 0)
  throw new Error(`BENCH_ROUTES names no route (routes: ${ROUTES.map((r) => r.name).join(', ')})`);

const summarize = (runs) => ({
  performance: median(runs.map((r) => r.performance)),
  tbtMs: median(runs.map((r) => r.tbtMs)),
  lcpMs: median(runs.map((r) => r.lcpMs)),
  accessibility: median(runs.map((r) => r.accessibility)),
  runs,
});

/** The budgets of one route against the floor measured beside it. */
function budgets(m) {
  const mobile = m.route.mobile.performance - m.floor.mobile.performance;
  const tbt = m.route.mobile.tbtMs - m.floor.mobile.tbtMs;
  return {
    mobile: { delta: mobile, met: mobile >= -BUDGET.mobileBelowFloor },
    tbt: { deltaMs: tbt, met: tbt <= BUDGET.tbtAboveFloorMs },
    desktop: { score: m.route.desktop.performance, met: m.route.desktop.performance >= BUDGET.desktop },
  };
}

const pair = (m, formFactor, key) => `${m.floor[formFactor][key]} / ${m.route[formFactor][key]}`;
const signed = (n) => (n > 0 ? `+${n}` : String(n));
const verdict = (b) =>
  [
    `mobile ${signed(b.mobile.delta)} ${b.mobile.met ? '✓' : '✗'}`,
    `TBT ${signed(b.tbt.deltaMs)} ms ${b.tbt.met ? '✓' : '✗'}`,
    `desktop ${b.desktop.score} ${b.desktop.met ? '✓' : '✗'}`,
  ].join(', ');
const [primary, beside] = PROTOCOLS;
const table = () =>
  [
    `| route | JS gz / br (KB), files | ${primary.name}: mobile, floor / route | TBT ms | LCP ms | desktop | budgets (${primary.name}) | ${beside.name}: mobile, floor / route | TBT ms | LCP ms | desktop |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map((r) => {
      const a = r[primary.key];
      const b = r[beside.key];
      return `| ${r.route} | ${kb(r.js.gzip)} / ${kb(r.js.brotli)}, ${r.files} | ${pair(a, 'mobile', 'performance')} | ${pair(a, 'mobile', 'tbtMs')} | ${pair(a, 'mobile', 'lcpMs')} | ${pair(a, 'desktop', 'performance')} | ${verdict(a.budgets)} | ${pair(b, 'mobile', 'performance')} | ${pair(b, 'mobile', 'tbtMs')} | ${pair(b, 'mobile', 'lcpMs')} | ${pair(b, 'desktop', 'performance')} |`;
    }),
  ].join('\n');

/** Written after every route, so a run cut short keeps what it measured. */
function writeResults() {
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, budget: BUDGET, results }, null, 2)}\n`,
  );
  writeFileSync('bench/results.md', `${table()}\n`);
}

const server = await startServers();
const build = readBuild(APP_DIST);
const results = [];
try {
  const { page, paths } = server;
  // Warm the servers (first TLS sessions, the sandbox's first queries), so the first measured run is
  // not also measuring them. Best effort: a signed-in page polls, and its polls can leave no half
  // second without a request, so waiting for the network to be idle is capped (it failed whole benches).
  const settled = () => page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  for (const protocol of PROTOCOLS) {
    await page.goto(floorUrl(protocol));
    await settled();
    for (const path of Object.values(paths)) {
      await page.goto(`${appOrigin(protocol)}${path}`);
      await settled();
    }
  }
  // Every run is a first visit of a signed-in user (see firstVisit).
  const cdp = await server.context.newCDPSession(page);
  const measure = async (url, config, label) => {
    let lhr;
    let summary;
    let trace;
    // On a loaded machine Lighthouse sometimes loses the trace (NO_NAVSTART, NO_FCP): that run measured
    // nothing, so it is run again rather than counted as a 0.
    for (let attempt = 1; ; attempt += 1) {
      await firstVisit(cdp, page, url);
      ({ lhr, summary, trace } = await lighthouseRun(url, DEBUG_PORT, config));
      if (!lhr.runtimeError && summary.performance !== null) break;
      if (attempt === 3) throw new Error(`${label}: ${lhr.runtimeError?.code ?? 'no score'} three times`);
      console.log(`${label}: ${lhr.runtimeError?.code ?? 'no score'}, running it again`);
    }
    // A measured page that is not the one asked for (a redirect to sign-in) measures nothing.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${label}: Lighthouse ended on ${lhr.finalDisplayedUrl}`);
    // Nor does a visit whose page and first scripts came from a cache or a service worker.
    const fromCache = lhr.audits['network-requests'].details.items
      .filter((r) => r.resourceType === 'Document' || r.url.includes('/assets/index-'))
      .filter((r) => r.transferSize === 0);
    if (fromCache.length > 0) throw new Error(`${label}: not a first visit, ${fromCache[0].url} came from a cache`);
    if (process.env.BENCH_VERBOSE) {
      console.log(label, JSON.stringify(summary));
      writeFileSync(`bench/tmp/lhr-${label.replace(/\W+/g, '-')}.json`, JSON.stringify(lhr));
      writeFileSync(`bench/tmp/trace-${label.replace(/\W+/g, '-')}.json`, JSON.stringify(trace));
    }
    return summary;
  };

  for (const spec of routes) {
    const route = build.route(spec);
    const measured = {};
    for (const protocol of PROTOCOLS) {
      const origin = appOrigin(protocol);
      // The page waits on a file of that origin, not the app, so it runs nothing while Lighthouse measures.
      await page.goto(`${origin}/config.json`);
      // The sign-in page is measured as a signed-out visitor sees it (signed in, it goes to the inbox).
      const session = spec.signedIn ? null : await page.evaluate(() => localStorage.getItem('ringplan.session'));
      if (session !== null) await page.evaluate(() => localStorage.removeItem('ringplan.session'));
      const runs = { floor: { mobile: [], desktop: [] }, route: { mobile: [], desktop: [] } };
      for (const [formFactor, config] of FORM_FACTORS) {
        for (let i = 0; i < RUNS; i += 1) {
          const label = `${spec.name} ${protocol.key} ${formFactor} ${i + 1}`;
          runs.floor[formFactor].push(await measure(floorUrl(protocol), config, `floor (${label})`));
          runs.route[formFactor].push(await measure(`${origin}${paths[spec.name]}`, config, label));
        }
        const f = summarize(runs.floor[formFactor]);
        const r = summarize(runs.route[formFactor]);
        console.log(
          `${spec.name} ${protocol.name} ${formFactor}: floor ${f.performance} (TBT ${f.tbtMs} ms), route ${r.performance} (TBT ${r.tbtMs} ms; runs ${r.runs.map((x) => x.performance).join(', ')})`,
        );
      }
      if (session !== null) await page.evaluate((saved) => localStorage.setItem('ringplan.session', saved), session);
      const m = {
        floor: { mobile: summarize(runs.floor.mobile), desktop: summarize(runs.floor.desktop) },
        route: { mobile: summarize(runs.route.mobile), desktop: summarize(runs.route.desktop) },
      };
      measured[protocol.key] = { ...m, budgets: budgets(m) };
    }
    results.push({
      route: spec.name,
      url: paths[spec.name],
      js: route.js,
      css: route.css,
      files: route.files.length,
      ...measured,
    });
    writeResults();
  }
} finally {
  await server.stop();
}

console.log(`\n${table()}\n`);

const failed = results.flatMap((r) =>
  Object.entries(r[primary.key].budgets)
    .filter(([, b]) => !b.met)
    .map(([name]) => `${r.route}: ${name}`),
);
console.log(
  failed.length === 0
    ? `Budgets met on every route (${primary.name}, medians of ${RUNS}).`
    : `Budgets missed (${primary.name}, medians of ${RUNS}): ${failed.join('; ')}`,
);
if (failed.length > 0) process.exitCode = 1;
