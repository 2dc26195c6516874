// GET /meet/app/calendar/get-auth-url: where to send the browser for calendar consent.
import type { Hono } from 'hono';
import type { SandboxDeps, SandboxEnv } from '../context.js';
import { authUrl, createConsentState } from '../google/consent-states.js';
import { isAppUrl } from '../http/origins.js';
import { problem, validationProblem } from '../problems.js';

export function mountGoogleAuthUrl(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  app.get('/meet/app/calendar/get-auth-url', (c) => {
    const redirectUri = c.req.query('redirect_uri');
    if (!redirectUri) return problem(c, 400, 'The redirect_uri parameter is missing.');
    if (redirectUri.length > 2000 || !isAppUrl(deps.config, redirectUri)) {
      return validationProblem(c, [
        { field: 'redirect_uri', message: 'Must be an absolute URL on a registered app origin.' },
      ]);
    }
    const state = createConsentState(deps, c.var.user.id, redirectUri);
    return c.json({ auth_url: authUrl(deps, state) });
  });
}
