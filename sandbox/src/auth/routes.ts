// The auth service under /auth: registration, sign-in, sign-out, tokens and keys.
import { Hono } from 'hono';
import { z } from 'zod';

import { problem } from '../http/problems.js';
import { fields } from '../http/validate.js';
import { authorizeRoutes } from './authorize.js';
import { changePasswordRoutes } from './change-password.js';
import { developerPageRoutes } from './developer-pages.js';
import { signingKeys } from './keys.js';
import { logoutRoutes } from './logout.js';
import { registerRoutes, type Registered } from './register.js';
import { redeemCode } from './sessions.js';
import { issueTokenDocument, rotateRefreshToken } from './tokens.js';

import type { SandboxDeps } from '../context.js';

const TokenRequest = z.object({
  grant_type: z.literal('authorization_code'),
  code: z.string().min(1),
  code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
  redirect_uri: z.string().min(1),
  client_id: z.string().optional(),
});

export function authRoutes(deps: SandboxDeps, options: { registered?: Registered } = {}): Hono {
  const app = new Hono();
  app.route('/', registerRoutes(deps, options.registered));
  app.route('/', authorizeRoutes(deps));
  app.route('/', logoutRoutes(deps));
  app.route('/', developerPageRoutes(deps));
  app.route('/', changePasswordRoutes(deps));

  app.post('/token', fields(), async (c) => {
    const parsed = TokenRequest.safeParse(c.req.valid('form'));
    if (!parsed.success) {
      const names = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
      return problem(c, 400, `Invalid token request: ${names}`, { error: 'invalid_request' });
    }
    const { code, code_verifier, redirect_uri, client_id } = parsed.data;
    const result = redeemCode(deps, { code, verifier: code_verifier, redirectUri: redirect_uri, clientId: client_id });
    if (!result.ok) return problem(c, 400, result.reason, { error: 'invalid_grant' });
    const doc = await issueTokenDocument(deps, result.userId, result.sessionId);
    if (!doc) return problem(c, 400, 'The user no longer exists.', { error: 'invalid_grant' });
    c.header('cache-control', 'no-store');
    return c.json(doc);
  });

  app.get('/refresh-token', async (c) => {
    const token = c.req.query('refresh_token');
    if (!token) return problem(c, 400, 'The refresh_token parameter is missing.');
    const pair = await rotateRefreshToken(deps, token);
    if (!pair) return problem(c, 401, 'The refresh token is expired, revoked or malformed.');
    c.header('cache-control', 'no-store');
    return c.json(pair);
  });

  app.get('/.well-known/jwks.json', async (c) => {
    const keys = await signingKeys(deps);
    return c.json({ keys: [keys.publicJwk] });
  });

  return app;
}
