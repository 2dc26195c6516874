// Issues id_tokens and opaque refresh tokens, and rotates refresh tokens.
import { SignJWT } from 'jose';
import type { SandboxDeps } from '../context.js';
import { CLIENT_ID } from '../http/origins.js';
import { ISSUER_PATH } from '../ssp/auth-context.js';
import { signingKeys } from './keys.js';
import { randomToken, sha256 } from './passwords.js';

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
  return deps.db
    .prepare('SELECT id, email, company_id, first_name, last_name FROM users WHERE id = ?')
    .get(userId) as TokenUser | undefined;
}

async function signIdToken(deps: SandboxDeps, user: TokenUser, audience: string): Promise<string> {
  const keys = await signingKeys(deps);
  const now = Math.floor(deps.now().getTime() / 1000);
  return new SignJWT({
    given_name: user.first_name,
    family_name: user.last_name,
    emails: [user.email],
    company_id: user.company_id,
    ver: '1.0',
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

function storeRefreshToken(deps: SandboxDeps, userId: string): string {
  const token = randomToken(48);
  const now = deps.now().getTime();
  deps.db
    .prepare(
      'INSERT INTO refresh_tokens (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)',
    )
    .run(sha256(token), userId, now + deps.config.refreshTokenTtlSeconds * 1000, now);
  return token;
}

export async function issuePair(deps: SandboxDeps, userId: string): Promise<TokenPair | null> {
  const user = loadUser(deps, userId);
  if (!user) return null;
  const id_token = await signIdToken(deps, user, CLIENT_ID);
  return { id_token, refresh_token: storeRefreshToken(deps, user.id) };
}

/** The token document `/show-token` and `/token` answer, shaped like the guide's. */
export async function issueTokenDocument(deps: SandboxDeps, userId: string) {
  const user = loadUser(deps, userId);
  if (!user) return null;
  const nowMs = deps.now().getTime();
  const now = Math.floor(nowMs / 1000);
  const ttl = deps.config.idTokenTtlSeconds;
  const id_token = await signIdToken(deps, user, CLIENT_ID);
  const access_token = await signIdToken(deps, user, RESOURCE);
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
    refresh_token: storeRefreshToken(deps, user.id),
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
  revoked_at: number | null;
}

/** Exchanges a refresh token for a new pair; the old one can never be used again. */
export async function rotateRefreshToken(deps: SandboxDeps, token: string): Promise<TokenPair | null> {
  const hash = sha256(token);
  const now = deps.now().getTime();
  // Claim the token in one statement so two concurrent refreshes cannot both win.
  const claimed = deps.db
    .prepare(
      `UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL
       AND revoked_at IS NULL AND expires_at > ? RETURNING user_id, expires_at, used_at, revoked_at`,
    )
    .get(now, hash, now) as RefreshRow | undefined;
  if (!claimed) return null;
  return issuePair(deps, claimed.user_id);
}

export function revokeUserRefreshTokens(deps: SandboxDeps, userId: string): number {
  const now = deps.now().getTime();
  return deps.db
    .prepare('UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL')
    .run(now, userId).changes;
}
