// Meet's part of the SSP backend under /ssp: the calendar's meetings (signed in) and the rooms
// (public, for the password page, but for the organizer's own join).
import { Hono } from 'hono';

import { requireUser } from '../auth/require-user.js';
import { eventsRoutes } from './events-routes.js';
import { roomsRoutes } from './rooms-routes.js';
import { scheduledRoutes } from './scheduled-routes.js';

import type { SandboxDeps, SandboxEnv } from '../context.js';

export function meetRoutes(deps: SandboxDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use('/meet/calendar/*', requireUser(deps));
  app.route('/', eventsRoutes(deps));
  app.route('/', scheduledRoutes(deps));
  app.route('/', roomsRoutes(deps));
  return app;
}
