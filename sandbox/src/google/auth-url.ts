// GET /meet/app/calendar/get-auth-url (SSP): where to send the browser for calendar consent.
import { Hono } from 'hono';

import { requireUser } from '../auth/require-user.js';
import { appOriginOf, isAppUrl } from '../http/origins.js';
import { validationProblem } from '../http/problems.js';
import { authUrl, createConsentState } from './consent-states.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

export function authUrlRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use('/meet/app/*', requireUser(deps));
  app.get('/meet/app/calendar/get-auth-url', (c) => {
    const given = c.req.query('redirect_uri');
    // The guide's call has no query: the browser then comes back to the app's Meet page (on the
    // request's registered origin, else the default one), as RingPlan's callback does.
    const redirectUri = given ?? `${appOriginOf(c, deps.config)}/meet`;
    if (redirectUri.length > 2000 || !isAppUrl(deps.config, redirectUri)) {
      return validationProblem(c, [
        { field: 'redirect_uri', message: 'Must be an absolute URL on a registered app origin.' },
      ]);
    }
    const state = createConsentState(deps, c.var.user.id, redirectUri);
    return c.json({ auth_url: authUrl(deps, state) });
  });
  return app;
}
