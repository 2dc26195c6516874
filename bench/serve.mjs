// What `npm run bench` and `npm run bench:profile` measure against: the production build and the
// stack's floor (bench/floor/), both served as users are served them, by nginx with deploy/nginx.conf's
// TLS server block and a throwaway certificate, over HTTP/2 and (beside it) HTTP/1.1; the sandbox as
// the API, on its own origin as RingPlan's API is (CORS) and, as it is, over TLS and HTTP/2 (the same
// nginx in front of it); and a Chromium signed in on every app origin.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

import { chromiumExecutable } from '../scripts/chromium.mjs';
import { localCertificate } from '../scripts/local-cert.mjs';
import { sandboxAppConfig } from '../scripts/sandbox-app-config.mjs';
import { nginxInclude } from '../scripts/security-headers.mjs';
import { start, waitFor } from './processes.mjs';

// BENCH_TMP and BENCH_PORT_OFFSET let a profile run beside a bench run without sharing its files or ports.
export const TMP = resolve(process.env.BENCH_TMP ?? 'bench/tmp');
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0);
export const APP_DIST = join(TMP, 'dist');
export const FLOOR_DIST = join(TMP, 'floor-dist');
const NGINX_DIR = join(TMP, 'nginx');
const SANDBOX_PORT = 4475 + OFFSET;
/** The sandbox behind nginx over TLS and HTTP/2: the API origin the measured app calls. */
const API_PORT = 4476 + OFFSET;
export const DEBUG_PORT = 9333 + OFFSET;
/** The protocols measured; the first is how users are served, the primary figures. */
export const PROTOCOLS = [
  { name: 'HTTP/2', key: 'h2', http2: true, appPort: 4473 + OFFSET, floorPort: 4483 + OFFSET },
  { name: 'HTTP/1.1', key: 'h1', http2: false, appPort: 4474 + OFFSET, floorPort: 4484 + OFFSET },
];
/** The sandbox itself, for setting data up. */
export const sandbox = `http://localhost:${SANDBOX_PORT}`;
const apiOrigin = `https://localhost:${API_PORT}`;
export const appOrigin = (protocol) => `https://localhost:${protocol.appPort}`;
export const floorUrl = (protocol) => `https://localhost:${protocol.floorPort}/`;

/**
 * Figures of a development build would mean nothing: React's checks make it several times slower and
 * larger. Fails when a build holds a package's development module (`*.development.js`): a process that
 * loaded Vite's config machinery (as `npm run bench` does, for the route table) has NODE_ENV set to
 * development, which a build it starts inherits.
 */
function assertProduction(name, modules) {
  const development = modules.find((id) => /\.development\.[cm]?js$/.test(id));
  if (development) throw new Error(`${name} was built for development (${development}); the bench measures production`);
}

export async function buildFloor() {
  process.env.NODE_ENV = 'production';
  const output = await build({
    configFile: false,
    mode: 'production',
    root: 'bench/floor',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: FLOOR_DIST, emptyOutDir: true },
  });
  const chunks = [output]
    .flat()
    .flatMap((o) => o.output)
    .filter((o) => o.type === 'chunk');
  assertProduction(
    'the floor',
    chunks.flatMap((chunk) => chunk.moduleIds),
  );
}

/** The .gz beside each asset that nginx's gzip_static serves, as a deploy would precompress them. */
function precompress(dir) {
  for (const file of readdirSync(join(dir, 'assets'))) {
    if (!/\.(js|css)$/.test(file)) continue;
    const path = join(dir, 'assets', file);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

/**
 * nginx.conf for the bench: deploy/nginx.conf's server block once per origin (app and floor, over
 * HTTP/2 and over HTTP/1.1, all over TLS), so what is measured is the shipped configuration.
 */
function nginxConfig(cert, key) {
  const shipped = readFileSync('deploy/nginx.conf', 'utf8');
  const start = shipped.indexOf('  server {');
  const end = shipped.lastIndexOf('}');
  const server = shipped.slice(start, end);
  const block = (port, root, http2) =>
    server
      .replace(/^ *listen 8080;\n/m, '')
      .replace('listen 8443 ssl http2;', `listen ${port} ssl${http2 ? ' http2' : ''};`)
      .replace('/etc/ssl/ringplan-portal/fullchain.pem', cert)
      .replace('/etc/ssl/ringplan-portal/privkey.pem', key)
      .replace('root /srv/ringplan-portal;', `root ${root};`);
  // RingPlan's API is served over TLS and HTTP/2 (its calls share one connection); the sandbox speaks
  // plain HTTP/1.1, so nginx stands in front of it as a TLS terminator would.
  const api = `  server {
    listen ${String(API_PORT)} ssl http2;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    location / {
      proxy_pass ${sandbox};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Connection "";
      proxy_buffering off;
      client_max_body_size 6m;
    }
  }
`;
  const servers = [
    ...PROTOCOLS.flatMap((p) => [block(p.appPort, APP_DIST, p.http2), block(p.floorPort, FLOOR_DIST, p.http2)]),
    api,
  ];
  return `${shipped.slice(0, start)}${servers.join('\n')}}\n`
    .replace('pid /tmp/ringplan-nginx.pid;', `pid ${join(NGINX_DIR, 'nginx.pid')};`)
    .replaceAll('/tmp/ringplan-nginx-', join(NGINX_DIR, 'tmp-'));
}

/** Signs in through the hosted page on the page's origin; returns the session's id_token. */
async function signIn(page, origin) {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  // The auth service's own session (from the other origin's sign-in) may skip the password form.
  const email = page.getByLabel('Email');
  await Promise.race([email.waitFor(), page.waitForURL(/\/texting/)]);
  if (await email.isVisible()) {
    await email.fill('demo@example.com');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL(/\/texting/);
  return page.evaluate(() => JSON.parse(localStorage.getItem('ringplan.session') ?? '{}').state?.session?.idToken);
}

/**
 * Makes the next visit to `url` a signed-in user's first: empties the HTTP cache, and all the origin
 * keeps but the session (in localStorage; Lighthouse must not reset storage): the service worker and its
 * caches (which would serve every file without the network), the saved query cache, the start snapshot.
 * `page` (a tab of the same browser, on a plain file of the app's origin) clears localStorage.
 */
export async function firstVisit(cdp, page, url) {
  await cdp.send('Network.clearBrowserCache');
  const { origin } = new URL(url);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage,indexeddb' });
  if (origin !== new URL(page.url()).origin) return;
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key !== 'ringplan.session') localStorage.removeItem(key);
  });
}

/**
 * Builds the app and the floor, starts the sandbox, nginx and a Chromium listening on DEBUG_PORT (where
 * Lighthouse attaches), signed in on every app origin. Returns the browser's page and the routes' paths.
 */
export async function startServers() {
  console.log('Building…');
  execSync(`npx vite build --outDir ${APP_DIST}`, { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const appChunks = Object.values(JSON.parse(readFileSync(join(APP_DIST, '.vite/chunks.json'), 'utf8')));
  assertProduction(
    'the app',
    appChunks.flatMap((chunk) => chunk.modules),
  );
  await buildFloor();
  const appConfig = sandboxAppConfig(apiOrigin);
  writeFileSync(join(APP_DIST, 'config.json'), JSON.stringify(appConfig));
  precompress(APP_DIST);
  precompress(FLOOR_DIST);

  rmSync(NGINX_DIR, { recursive: true, force: true });
  const { cert, key } = localCertificate(join(NGINX_DIR, 'tls'));
  writeFileSync(join(NGINX_DIR, 'nginx.conf'), nginxConfig(cert, key));
  writeFileSync(join(NGINX_DIR, 'security-headers.conf'), nginxInclude(appConfig, 'bench/tmp/dist/config.json'));

  rmSync(join(TMP, 'sandbox'), { recursive: true, force: true });
  const origins = PROTOCOLS.map(appOrigin);
  const stops = [
    start('npx', ['tsx', 'sandbox/src/main.ts'], {
      SANDBOX_PORT: String(SANDBOX_PORT),
      SANDBOX_DATA_DIR: join(TMP, 'sandbox'),
      SANDBOX_APP_ORIGINS: origins.join(','),
      SANDBOX_APP_ORIGIN: origins[0],
      SANDBOX_PUBLIC_URL: apiOrigin,
    }),
    start('nginx', [
      '-e',
      join(NGINX_DIR, 'error.log'),
      '-p',
      NGINX_DIR,
      '-c',
      join(NGINX_DIR, 'nginx.conf'),
      '-g',
      'daemon off;',
    ]),
  ];
  const stop = () => stops.forEach((s) => s());
  try {
    await waitFor(`${sandbox}/ssp/openapi.yaml`);
    // A persistent context is the browser's default one, which is where Lighthouse opens its tab: the
    // sessions signed in below are then the ones the measured pages see. The certificate is this
    // machine's own, so the browser is told to accept it.
    rmSync(join(TMP, 'profile'), { recursive: true, force: true });
    const context = await chromium.launchPersistentContext(join(TMP, 'profile'), {
      executablePath: process.env.CHROME_PATH || (chromiumExecutable() ?? undefined),
      ignoreHTTPSErrors: true,
      args: [
        `--remote-debugging-port=${DEBUG_PORT}`,
        '--ignore-certificate-errors',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const page = await context.newPage();
    for (let i = 0; i < 60 && !(await page.goto(appOrigin(PROTOCOLS[0])).catch(() => null)); i += 1)
      await new Promise((r) => setTimeout(r, 500));

    let idToken;
    for (const protocol of PROTOCOLS) idToken = await signIn(page, appOrigin(protocol));
    const headers = { authorization: idToken };
    const conversations = await (await fetch(`${sandbox}/ssp/texting/conversations?per_page=1`, { headers })).json();
    const events = await (
      await fetch(`${sandbox}/ssp/meet/calendar/events?event_type=scheduled&per_page=100`, { headers })
    ).json();
    const privateMeeting = events.find((e) => e.is_private) ?? events[0];
    const paths = {
      'sign-in': '/sign-in',
      inbox: `/texting/${conversations[0].id}`,
      contacts: '/contacts',
      meet: '/meet',
      account: '/account',
      'password page': `/meet/${privateMeeting.event.meeting_id}`,
    };
    return {
      context,
      page,
      paths,
      stop: async () => {
        await context.close();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
