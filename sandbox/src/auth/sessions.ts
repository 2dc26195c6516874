// Browser sessions of the hosted sign-in page and single-use authorization codes.
import { createHash, timingSafeEqual } from 'node:crypto';

import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

import { newId } from '../db/ids.js';
import { randomToken, sha256 } from './passwords.js';

import type { SandboxDeps } from '../context.js';
import type { Context } from 'hono';

export const SESSION_COOKIE = 'ringplan_session';
const SESSION_SECONDS = 8 * 3600;
const CODE_SECONDS = 60;

/** Starts a browser session and sets its cookie; answers the session's public id. */
export function startSession(c: Context, deps: SandboxDeps, userId: string): string {
  const token = randomToken();
  const id = newId();
  const now = deps.now().getTime();
  deps.db
    .prepare('INSERT INTO browser_sessions (session_hash, id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(sha256(token), id, userId, now + SESSION_SECONDS * 1000, now);
  setCookie(c, SESSION_COOKIE, token, {
    path: '/auth',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: SESSION_SECONDS,
  });
  return id;
}

export interface BrowserSession {
  id: string;
  userId: string;
}

/** The browser's signed-in session, from its cookie. */
export function currentSession(c: Context, deps: SandboxDeps): BrowserSession | null {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  const row = deps.db
    .prepare('SELECT id, user_id FROM browser_sessions WHERE session_hash = ? AND expires_at > ?')
    .get(sha256(token), deps.now().getTime()) as { id: string; user_id: string } | undefined;
  return row ? { id: row.id, userId: row.user_id } : null;
}

export function sessionUserId(c: Context, deps: SandboxDeps): string | null {
  return currentSession(c, deps)?.userId ?? null;
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/auth', httpOnly: true, sameSite: 'Lax' });
}

/**
 * Ends browser sessions and revokes every refresh-token chain they started, in one transaction.
 * Answers how many sessions and refresh tokens it ended.
 */
export function endSessions(deps: SandboxDeps, sessionIds: string[]): { sessions: number; refreshTokens: number } {
  const now = deps.now().getTime();
  const endSession = deps.db.prepare('DELETE FROM browser_sessions WHERE id = ?');
  const revoke = deps.db.prepare(
    'UPDATE refresh_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL',
  );
  return deps.db.transaction(() => {
    let sessions = 0;
    let refreshTokens = 0;
    for (const id of new Set(sessionIds)) {
      sessions += endSession.run(id).changes;
      refreshTokens += revoke.run(now, id).changes;
    }
    return { sessions, refreshTokens };
  })();
}

/** Ends every browser session of a user, and every refresh-token chain, wherever it started. */
export function endAllSessions(
  deps: SandboxDeps,
  userId: string,
  keepSessionId?: string,
): { sessions: number; refreshTokens: number } {
  const now = deps.now().getTime();
  return deps.db.transaction(() => ({
    sessions: deps.db
      .prepare('DELETE FROM browser_sessions WHERE user_id = ? AND id IS NOT ?')
      .run(userId, keepSessionId ?? null).changes,
    refreshTokens: deps.db
      .prepare(
        'UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND session_id IS NOT ?',
      )
      .run(now, userId, keepSessionId ?? null).changes,
  }))();
}

export interface CodeGrant {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  /** The browser session that signed in, so the tokens' chain ends with it. */
  sessionId: string | null;
}

export function issueCode(deps: SandboxDeps, grant: CodeGrant): string {
  const code = randomToken();
  deps.db
    .prepare(
      `INSERT INTO auth_codes (code_hash, user_id, client_id, redirect_uri, code_challenge, expires_at, session_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      sha256(code),
      grant.userId,
      grant.clientId,
      grant.redirectUri,
      grant.codeChallenge,
      deps.now().getTime() + CODE_SECONDS * 1000,
      grant.sessionId,
    );
  return code;
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export type Redemption = { ok: true; userId: string; sessionId: string | null } | { ok: false; reason: string };

/** Redeems a code once: any attempt, right or wrong, uses it up. */
export function redeemCode(
  deps: SandboxDeps,
  input: { code: string; verifier: string; redirectUri: string; clientId?: string },
): Redemption {
  const now = deps.now().getTime();
  const row = deps.db
    .prepare(
      `UPDATE auth_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL
       RETURNING user_id, client_id, redirect_uri, code_challenge, expires_at, session_id`,
    )
    .get(now, sha256(input.code)) as
    | {
        user_id: string;
        client_id: string;
        redirect_uri: string;
        code_challenge: string;
        expires_at: number;
        session_id: string | null;
      }
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
  return { ok: true, userId: row.user_id, sessionId: row.session_id };
}
