// Browser sessions of the hosted sign-in page and single-use authorization codes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { SandboxDeps } from '../context.js';
import { randomToken, sha256 } from './passwords.js';

export const SESSION_COOKIE = 'ringplan_session';
const SESSION_SECONDS = 8 * 3600;
const CODE_SECONDS = 60;

export function startSession(c: Context, deps: SandboxDeps, userId: string): void {
  const token = randomToken();
  const now = deps.now().getTime();
  deps.db
    .prepare('INSERT INTO browser_sessions (session_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)')
    .run(sha256(token), userId, now + SESSION_SECONDS * 1000, now);
  setCookie(c, SESSION_COOKIE, token, {
    path: '/auth',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: SESSION_SECONDS,
  });
}

export function sessionUserId(c: Context, deps: SandboxDeps): string | null {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  const row = deps.db
    .prepare('SELECT user_id FROM browser_sessions WHERE session_hash = ? AND expires_at > ?')
    .get(sha256(token), deps.now().getTime()) as { user_id: string } | undefined;
  return row?.user_id ?? null;
}

export interface CodeGrant {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
}

export function issueCode(deps: SandboxDeps, grant: CodeGrant): string {
  const code = randomToken();
  deps.db
    .prepare(
      `INSERT INTO auth_codes (code_hash, user_id, client_id, redirect_uri, code_challenge, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(sha256(code), grant.userId, grant.clientId, grant.redirectUri, grant.codeChallenge,
      deps.now().getTime() + CODE_SECONDS * 1000);
  return code;
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export type Redemption = { ok: true; userId: string } | { ok: false; reason: string };

/** Redeems a code once: any attempt, right or wrong, uses it up. */
export function redeemCode(
  deps: SandboxDeps,
  input: { code: string; verifier: string; redirectUri: string; clientId?: string },
): Redemption {
  const now = deps.now().getTime();
  const row = deps.db
    .prepare(
      `UPDATE auth_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL
       RETURNING user_id, client_id, redirect_uri, code_challenge, expires_at`,
    )
    .get(now, sha256(input.code)) as
    | { user_id: string; client_id: string; redirect_uri: string; code_challenge: string; expires_at: number }
    | undefined;
  if (!row) return { ok: false, reason: 'The code is unknown or was already used.' };
  if (row.expires_at <= now) return { ok: false, reason: 'The code has expired.' };
  if (row.redirect_uri !== input.redirectUri) {
    return { ok: false, reason: 'The redirect_uri does not match the one the code was issued for.' };
  }
  if (input.clientId !== undefined && input.clientId !== row.client_id) {
    return { ok: false, reason: 'The code was issued to another client.' };
  }
  const expected = Buffer.from(row.code_challenge);
  const actual = Buffer.from(s256(input.verifier));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'The code_verifier does not match the code_challenge.' };
  }
  return { ok: true, userId: row.user_id };
}
