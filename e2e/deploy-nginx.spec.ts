// Static hosting: the built app served by nginx with deploy/nginx.conf (SPA fallback, caching, CSP),
// over plain HTTP and over TLS with HTTP/2 (with a throwaway certificate for localhost).
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { localCertificate } from '../scripts/local-cert.mjs';
import { sandboxAppConfig } from '../scripts/sandbox-app-config.mjs';
import { nginxInclude } from '../scripts/security-headers.mjs';
import { SANDBOX_URL } from './support/demo';
import { startServer, type JourneyServer } from './support/server';
import { expect, test } from './support/test';

const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_APP_PORT ?? 4173) + 2000;
const origin = `http://localhost:${String(port)}`;
const tlsOrigin = `https://localhost:${String(port + 1)}`;
let nginx: JourneyServer | undefined;
let dir = '';

test.use({ storageState: { cookies: [], origins: [] }, ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-nginx-test-'));
  chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user
  const root = join(dir, 'root');
  cpSync(dist, root, { recursive: true });
  const sandboxConfig = sandboxAppConfig(SANDBOX_URL);
  writeFileSync(join(root, 'config.json'), JSON.stringify(sandboxConfig));
  const { cert, key } = localCertificate(join(dir, 'tls'));
  const conf = readFileSync('deploy/nginx.conf', 'utf8')
    .replace('listen 8080;', `listen ${String(port)};`)
    .replace('listen 8443 ssl http2;', `listen ${String(port + 1)} ssl http2;`)
    .replace('/etc/ssl/ringplan-portal/fullchain.pem', cert)
    .replace('/etc/ssl/ringplan-portal/privkey.pem', key)
    .replace('root /srv/ringplan-portal;', `root ${root};`)
    .replace('pid /tmp/ringplan-nginx.pid;', `pid ${join(dir, 'nginx.pid')};`)
    .replaceAll('/tmp/ringplan-nginx-', join(dir, 'tmp-'));
  writeFileSync(join(dir, 'nginx.conf'), conf);
  // The include for this config, as `npm run deploy:csp -- <config.json>` writes it.
  writeFileSync(join(dir, 'security-headers.conf'), nginxInclude(sandboxConfig, 'config.json'));
  nginx = await startServer(
    'nginx',
    ['-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    origin,
    { stdio: 'inherit', readyWithin: 10_000 },
  );
});

test.afterAll(async () => {
  // Let nginx finish (it removes its pid file) before its folder goes.
  await nginx?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('serves routes, caches hashed assets for a year and never caches index.html or the config', async ({
  request,
}) => {
  const deepLink = await request.get(`${origin}/texting/5f9aca67660b1197e693295f`);
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');
  expect(deepLink.headers()['cache-control']).toBe('no-cache');
  expect(deepLink.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(deepLink.headers()['x-content-type-options']).toBe('nosniff');
  // The browser opens its connection to the API while the app's code downloads.
  expect(deepLink.headers().link).toBe(
    `<${new URL(sandboxAppConfig(SANDBOX_URL).sspBaseUrl).origin}>; rel=preconnect; crossorigin`,
  );

  const html = await deepLink.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const script = await request.get(`${origin}${asset ?? ''}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers()['content-encoding']).toBe('gzip');

  const config = await request.get(`${origin}/config.json`);
  expect(config.headers()['cache-control']).toBe('no-store');
});

test('keeps 404s under /assets/ out of caches, isolates the window, and names no server version', async ({
  request,
}) => {
  const missing = await request.get(`${origin}/assets/index-00000000.js`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-store');
  expect(missing.headers()['content-security-policy']).toContain("script-src 'self'");

  for (const path of ['/', '/meet/130725076', '/config.json']) {
    const res = await request.get(`${origin}${path}`);
    expect(res.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(res.headers()['server'], path).toBe('nginx');
  }
});

test('serves HTTP/2 over TLS with the same headers', async ({ page }) => {
  // Asked directly over HTTP/2: nginx negotiates it (ALPN) and answers with the app's headers.
  const session = connect(tlsOrigin, { rejectUnauthorized: false });
  const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
    session.once('error', reject);
    const request = session.request({ ':path': '/contacts' });
    request.once('response', resolve);
    request.once('error', reject);
    request.resume();
  }).finally(() => session.close());
  expect(headers[':status']).toBe(200);
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-security-policy']).toContain("script-src 'self'");

  // A browser loads the app and its modules over HTTP/2.
  await page.goto(`${tlsOrigin}/sign-in`);
  await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
  const protocols = await page.evaluate(() =>
    performance
      .getEntriesByType('navigation')
      .concat(performance.getEntriesByType('resource'))
      .filter((entry) => entry.name.startsWith(location.origin))
      .map((entry) => (entry as PerformanceResourceTiming).nextHopProtocol),
  );
  expect(protocols.length).toBeGreaterThan(1);
  expect(new Set(protocols)).toEqual(new Set(['h2']));
});

test('serves the service worker fresh, in its own scope only, and the manifest as a manifest', async ({ request }) => {
  const worker = await request.get(`${origin}/sw.js`);
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toContain('javascript');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['service-worker-allowed']).toBeUndefined();
  expect(worker.headers()['content-security-policy']).toContain("worker-src 'self'");

  const manifest = await request.get(`${origin}/manifest.webmanifest`);
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  expect(((await manifest.json()) as { name: string }).name).toBe('RingPlan');
});

// The suite's guard (support/test.ts) fails this journey on any CSP violation the page reports.
test('the app starts under the CSP with no violation', async ({ page }) => {
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
});
