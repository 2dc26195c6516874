// Verifies the raw id_token the SSP calls carry in `authorization` and exposes the user.
import { problem } from '../http/problems.js';
import { checkIdToken } from './id-token.js';

import type { AuthUser, SandboxDeps, SandboxEnv } from '../context.js';
import type { MiddlewareHandler } from 'hono';
import type { JWTPayload } from 'jose';

// Checking a token's RSA signature costs ~0.25 ms, a third of a search request's CPU. A token's claims
// cannot change, and the API does not look up revocation (an issued id_token is valid until it expires,
// as the README says), so a checked token is remembered until its `exp`: the answer stays the same.
const REMEMBERED = 1000;

interface UserRow {
  id: string;
  email: string;
  company_id: string;
  first_name: string;
  last_name: string;
}

export function requireUser(deps: SandboxDeps): MiddlewareHandler<SandboxEnv> {
  const checkedTokens = new Map<string, JWTPayload>();
  const userById = deps.db.prepare('SELECT id, email, company_id, first_name, last_name FROM users WHERE id = ?');
  return async (c, next) => {
    const raw = c.req.header('authorization')?.trim();
    if (!raw) return problem(c, 401, 'The authorization header with an id_token is missing');
    // The guide sends the raw token; a "Bearer " prefix is tolerated.
    const token = raw.replace(/^Bearer\s+/i, '');
    let payload = checkedTokens.get(token);
    if (payload && (payload.exp ?? 0) * 1000 <= deps.now().getTime()) {
      checkedTokens.delete(token);
      payload = undefined;
    }
    if (!payload) {
      const checked = await checkIdToken(deps, token);
      if (!checked.ok) return problem(c, 401, checked.expired ? 'The id_token has expired' : 'The id_token is invalid');
      payload = checked.payload;
      if (checkedTokens.size >= REMEMBERED) checkedTokens.delete(checkedTokens.keys().next().value ?? '');
      checkedTokens.set(token, payload);
    }
    const user = userById.get(payload.sub ?? '') as UserRow | undefined;
    if (!user) return problem(c, 401, 'The id_token names an unknown user');
    const authUser: AuthUser = { ...user };
    c.set('user', authUser);
    await next();
  };
}
