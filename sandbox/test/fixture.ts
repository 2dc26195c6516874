// A sandbox per test file: its own data dir, a controllable clock, sign-in helpers.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createApp } from '../src/app.js';
import { findUserByEmail } from '../src/auth/accounts.js';
import { issuePair } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { seedDemo } from '../src/dev/demo.js';

import type { SandboxDeps } from '../src/context.js';
import type { Hono } from 'hono';

export const APP = 'http://localhost:5173';
export const REDIRECT_URI = `${APP}/auth/callback`;

export interface Sandbox {
  app: Hono;
  deps: SandboxDeps;
  clock: { ms: number };
  close: () => void;
  /** A fresh id_token for a seeded or registered user, without the browser dance. */
  tokenFor: (email: string) => Promise<string>;
  call: (
    method: string,
    path: string,
    init?: { token?: string; json?: unknown; body?: string; headers?: Record<string, string> },
  ) => Promise<Response>;
}

let keysRow: string | undefined;

export async function createSandbox(start = '2026-01-15T18:00:00.000Z'): Promise<Sandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const db = openDatabase(dataDir);
  migrate(db);
  if (keysRow) db.prepare("INSERT INTO settings (key, value) VALUES ('signing_keys', ?)").run(keysRow);
  const clock = { ms: Date.parse(start) };
  const deps: SandboxDeps = { db, config: loadConfig({ SANDBOX_DATA_DIR: dataDir }), now: () => new Date(clock.ms) };
  await seedDemo(deps);
  const app = createApp(deps, { dev: true });
  const tokenFor = async (email: string) => {
    const user = findUserByEmail(deps, email);
    const pair = user ? await issuePair(deps, user.id) : null;
    if (!pair) throw new Error(`no user ${email}`);
    return pair.id_token;
  };
  await tokenFor('demo@example.com');
  keysRow ??= (db.prepare("SELECT value FROM settings WHERE key = 'signing_keys'").get() as { value: string }).value;
  const call: Sandbox['call'] = (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = init.token;
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return {
    app,
    deps,
    clock,
    tokenFor,
    call,
    close: () => {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeQuery(challenge: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    client_id: 'ringplan-portal',
    redirect_uri: REDIRECT_URI,
    state: 'state-0123456789abcdef',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  }).toString();
}

/** Opens a hosted page: answers its CSRF token (from the form) and the CSRF cookie (from the GET). */
export async function openForm(sb: Sandbox, path: string, headers: Record<string, string> = {}) {
  const res = await sb.app.request(path, { headers });
  const html = await res.text();
  const csrfToken = /name="csrf_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const setCookie = res.headers.get('set-cookie') ?? '';
  const csrfCookie = /ringplan_csrf=[^;]+/.exec(setCookie)?.[0] ?? headers.cookie ?? '';
  return { res, html, csrfToken, csrfCookie };
}

/** The `name=value` of a cookie a response sets, or '' when it sets none. */
export function cookieSet(res: Response, name: string): string {
  return (
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${name}=`) && c !== `${name}=`) ?? ''
  );
}

/**
 * Opens the hosted sign-in page and posts its form as the browser does (same origin, with the page's
 * CSRF token and cookie); answers the redirect Location and the session cookie.
 */
export async function signInForm(
  sb: Sandbox,
  challenge: string,
  email = 'demo@example.com',
  password = 'demo-password',
  client = '127.0.0.1',
) {
  const query = authorizeQuery(challenge);
  const { csrfToken, csrfCookie } = await openForm(sb, `/auth/authorize?${query}`);
  const form = new URLSearchParams(query);
  form.set('email', email);
  form.set('password', password);
  form.set('csrf_token', csrfToken);
  const res = await sb.app.request(
    '/auth/authorize',
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: csrfCookie,
        'sec-fetch-site': 'same-origin',
      },
      body: form.toString(),
    },
    { incoming: { socket: { remoteAddress: client } } },
  );
  const location = res.headers.get('location');
  const cookie = cookieSet(res, 'ringplan_session');
  return { res, location, cookie, code: location ? new URL(location).searchParams.get('code') : null };
}
