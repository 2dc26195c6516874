// Login CSRF protection for the hosted forms (sign-in, the auth root's sign-in, change password).
// Two checks, either of which stops a form posted from another site:
// - the request must come from this service's own page: a `Sec-Fetch-Site` other than
//   `same-origin`, or an `Origin` other than this service's (or `null`), is refused;
// - the form carries a token bound to what it asks for (for sign-in: the authorize request's
//   client, redirect URI, state and PKCE challenge) and to a random value in a `SameSite=Strict`
//   cookie set by the page's GET, which a post from another site does not carry (double submit).
import { createHmac, timingSafeEqual } from 'node:crypto';

import { getCookie, setCookie } from 'hono/cookie';

import { signingKeys } from './keys.js';
import { randomToken } from './passwords.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

export const CSRF_COOKIE = 'ringplan_csrf';
export const CSRF_FIELD = 'csrf_token';
/** A form older than this is refused (and shown again with a fresh token). */
const TOKEN_SECONDS = 3600;

async function secret(deps: SandboxDeps): Promise<Buffer> {
  const keys = await signingKeys(deps);
  return createHmac('sha256', keys.roomSecret).update('hosted-form-csrf').digest();
}

function mac(key: Buffer, nonce: string, purpose: string, binding: string, issuedAt: number): string {
  return createHmac('sha256', key)
    .update(`${nonce}\n${purpose}\n${binding}\n${String(issuedAt)}`)
    .digest('base64url');
}

/**
 * The token for a form this page is about to render. Reuses the browser's cookie value when it has
 * one, so two open sign-in pages both stay valid.
 */
export async function issueCsrfToken(c: Context, deps: SandboxDeps, purpose: string, binding: string): Promise<string> {
  let nonce = getCookie(c, CSRF_COOKIE);
  if (!nonce || !/^[A-Za-z0-9_-]{43}$/.test(nonce)) {
    nonce = randomToken();
    setCookie(c, CSRF_COOKIE, nonce, { path: '/auth', httpOnly: true, sameSite: 'Strict', maxAge: TOKEN_SECONDS });
  }
  const issuedAt = Math.floor(deps.now().getTime() / 1000);
  return `${String(issuedAt)}.${mac(await secret(deps), nonce, purpose, binding, issuedAt)}`;
}

export type CsrfCheck = 'ok' | 'cross-site' | 'bad-token';

function ownOrigins(c: Context, deps: SandboxDeps): string[] {
  return [new URL(c.req.url).origin, new URL(deps.config.publicUrl).origin];
}

/** Whether a form post came from this service's own page, with a valid token for `binding`. */
export async function checkCsrf(
  c: Context,
  deps: SandboxDeps,
  purpose: string,
  binding: string,
  token: unknown,
): Promise<CsrfCheck> {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return 'cross-site';
  // The pages send `Referrer-Policy: no-referrer`, under which a browser's own same-origin form post
  // carries `Origin: null`; that says nothing either way, and the token decides.
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null' && !ownOrigins(c, deps).includes(origin)) return 'cross-site';
  const nonce = getCookie(c, CSRF_COOKIE);
  if (!nonce || typeof token !== 'string') return 'bad-token';
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'bad-token';
  const issuedAt = Number(match[1]);
  const age = deps.now().getTime() / 1000 - issuedAt;
  if (age < -60 || age > TOKEN_SECONDS) return 'bad-token';
  const expected = Buffer.from(mac(await secret(deps), nonce, purpose, binding, issuedAt));
  const actual = Buffer.from(match[2] ?? '');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? 'ok' : 'bad-token';
}
