// Issues id_tokens and opaque refresh tokens, and rotates refresh tokens.
// A refresh token belongs to a chain: one sign-in and its rotations. The chain expires as a whole
// (14 days from sign-in), and presenting a token that was already used revokes the whole chain,
// successor included: either the user or a thief holds a copy, and the service cannot tell which.
import { SignJWT } from 'jose';

import { CLIENT_ID } from '../http/origins.js';
import { ISSUER_PATH } from './id-token.js';
import { signingKeys } from './keys.js';
import { randomToken, sha256 } from './passwords.js';

import type { SandboxDeps } from '../context.js';

const RESOURCE = 'dd07e555-e1b6-4e5b-ba8b-b52d2afed9b8';

interface TokenUser {
  id: string;
  email: string;
  company_id: string;
  first_name: string;
  last_name: string;
}

export interface TokenPair {
  id_token: string;
  refresh_token: string;
}

function loadUser(deps: SandboxDeps, userId: string): TokenUser | undefined {
  return deps.db.prepare('SELECT id, email, company_id, first_name, last_name FROM users WHERE id = ?').get(userId) as
    TokenUser | undefined;
}

/** Where a refresh token comes from: a chain to continue, and the browser session that began it. */
export interface ChainLink {
  chainId: string;
  /** Epoch ms; the whole chain ends then. */
  expiresAt: number;
  sessionId: string | null;
}

async function signIdToken(deps: SandboxDeps, user: TokenUser, audience: string, sid: string | null): Promise<string> {
  const keys = await signingKeys(deps);
  const now = Math.floor(deps.now().getTime() / 1000);
  return new SignJWT({
    given_name: user.first_name,
    family_name: user.last_name,
    emails: [user.email],
    company_id: user.company_id,
    ver: '1.0',
    // The browser session behind the token: logout's id_token_hint finds it by this.
    ...(sid ? { sid } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: keys.kid })
    .setSubject(user.id)
    .setIssuer(deps.config.publicUrl + ISSUER_PATH)
    .setAudience(audience)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + deps.config.idTokenTtlSeconds)
    .sign(keys.privateKey);
}

/** A new chain starting now, for a sign-in (of a browser session, or none). */
export function newChain(deps: SandboxDeps, sessionId: string | null): ChainLink {
  return {
    chainId: randomToken(12),
    expiresAt: deps.now().getTime() + deps.config.refreshTokenTtlSeconds * 1000,
    sessionId,
  };
}

function storeRefreshToken(deps: SandboxDeps, userId: string, link: ChainLink): string {
  const token = randomToken(48);
  deps.db
    .prepare(
      `INSERT INTO refresh_tokens (token_hash, user_id, expires_at, created_at, chain_id, session_id)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(sha256(token), userId, link.expiresAt, deps.now().getTime(), link.chainId, link.sessionId);
  return token;
}

/** A pair on a new chain (no browser session): for tests and tools that skip the browser. */
export async function issuePair(deps: SandboxDeps, userId: string): Promise<TokenPair | null> {
  const user = loadUser(deps, userId);
  if (!user) return null;
  const id_token = await signIdToken(deps, user, CLIENT_ID, null);
  return { id_token, refresh_token: storeRefreshToken(deps, user.id, newChain(deps, null)) };
}

/** The token document `/show-token` and `/token` answer, shaped like the guide's; a new chain. */
export async function issueTokenDocument(deps: SandboxDeps, userId: string, sessionId: string | null) {
  const user = loadUser(deps, userId);
  if (!user) return null;
  const nowMs = deps.now().getTime();
  const now = Math.floor(nowMs / 1000);
  const ttl = deps.config.idTokenTtlSeconds;
  const id_token = await signIdToken(deps, user, CLIENT_ID, sessionId);
  const access_token = await signIdToken(deps, user, RESOURCE, sessionId);
  const profile = { ver: '1.0', uid: user.id, utid: user.company_id, name: `${user.first_name} ${user.last_name}` };
  return {
    _id: user.id,
    access_token,
    expires_at: nowMs / 1000 + ttl,
    expires_in: ttl,
    expires_on: now + ttl,
    id_token,
    id_token_expires_in: ttl,
    not_before: now,
    profile_info: Buffer.from(JSON.stringify(profile)).toString('base64'),
    refresh_token: storeRefreshToken(deps, user.id, newChain(deps, sessionId)),
    refresh_token_expires_in: deps.config.refreshTokenTtlSeconds,
    resource: RESOURCE,
    scope: ['/', 'offline_access', 'openid'],
    token_type: 'Bearer' as const,
  };
}

interface RefreshRow {
  user_id: string;
  expires_at: number;
  used_at: number | null;
  chain_id: string;
  session_id: string | null;
}

/**
 * Exchanges a refresh token for a new pair; the old one can never be used again. A token that was
 * already used revokes its chain. The claim and the successor's row are written in one transaction,
 * so a reuse racing a rotation cannot leave a successor alive.
 */
export async function rotateRefreshToken(deps: SandboxDeps, token: string): Promise<TokenPair | null> {
  const hash = sha256(token);
  const now = deps.now().getTime();
  const rotated = deps.db.transaction(() => {
    const claimed = deps.db
      .prepare(
        `UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL
         AND revoked_at IS NULL AND expires_at > ? RETURNING user_id, expires_at, used_at, chain_id, session_id`,
      )
      .get(now, hash, now) as RefreshRow | undefined;
    if (!claimed) {
      const reused = deps.db
        .prepare('SELECT chain_id FROM refresh_tokens WHERE token_hash = ? AND used_at IS NOT NULL')
        .get(hash) as { chain_id: string } | undefined;
      if (reused) revokeChain(deps, reused.chain_id);
      return null;
    }
    const link: ChainLink = { chainId: claimed.chain_id, expiresAt: claimed.expires_at, sessionId: claimed.session_id };
    return {
      userId: claimed.user_id,
      sid: claimed.session_id,
      refresh_token: storeRefreshToken(deps, claimed.user_id, link),
    };
  })();
  if (!rotated) return null;
  const user = loadUser(deps, rotated.userId);
  if (!user) return null;
  return { id_token: await signIdToken(deps, user, CLIENT_ID, rotated.sid), refresh_token: rotated.refresh_token };
}

export function revokeChain(deps: SandboxDeps, chainId: string): number {
  return deps.db
    .prepare('UPDATE refresh_tokens SET revoked_at = ? WHERE chain_id = ? AND revoked_at IS NULL')
    .run(deps.now().getTime(), chainId).changes;
}

export function revokeUserRefreshTokens(deps: SandboxDeps, userId: string): number {
  const now = deps.now().getTime();
  return deps.db
    .prepare('UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL')
    .run(now, userId).changes;
}
