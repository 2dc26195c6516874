// Verifies the raw id_token the SSP calls carry in `authorization` and exposes the user.
import { problem } from '../http/problems.js';
import { checkIdToken } from './id-token.js';

import type { AuthUser, SandboxDeps, SandboxEnv } from '../context.js';
import type { MiddlewareHandler } from 'hono';

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
    const checked = await checkIdToken(deps, token);
    if (!checked.ok) return problem(c, 401, checked.expired ? 'The id_token has expired' : 'The id_token is invalid');
    const sub = checked.payload.sub;
    const user = deps.db
      .prepare('SELECT id, email, company_id, first_name, last_name FROM users WHERE id = ?')
      .get(sub ?? '') as UserRow | undefined;
    if (!user) return problem(c, 401, 'The id_token names an unknown user');
    const authUser: AuthUser = { ...user };
    c.set('user', authUser);
    await next();
  };
}
