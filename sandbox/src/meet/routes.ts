// The SSP backend under /ssp: account, Meet, rooms and texting.
import { Hono } from 'hono';

import { requireUser } from '../auth/require-user.js';
import { mountGoogleAuthUrl } from '../google/auth-url.js';
import { textingRoutes } from '../texting/routes.js';
import { mountUsers } from '../users/routes.js';
import { mountMeetEvents } from './events-routes.js';
import { mountRooms } from './rooms-routes.js';
import { mountMeetScheduled } from './scheduled-routes.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

export function sspRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  // Everything but the rooms (the public password page) and texting (which guards itself,
  // since its media URLs are public capabilities) needs a signed-in user.
  const auth = requireUser(deps);
  for (const prefix of ['/users/*', '/meet/calendar/*', '/meet/app/*']) app.use(prefix, auth);

  mountUsers(app, deps);
  mountMeetEvents(app, deps);
  mountMeetScheduled(app, deps);
  mountGoogleAuthUrl(app, deps);
  mountRooms(app, deps);
  app.route('/texting', textingRoutes(deps));
  return app;
}
