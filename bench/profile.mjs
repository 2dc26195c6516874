// npm run bench:profile: where a route's first load spends its time. Serves the build as `npm run bench`
// does (HTTP/2 over TLS, the sandbox as the API), then loads one route (BENCH_ROUTE, default inbox) on a
// first visit with the CPU 4× slower and Lighthouse's mobile network (150 ms round trips, 1.6 Mbit/s),
// records a Chrome trace, and prints: the main thread's time by kind of work, the script time by where
// the code comes from (through the build's source maps: the framework's parts, the component library's
// style insertion, the app's own code), and the network waits on the way to the page's data (files,
// the runtime config, the API's CORS preflights and requests). Writes the trace to bench/tmp/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { SourceMapConsumer } from 'source-map-js';

import { APP_DIST, appOrigin, firstVisit, PROTOCOLS, startServers, TMP } from './serve.mjs';

const ROUTE = process.env.BENCH_ROUTE ?? 'inbox';
const CPU_SLOWDOWN = 4;

const server = await startServers();
const events = [];
const requests = new Map();
let origin;
try {
  origin = appOrigin(PROTOCOLS[0]);
  const page = await server.context.newPage();
  // Lighthouse's mobile screen, so the largest paint is the one it reports.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto(`${origin}/config.json`);
  const cdp = await server.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await firstVisit(cdp, page, `${origin}${server.paths[ROUTE]}`);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId + (e.type === 'Preflight' ? ':preflight' : ''), {
      url: e.request.url,
      method: e.request.method,
      type: e.type,
      start: e.timestamp,
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    for (const key of [e.requestId, `${e.requestId}:preflight`]) {
      const r = requests.get(key);
      if (r && r.end === undefined) {
        r.end = e.timestamp;
        break;
      }
    }
  });
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
        'toplevel',
      ],
    },
  });
  const navigationStart = Date.now();
  await page.goto(`${origin}${server.paths[ROUTE]}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  console.log(`${ROUTE}: loaded and idle after ${Date.now() - navigationStart} ms (wall clock)`);
  await cdp.send('Tracing.end');
  await done;
} finally {
  await server.stop();
}
writeFileSync(join(TMP, `trace-${ROUTE}.json`), JSON.stringify({ traceEvents: events }));

// The page's renderer main thread: the one that ran the navigation's ParseHTML.
const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin));
const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
const navStart = Math.min(...main.filter((e) => e.name === 'ParseHTML').map((e) => e.ts));
const ms = (us) => Math.round(us / 1000);

// Self time of every complete event on the main thread, by name (nested events subtract from their parent).
const complete = main.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map();
const stack = [];
for (const e of complete) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  if (stack.length) self.set(stack.at(-1), (self.get(stack.at(-1)) ?? stack.at(-1).dur) - e.dur);
  self.set(e, self.get(e) ?? e.dur);
  stack.push(e);
}
// Wrappers (a task, a message) count only for the time no traced child covers.
const KINDS = {
  'script evaluation':
    /^(v8\.callFunction|FunctionCall|v8\.evaluateModule|EvaluateScript|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|V8\.(StackGuard|HandleInterrupts|BytecodeBudgetInterrupt|InvokeApiInterruptCallbacks)|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|v8\.run)/,
  'script parse and compile':
    /^(v8\.compile|v8\.parseOnBackground|V8\.Compile|v8\.produceCache|v8\.compileModule|v8\.deserializeOnBackground)/,
  'style recalculation': /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/,
  layout: /^(Layout|UpdateLayerTree)/,
  'paint and composite': /^(Paint|PrePaint|Layerize|Commit$|CompositeLayers|PaintImage|Decode)/,
  'HTML parsing': /^ParseHTML/,
  'garbage collection': /GC|^V8\.GCScavenger/,
  'navigation and document setup': /^(DocumentLoader|LocalWindowProxy|LocalFrame|FrameLoader|ResourceFetcher)/,
  'profiler itself': /^CpuProfiler/,
};
const byKind = new Map();
for (const [e, t] of self) {
  if (t <= 0) continue;
  // Task time no traced event covers: native work, and the pauses that slow the CPU down.
  const kind = Object.entries(KINDS).find(([, re]) => re.test(e.name))?.[0] ?? 'untraced (incl. the slowdown)';
  byKind.set(kind, (byKind.get(kind) ?? 0) + t);
}
console.log(`\nMain thread, ${CPU_SLOWDOWN}× CPU slowdown, by kind of work (ms):`);
for (const [kind, t] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${ms(t)}`);

// Script time by origin of the code: the CPU profile's samples, mapped through the build's source maps.
const consumers = new Map();
const consumerFor = (url) => {
  if (!consumers.has(url)) {
    const file = /\/assets\/[^?#]+\.js$/.exec(url)?.[0];
    let consumer = null;
    try {
      if (file) consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(APP_DIST, `${file}.map`), 'utf8')));
    } catch {
      consumer = null;
    }
    consumers.set(url, consumer);
  }
  return consumers.get(url);
};
const BUCKETS = [
  ['style insertion (@emotion, stylis)', /node_modules\/(@emotion|stylis)\//],
  ['MUI components and system', /node_modules\/@mui\//],
  ['React (react-dom, scheduler)', /node_modules\/(react-dom|react|scheduler)\//],
  ['React Router', /node_modules\/react-router/],
  ['TanStack Query', /node_modules\/@tanstack\//],
  ['other libraries', /node_modules\//],
  ['app: src/api', /src\/api\//],
  ['app: src/app', /src\/app\//],
  ['app: src/features', /src\/features\//],
  ['app: src/components, src/lib', /src\/(components|lib)\//],
];
const bucketOf = (frame) => {
  // (program) is native work outside script, and the slowdown's pauses.
  if (!frame.url) return frame.functionName ? `(${frame.functionName})` : '(program)';
  const consumer = consumerFor(frame.url);
  if (!consumer) return frame.url.startsWith(origin) ? 'page (unmapped)' : 'browser';
  const source = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source ?? '';
  return BUCKETS.find(([, re]) => re.test(source))?.[0] ?? 'app: other';
};
const nodes = new Map();
const sampleTime = new Map();
for (const e of events.filter((x) => (x.name === 'ProfileChunk' || x.name === 'Profile') && x.pid === parse.pid)) {
  const chunk = e.args?.data?.cpuProfile;
  for (const node of chunk?.nodes ?? []) nodes.set(node.id, node);
  const samples = chunk?.samples ?? [];
  const deltas = e.args?.data?.timeDeltas ?? [];
  samples.forEach((id, i) => sampleTime.set(id, (sampleTime.get(id) ?? 0) + Math.max(0, deltas[i + 1] ?? 0)));
}
const byBucket = new Map();
for (const [id, t] of sampleTime) {
  const node = nodes.get(id);
  if (!node) continue;
  const bucket = bucketOf(node.callFrame);
  byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + t);
}
console.log(`\nSampled time by the code running (self time, ms):`);
for (const [bucket, t] of [...byBucket].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${bucket}: ${ms(t)}`);

// Module evaluations (the first is the entry's static graph: index, framework, base).
console.log('\nModule evaluations over 20 ms (ms, at ms after the HTML):');
for (const e of complete.filter((x) => x.name === 'v8.evaluateModule' && x.dur > 20000))
  console.log(`  ${ms(e.dur)} at ${ms(e.ts - navStart)}`);

// Network: when each step of the way to the data ran, from the navigation's start (ms).
const [firstRequest] = [...requests.values()].sort((a, b) => a.start - b.start);
const at = (seconds) => Math.round((seconds - firstRequest.start) * 1000);
console.log('\nNetwork (ms from the navigation; start → end):');
for (const r of [...requests.values()].sort((a, b) => a.start - b.start)) {
  const url = new URL(r.url);
  const name = url.origin === origin ? url.pathname.replace(/-[\w-]{8}\.js$/, '.js') : `${url.host}${url.pathname}`;
  console.log(
    `  ${r.type === 'Preflight' ? 'PREFLIGHT' : r.method} ${name}: ${at(r.start)} → ${r.end ? at(r.end) : '?'}`,
  );
}
const lcp = events
  .filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === parse.pid)
  .sort((a, b) => b.ts - a.ts)[0];
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid);
if (fcp) console.log(`\nFirst contentful paint at ${ms(fcp.ts - navStart)} ms after the HTML's parse began`);
if (lcp) console.log(`Largest contentful paint at ${ms(lcp.ts - navStart)} ms (${lcp.args?.data?.nodeName ?? ''})`);
