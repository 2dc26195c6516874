// Verifies the raw id_token the SSP calls carry in `authorization` and exposes the user.
import type { MiddlewareHandler } from 'hono';
import { jwtVerify } from 'jose';
import { signingKeys } from '../auth/keys.js';
import type { AuthUser, SandboxDeps, SandboxEnv } from '../context.js';
import { CLIENT_ID } from '../http/origins.js';
import { problem } from '../problems.js';

export const ISSUER_PATH = '/auth';

interface UserRow {
  id: string;
  email: string;
  company_id: string;
  first_name: string;
  last_name: string;
}

export function requireUser(deps: SandboxDeps): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const raw = c.req.header('authorization')?.trim();
    if (!raw) return problem(c, 401, 'The authorization header with an id_token is missing');
    // The guide sends the raw token; a "Bearer " prefix is tolerated.
    const token = raw.replace(/^Bearer\s+/i, '');
    const keys = await signingKeys(deps);
    let sub: string | undefined;
    try {
      const { payload } = await jwtVerify(token, keys.publicKey, {
        algorithms: ['RS256'],
        issuer: deps.config.publicUrl + ISSUER_PATH,
        audience: CLIENT_ID,
        currentDate: deps.now(),
      });
      sub = payload.sub;
    } catch (err) {
      const expired = err instanceof Error && 'code' in err && err.code === 'ERR_JWT_EXPIRED';
      return problem(c, 401, expired ? 'The id_token has expired' : 'The id_token is invalid');
    }
    const user = deps.db
      .prepare('SELECT id, email, company_id, first_name, last_name FROM users WHERE id = ?')
      .get(sub ?? '') as UserRow | undefined;
    if (!user) return problem(c, 401, 'The id_token names an unknown user');
    const authUser: AuthUser = { ...user };
    c.set('user', authUser);
    await next();
  };
}
