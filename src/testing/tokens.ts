// Unsigned JWT-shaped tokens for unit tests: the app only reads claims; the server verifies signatures.
import type { TokenPair } from '@/api/session-store';

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

let counter = 0;

/** `lifetimeSeconds` (default 8 h, as RingPlan's) sets `iat` that long before `exp`. */
export function fakeIdToken(
  options: { expiresInSeconds?: number; lifetimeSeconds?: number; email?: string } = {},
): string {
  counter += 1;
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresInSeconds ?? 8 * 3600);
  const claims = {
    exp,
    iat: exp - (options.lifetimeSeconds ?? 8 * 3600),
    given_name: 'Demo',
    family_name: 'User',
    emails: [options.email ?? 'demo@example.com'],
    sub: 'a1b2c3d4e5f6a1b2c3d4e5f6',
    jti: counter,
  };
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

export function fakeTokenPair(options: { expiresInSeconds?: number; lifetimeSeconds?: number } = {}): TokenPair {
  counter += 1;
  return { id_token: fakeIdToken(options), refresh_token: `refresh-${String(counter)}` };
}
