// Verifies id_tokens this service issued, for logout's id_token_hint and "sign out everywhere".
import { compactVerify, decodeJwt, jwtVerify, type JWTPayload } from 'jose';

import { CLIENT_ID } from '../http/origins.js';
import { signingKeys } from './keys.js';

import type { SandboxDeps } from '../context.js';

/** The auth service's mount: the `iss` of its id_tokens is the sandbox's public URL plus this. */
export const ISSUER_PATH = '/auth';

/** An id_token's claims when it is valid and unexpired, else why not (the SSP says which). */
export async function checkIdToken(
  deps: SandboxDeps,
  token: string,
): Promise<{ ok: true; payload: JWTPayload } | { ok: false; expired: boolean }> {
  const keys = await signingKeys(deps);
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ['RS256'],
      issuer: deps.config.publicUrl + ISSUER_PATH,
      audience: CLIENT_ID,
      currentDate: deps.now(),
    });
    return { ok: true, payload };
  } catch (err) {
    return { ok: false, expired: err instanceof Error && 'code' in err && err.code === 'ERR_JWT_EXPIRED' };
  }
}

/** A valid, unexpired id_token's claims, or null. */
export async function verifyIdToken(deps: SandboxDeps, token: string): Promise<JWTPayload | null> {
  const checked = await checkIdToken(deps, token);
  return checked.ok ? checked.payload : null;
}

/**
 * The claims of an id_token this service signed for the app, expired or not: OpenID Connect's
 * logout accepts an expired id_token_hint, since it only names whose session to end.
 */
export async function verifyIdTokenHint(deps: SandboxDeps, token: string): Promise<JWTPayload | null> {
  const keys = await signingKeys(deps);
  try {
    const { protectedHeader } = await compactVerify(token, keys.publicKey, { algorithms: ['RS256'] });
    if (protectedHeader.alg !== 'RS256') return null;
    const claims = decodeJwt(token);
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== deps.config.publicUrl + ISSUER_PATH || !audience.includes(CLIENT_ID)) return null;
    return claims;
  } catch {
    return null;
  }
}
