// Developer helpers under /dev (never in production): token lifetimes, revocation, reset.
import { Hono } from 'hono';
import { z } from 'zod';

import { findUserByEmail } from '../auth/accounts.js';
import { revokeUserRefreshTokens } from '../auth/tokens.js';
import { parseDuration } from '../config.js';
import { problem, validationProblem } from '../http/problems.js';
import { json } from '../http/validate.js';
import { resetData } from './reset-data.js';

import type { SandboxDeps } from '../context.js';

const Settings = z.strictObject({
  id_token_ttl: z.string().min(1).max(16).optional(),
  refresh_token_ttl: z.string().min(1).max(16).optional(),
});
const Revoke = z.strictObject({ email: z.string().min(1).max(254) });

export function devRoutes(deps: SandboxDeps): Hono {
  const app = new Hono();
  const initial = { id: deps.config.idTokenTtlSeconds, refresh: deps.config.refreshTokenTtlSeconds };
  const current = () => ({
    id_token_ttl_seconds: deps.config.idTokenTtlSeconds,
    refresh_token_ttl_seconds: deps.config.refreshTokenTtlSeconds,
  });

  app.get('/settings', (c) => c.json(current()));

  // Lifetimes live in memory: a restart returns to the environment's values.
  app.post('/settings', json(Settings), (c) => {
    const body = c.req.valid('json');
    const idTtl = body.id_token_ttl !== undefined ? parseDuration(body.id_token_ttl) : undefined;
    const refreshTtl = body.refresh_token_ttl !== undefined ? parseDuration(body.refresh_token_ttl) : undefined;
    const errors = [
      ...(idTtl === null ? [{ field: 'id_token_ttl', message: 'Use a lifetime such as 5s, 10m or 8h.' }] : []),
      ...(refreshTtl === null ? [{ field: 'refresh_token_ttl', message: 'Use a lifetime such as 30s or 14d.' }] : []),
    ];
    if (errors.length > 0) return validationProblem(c, errors);
    if (idTtl) deps.config.idTokenTtlSeconds = idTtl;
    if (refreshTtl) deps.config.refreshTokenTtlSeconds = refreshTtl;
    return c.json(current());
  });

  app.post('/revoke', json(Revoke), (c) => {
    const user = findUserByEmail(deps, c.req.valid('json').email.trim().toLowerCase());
    if (!user) return problem(c, 404, 'No user with this email.');
    return c.json({ revoked: revokeUserRefreshTokens(deps, user.id) });
  });

  app.post('/reset', async (c) => {
    await resetData(deps);
    deps.config.idTokenTtlSeconds = initial.id;
    deps.config.refreshTokenTtlSeconds = initial.refresh;
    return c.json({ reset: true });
  });

  return app;
}
