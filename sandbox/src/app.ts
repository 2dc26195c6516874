// The sandbox as one Hono app: each domain's routes at their mounts (auth, the SSP backend, the
// Google and room stand-ins, developer helpers), behind the headers and body rules of http/.
import { Hono } from 'hono';

import { authRoutes } from './auth/routes.js';
import { devRoutes } from './dev/routes.js';
import { docsRoutes } from './docs/openapi.js';
import { authUrlRoutes } from './google/auth-url.js';
import { googleRoutes, meetAuthRoutes } from './google/routes.js';
import { appCors } from './http/cors.js';
import { jsonBodiesOnly } from './http/json-only.js';
import { pageCsp, STYLESHEET, STYLESHEET_PATH } from './http/layout.js';
import { devOriginsOnly } from './http/origins.js';
import { problem } from './http/problems.js';
import { meetRoutes } from './meet/routes.js';
import { meetRoomRoutes } from './meet/stand-in-routes.js';
import { textingDevRoutes } from './texting/dev-routes.js';
import { textingRoutes } from './texting/routes.js';
import { trialNumber } from './texting/trial-number.js';
import { usersRoutes } from './users/routes.js';

import type { SandboxDeps } from './context.js';

export interface AppOptions {
  /** The /dev helpers; on unless SANDBOX_DEV=0 (or the older SANDBOX_DISABLE_DEV=1). */
  dev?: boolean;
}

/** Whether the environment leaves the /dev helpers on. */
export function devEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SANDBOX_DEV !== '0' && env.SANDBOX_DISABLE_DEV !== '1';
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function createApp(deps: SandboxDeps, options: AppOptions = {}): Hono {
  const dev = options.dev ?? devEnabled();
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    const headers = c.res.headers;
    const type = headers.get('content-type') ?? '';
    headers.set('x-content-type-options', 'nosniff');
    headers.set('x-frame-options', 'SAMEORIGIN');
    headers.set('referrer-policy', 'no-referrer');
    // Swagger UI's pages set their own policy.
    if (!headers.has('content-security-policy')) {
      headers.set('content-security-policy', type.startsWith('text/html') ? pageCsp(deps.config.appOrigins) : API_CSP);
    }
  });

  app.use('*', appCors(deps.config.appOrigins));

  app.use('*', jsonBodiesOnly());

  app.get(STYLESHEET_PATH, (c) =>
    c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.route('/', docsRoutes());
  app.route('/auth', authRoutes(deps, { registered: trialNumber(deps) }));
  // The SSP backend: every call needs the id_token (each domain says where) but the rooms of the
  // public password page and the capability URLs of MMS media.
  app.route('/ssp', usersRoutes(deps));
  app.route('/ssp', meetRoutes(deps));
  app.route('/ssp', authUrlRoutes(deps));
  app.route('/ssp/texting', textingRoutes(deps));
  app.route('/google', googleRoutes(deps));
  app.route('/meetauth', meetAuthRoutes(deps));
  app.route('/meet-room', meetRoomRoutes(deps));
  if (dev) {
    app.use('/dev/*', devOriginsOnly(deps.config));
    app.route('/dev', devRoutes(deps));
    app.route('/dev', textingDevRoutes(deps));
  }

  app.notFound((c) => problem(c, 404, `No route for ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    console.error('[sandbox] unhandled error on %s %s:', c.req.method, c.req.path, err);
    return problem(c, 500, 'The sandbox hit an unexpected error.');
  });
  return app;
}
